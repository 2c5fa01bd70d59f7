/**
 * A problem found in a scenario before line numbers are attached: the path
 * inside the file and what is wrong there. The checks (citations, lint,
 * references) produce these; `load.ts` turns them into errors with lines.
 */
export type PathSegment = string | number;

export interface PathProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** A path as authors read it: `agenda[1].options[0].value.japan`. */
export const formatPath = (path: readonly PathSegment[]): string =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
