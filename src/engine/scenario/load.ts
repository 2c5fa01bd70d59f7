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
import { err, ok, type Result } from '../result';
import { checkCitations, type SourceLibrary } from './citations';
import { lintScenario } from './lint';
import { migrateRound } from './migrate';
import { checkReferences } from './references';
import { checkRedLines } from './redLineRefs';
import { checkLabels } from './labels';
import { RoundFile, type Scenario } from './schema';
import { resolveRound, type Shared } from './shared';
import { checkScenarioText } from './text';
import { byPosition, formatPath, type PathProblem, type PathSegment, type ScenarioError } from './problems';
import { zodProblems } from './zodMessages';

export { byPosition, formatError, formatPath, type PathProblem, type PathSegment, type ScenarioError } from './problems';
export { zodProblems } from './zodMessages';

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
