/**
 * A problem found in a scenario before line numbers are attached: the path
 * inside the file and what is wrong there. The checks (citations, lint,
 * references) produce these; `load.ts` turns them into errors with lines
 * (`ScenarioError`), each naming file, path, line and column.
 */
export type PathSegment = string | number;

export interface PathProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** A path as authors read it: `agenda[1].options[0].value.japan`. */
export const formatPath = (path: readonly PathSegment[]): string =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

export interface ScenarioError {
  readonly file: string;
  /** Dotted path inside the file, e.g. `agenda[1].options[0].value.japan`. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One line per error: `file:line:column: path: message`. */
export const formatError = (e: ScenarioError): string =>
  `${e.file}:${e.line}:${e.column}: ${e.path ? `${e.path}: ` : ''}${e.message}`;

/** Errors in file order. */
export const byPosition = (a: ScenarioError, b: ScenarioError): number => a.line - b.line || a.column - b.column;
