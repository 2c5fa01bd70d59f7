/**
 * zod's validation issues turned into messages for a teacher editing YAML by
 * hand: unions resolved to the form the author evidently meant, a missing key
 * named with what it should hold, a number written as text pointed out, and an
 * unknown key answered with the key it was probably meant to be.
 */
import { z } from 'zod';
import { closest } from './nearest';
import { formatPath, type PathProblem, type PathSegment } from './problems';
import { RoundFile } from './schema';

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
