/**
 * Loading a scenario: YAML text → validated `Scenario`, or a list of errors
 * that each name the file, the path inside it, the line and column (from the
 * YAML parser's line counter) and what was expected. Nothing is half-loaded:
 * any error means no scenario. Pure: the caller supplies file text and sources.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { checkCitations, type SourceLibrary } from './citations';
import { lintScenario } from './lint';
import { checkReferences } from './references';
import { Scenario } from './schema';

export type PathSegment = string | number;

export interface ScenarioError {
  readonly file: string;
  /** Dotted path inside the file, e.g. `agenda[1].options[0].value.japan`. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A problem found before line numbers are attached. */
export interface PathProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export const formatPath = (path: readonly PathSegment[]): string =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

/** One line per error: `file:line:column: path: message`. */
export const formatError = (e: ScenarioError): string =>
  `${e.file}:${e.line}:${e.column}: ${e.path ? `${e.path}: ` : ''}${e.message}`;

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
};

const zodMessage = (issue: z.core.$ZodIssue): string => {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `missing: expected ${issue.expected}` : `expected ${issue.expected}, got ${describe(input)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} entries`
        : issue.origin === 'string'
          ? `expected at least ${String(issue.minimum)} characters`
          : `expected a number ≥ ${String(issue.minimum)}, got ${describe(input)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${String(issue.maximum)} entries`
        : issue.origin === 'string'
          ? `expected at most ${String(issue.maximum)} characters`
          : `expected a number ≤ ${String(issue.maximum)}, got ${describe(input)}`;
    case 'invalid_format':
      return `${issue.message}, got ${describe(input)}`;
    case 'invalid_union': {
      const inner = issue.errors.map((branch) => branch[0]).filter((i): i is z.core.$ZodIssue => i !== undefined);
      const best = inner.find((i) => i.code !== 'invalid_type') ?? inner[0];
      return best ? zodMessage(best) : 'does not match any allowed form';
    }
    default:
      return issue.message;
  }
};

/** Where a path points in the YAML text; falls back to the nearest parent that exists. */
const locate = (doc: Document, counter: LineCounter, path: readonly PathSegment[]): { line: number; column: number } => {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const pos = counter.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
};

export interface LoadOptions {
  /** Source documents by id, for the verbatim-quote check. */
  readonly sources: SourceLibrary;
}

/**
 * Parse and validate one scenario file. Checks, in order: YAML syntax, the
 * schema, cross-references between ids, citations, and the historical lint.
 */
export function loadScenario(file: string, text: string, options: LoadOptions): Result<Scenario, ScenarioError[]> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        const first = e.message.split('\n')[0] ?? e.message;
        return { file, path: '', line: pos.line, column: pos.col, message: `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, '')}` };
      }),
    );
  }
  const at = (p: PathProblem): ScenarioError => ({ file, path: formatPath(p.path), ...locate(doc, counter, p.path), message: p.message });
  const data: unknown = doc.toJS();
  const parsed = Scenario.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return err(parsed.error.issues.map((i) => at({ path: i.path as PathSegment[], message: zodMessage(i) })));
  }
  const scenario = parsed.data;
  const problems = [...checkReferences(scenario), ...checkCitations(scenario, options.sources), ...lintScenario(scenario)];
  if (problems.length > 0) return err(problems.map(at));
  return ok(scenario);
}
