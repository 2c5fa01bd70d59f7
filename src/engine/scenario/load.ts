/**
 * Loading a scenario: YAML text → validated `Scenario`, or a list of errors
 * that each name the file, the path inside it, the line and column (from the
 * YAML parser's line counter) and what was expected. Nothing is half-loaded:
 * any error means no scenario. Pure: the caller supplies file text and sources.
 *
 * The messages are for a teacher editing YAML by hand: a line points at the
 * offending key (or, for a missing key, at the key that should hold it), zod's
 * unions are resolved to the form the author evidently meant, and an unknown
 * key names the key it was probably meant to be.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { checkCitations, type SourceLibrary } from './citations';
import { closest } from './nearest';
import { lintScenario } from './lint';
import { migrateRound } from './migrate';
import { checkReferences } from './references';
import { checkRedLines } from './redLineRefs';
import { checkLabels } from './labels';
import { RoundFile, type Scenario } from './schema';
import { resolveRound, type Shared } from './shared';
import { checkScenarioText } from './text';
import { formatPath, type PathProblem, type PathSegment } from './problems';

export { formatPath, type PathProblem, type PathSegment } from './problems';

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

// --- zod issues → messages -------------------------------------------------

type Issue = z.core.$ZodIssue;

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return String(v);
};

const NOUNS: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};
const noun = (expected: string): string => NOUNS[expected] ?? expected;

/** The zod default (English locale) message, to tell a schema's own message from it. */
const isCustom = (issue: Issue): boolean => {
  const fallback = z.config().localeError?.(issue as never);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  return text !== undefined && issue.message !== text;
};

const inputOf = (issue: Issue): unknown => (issue as { input?: unknown }).input;

/** True when a union branch failed only because the value had another type altogether. */
const typeMismatch = (branch: readonly Issue[]): boolean => {
  const [only] = branch;
  if (branch.length !== 1 || !only || only.path.length > 0) return false;
  if (only.code === 'invalid_type') return true;
  return only.code === 'invalid_union' && only.errors.length > 0 && only.errors.every(typeMismatch);
};
const expectedOf = (branch: readonly Issue[]): string[] =>
  branch.flatMap((i) =>
    i.code === 'invalid_type' ? [noun(i.expected)] : i.code === 'invalid_union' ? i.errors.flatMap(expectedOf) : [],
  );

const missing = (path: readonly PathSegment[], expected: string): string => {
  const key = path[path.length - 1];
  return `${typeof key === 'string' ? JSON.stringify(key) : 'a value'} is missing (expected ${expected})`;
};

const isNumeric = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v));

/** A word of advice for the commonest YAML slip: quotes around a number, or none around a number meant as text. */
const quoteHint = (expected: readonly string[], input: unknown): string =>
  (expected.includes('a number') || expected.includes('a whole number')) && isNumeric(input)
    ? ' (remove the quotes)'
    : expected.includes('text') && (typeof input === 'number' || typeof input === 'boolean')
      ? ` (put it in quotes: "${String(input)}")`
      : '';

/** One message for one (non-union) issue whose value sits at `path`. */
function zodMessage(issue: Issue, path: readonly PathSegment[]): string {
  const input = inputOf(issue);
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return missing(path, noun(issue.expected));
      return `expected ${noun(issue.expected)}, got ${describe(input)}${quoteHint([noun(issue.expected)], input)}`;
    }
    case 'invalid_value': {
      if (isCustom(issue)) return issue.message;
      const expected =
        issue.values.length === 1
          ? JSON.stringify(issue.values[0])
          : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return input === undefined ? missing(path, expected) : `expected ${expected}, got ${describe(input)}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      const size = Array.isArray(input) || typeof input === 'string' ? input.length : undefined;
      if (issue.origin === 'array') return `needs at least ${min} entr${min === '1' ? 'y' : 'ies'}, has ${String(size)}`;
      if (issue.origin === 'string') return min === '1' ? 'may not be empty' : `must be at least ${min} characters long, has ${String(size)}`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min}, got ${describe(input)}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      const size = Array.isArray(input) || typeof input === 'string' ? input.length : undefined;
      if (issue.origin === 'array') return `may have at most ${max} entries, has ${String(size)}`;
      if (issue.origin === 'string') return `may be at most ${max} characters long, has ${String(size)}`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max}, got ${describe(input)}`;
    }
    case 'invalid_format':
      return `${isCustom(issue) ? `expected ${issue.message}` : issue.message}, got ${describe(input)}`;
    default:
      return issue.message;
  }
}

// --- which keys a mapping may hold (for "did you mean") --------------------

interface LooseDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly getter?: () => z.core.$ZodType;
  readonly keyType?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly items?: readonly z.core.$ZodType[];
  readonly entries?: Readonly<Record<string, string | number>>;
}
const defOf = (s: z.core.$ZodType): LooseDef => s._zod.def as unknown as LooseDef;

/** Every key the schema allows in the mapping at `path` (empty when unknown). */
function allowedKeys(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  const visit = (s: z.core.$ZodType, i: number, depth: number): void => {
    if (depth > 64) return;
    const d = defOf(s);
    if (d.innerType) return visit(d.innerType, i, depth + 1);
    if (d.type === 'pipe' && d.in) return visit(d.in, i, depth + 1);
    if (d.type === 'lazy' && d.getter) return visit(d.getter(), i, depth + 1);
    if (d.type === 'union') return d.options?.forEach((o) => visit(o, i, depth + 1));
    const seg = path[i];
    if (seg === undefined) {
      if (d.type === 'object') Object.keys(d.shape ?? {}).forEach((k) => keys.add(k));
      if (d.type === 'record' && d.keyType && defOf(d.keyType).type === 'enum') {
        Object.values(defOf(d.keyType).entries ?? {}).forEach((k) => keys.add(String(k)));
      }
      return;
    }
    const next =
      d.type === 'object' && typeof seg === 'string'
        ? d.shape?.[seg]
        : d.type === 'array' && typeof seg === 'number'
          ? d.element
          : d.type === 'tuple' && typeof seg === 'number'
            ? d.items?.[seg]
            : d.type === 'record' && typeof seg === 'string'
              ? d.valueType
              : undefined;
    if (next) visit(next, i + 1, depth + 1);
  };
  visit(schema, 0, 0);
  return [...keys];
}

/**
 * Zod issues → problems with full paths: a union is resolved to the branch the
 * value came closest to (or to one "expected X or Y" when it matched no branch's
 * type at all), unknown keys get one problem each at the key itself, and a key
 * reported missing is dropped when a misspelling of it is reported as unknown.
 */
export function zodProblems(issues: readonly Issue[], base: readonly PathSegment[], schema: z.core.$ZodType = RoundFile): PathProblem[] {
  const out: PathProblem[] = [];
  const suggested = new Set<string>();
  for (const issue of issues) {
    const path = [...base, ...(issue.path as PathSegment[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const near = issue.errors.filter((b) => b.length > 0 && !typeMismatch(b));
      if (near.length === 0) {
        const expected = [...new Set(issue.errors.flatMap(expectedOf))];
        const text = expected.includes('text') ? ['text'] : expected;
        const what = text.join(' or ');
        const input = inputOf(issue);
        out.push({
          path,
          message: input === undefined ? missing(path, what) : `expected ${what}, got ${describe(input)}${quoteHint(text, input)}`,
        });
      } else {
        const best = near.reduce((a, b) => (b.length < a.length ? b : a));
        out.push(...zodProblems(best, path, schema));
      }
    } else if (issue.code === 'unrecognized_keys') {
      const present = Object.keys((inputOf(issue) as object | undefined) ?? {});
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) {
        const meant = closest(key, allowed.filter((k) => !present.includes(k)));
        if (meant !== undefined) suggested.add(formatPath([...path, meant]));
        const hint =
          meant !== undefined
            ? `: did you mean "${meant}"?`
            : allowed.length > 0 && allowed.length <= 10
              ? ` (allowed here: ${allowed.join(', ')})`
              : '';
        out.push({ path: [...path, key], message: `unknown key ${JSON.stringify(key)}${hint}` });
      }
    } else if (issue.code === 'invalid_key') {
      const key = String(inputOf(issue));
      const inner = issue.issues[0];
      out.push({ path, message: `key ${JSON.stringify(key)}: ${inner ? zodMessage(inner, path) : issue.message}` });
    } else {
      out.push({ path, message: zodMessage(issue, path) });
    }
  }
  return out.filter((p) => !(suggested.has(formatPath(p.path)) && / is missing\b/.test(p.message)));
}

// --- paths → line and column -----------------------------------------------

/**
 * Where a path points in the YAML text: at the key for a mapping entry, at the
 * item for a list entry; for a path that is not in the file (a missing key), at
 * the nearest key that is.
 */
export function locate(doc: Document, counter: LineCounter, path: readonly PathSegment[]): { line: number; column: number } {
  let node: unknown = doc.contents;
  let at = isNode(node) && node.range ? node.range[0] : 0;
  for (const seg of path) {
    if (isSeq(node)) {
      if (typeof seg === 'number') {
        const item: unknown = node.items[seg];
        if (!isNode(item) || !item.range) break;
        node = item;
        at = item.range[0];
        continue;
      }
      // A list of one stands for its single entry (a citation may be either).
      if (node.items.length !== 1) break;
      node = node.items[0];
    }
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    if (!pair) break;
    if (isNode(pair.key) && pair.key.range) at = pair.key.range[0];
    node = pair.value;
  }
  const pos = counter.linePos(at);
  return { line: pos.line, column: pos.col };
}

/** A YAML parser message, with a word for the author where the parser's is terse. */
function yamlMessage(code: string, message: string, text: string, pos: number): string {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(pos))?.[0].trim() ?? '';
      return `the key ${JSON.stringify(key)} appears twice in the same mapping`;
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return `${message} (is a colon missing after a key, or is a line indented too far?)`;
    case 'TAB_AS_INDENT':
      return `${message}: indent with spaces`;
    default:
      return message;
  }
}

export interface LoadOptions {
  /** Source documents by id, for the verbatim-quote check. */
  readonly sources: SourceLibrary;
  /** The shared islands, names and meters (scenarios/common.yaml) and the historical lint (scenarios/history-lint.yaml). */
  readonly shared: Shared;
}

/** The YAML parser's limit on aliases (`*name`, weighted by the aliases inside each): a few are handy; thousands are an alias bomb. */
const MAX_ALIASES = 100;

export const byPosition = (a: ScenarioError, b: ScenarioError): number => a.line - b.line || a.column - b.column;

/** A parsed YAML file: its data, and how to turn a path into the file's line and column. */
export interface YamlData {
  readonly data: unknown;
  readonly at: (p: PathProblem) => ScenarioError;
}

/** Check the text, parse the YAML and build its data; errors name file, line and column. */
export function parseYaml(file: string, raw: string): Result<YamlData, ScenarioError[]> {
  const checked = checkScenarioText(file, raw);
  if (!checked.ok) return checked;
  const text = checked.value;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // After the first real syntax error the parser's view of the indentation is
    // off and what follows is mostly consequence: report that one (and any
    // duplicate keys, which stand on their own).
    const firstOther = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    return err(
      doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstOther).map((e) => {
        const pos = counter.linePos(e.pos[0]);
        const first = e.message.split('\n')[0] ?? e.message;
        const message = yamlMessage(e.code, first.replace(/ at line \d+, column \d+:?$/, ''), text, e.pos[0]);
        return { file, path: '', line: pos.line, column: pos.col, message: `YAML syntax: ${message}` };
      }),
    );
  }
  const at = (p: PathProblem): ScenarioError => ({ file, path: formatPath(p.path), ...locate(doc, counter, p.path), message: p.message });
  try {
    return ok({ data: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown, at });
  } catch (e) {
    // The parser refuses alias bombs (and any other document it cannot build) by throwing.
    const message = e instanceof Error && /alias/i.test(e.message) ? 'YAML: too many aliases (*name), or aliases of aliases: this reads like an alias bomb; write the values out instead' : `YAML: the document could not be read (${e instanceof Error ? e.message : String(e)})`;
    return err([{ file, path: '', line: 1, column: 1, message }]);
  }
}

/**
 * Parse and validate one scenario file. Checks, in order: YAML syntax, the
 * schema (after migrating an older format), cross-references between ids,
 * citations, and the historical lint. The shared parts the file leaves out are
 * filled in from `options.shared`. Errors of the first failing stage are
 * returned, sorted by position.
 */
export function loadScenario(file: string, raw: string, options: LoadOptions): Result<Scenario, ScenarioError[]> {
  const parsedYaml = parseYaml(file, raw);
  if (!parsedYaml.ok) return parsedYaml;
  const { data, at } = parsedYaml.value;
  if (data === null || data === undefined) {
    return err([{ file, path: '', line: 1, column: 1, message: 'the file holds no scenario: a round file is a mapping of keys (format, id, version, title, …)' }]);
  }
  const parsed = RoundFile.safeParse(migrateRound(data), { reportInput: true });
  if (!parsed.success) return err(zodProblems(parsed.error.issues, []).map(at).sort(byPosition));
  const scenario = resolveRound(parsed.data, options.shared.common);
  const problems = [...checkReferences(scenario), ...checkRedLines(scenario), ...checkLabels(scenario), ...checkCitations(scenario, options.sources), ...lintScenario(scenario, options.shared.lint)];
  if (problems.length > 0) return err(problems.map(at).sort(byPosition));
  return ok(scenario);
}
