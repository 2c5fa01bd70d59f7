/**
 * Loading the shared data (scenarios/common.yaml and scenarios/history-lint.yaml)
 * with the same file:line:column errors as a round: the schema, every lint
 * pattern compiled, each rule's examples tried (a rule must catch its wrong
 * sentences and pass its corrected ones), and each rule's quotes checked
 * against the sources. Pure: the caller supplies the texts and sources.
 */
import { err, ok, type Result } from '../result';
import { quoteProblem, type SourceLibrary } from './citations';
import { brokenRules } from './lint';
import { byPosition, type PathProblem, type PathSegment, type ScenarioError } from './problems';
import { parseYaml } from './load';
import { zodProblems } from './zodMessages';
import type { Citation, Quote } from './schema';
import { CommonData, compilePattern, HistoryLintData, type HistoryLint, type Shared } from './shared';

/** The shared data files, as the loader is given them. */
export interface SharedFiles {
  readonly common: { readonly file: string; readonly text: string };
  readonly lint: { readonly file: string; readonly text: string };
}

function loadCommon(file: string, text: string): Result<CommonData, ScenarioError[]> {
  const y = parseYaml(file, text);
  if (!y.ok) return y;
  const parsed = CommonData.safeParse(y.value.data, { reportInput: true });
  if (!parsed.success) return err(zodProblems(parsed.error.issues, [], CommonData).map(y.value.at).sort(byPosition));
  return ok(parsed.data);
}

const isQuote = (c: Citation): c is Quote => 'quote' in c;

function loadLint(file: string, text: string, sources: SourceLibrary): Result<HistoryLint, ScenarioError[]> {
  const y = parseYaml(file, text);
  if (!y.ok) return y;
  const parsed = HistoryLintData.safeParse(y.value.data, { reportInput: true });
  if (!parsed.success) return err(zodProblems(parsed.error.issues, [], HistoryLintData).map(y.value.at).sort(byPosition));
  const d = parsed.data;
  const problems: PathProblem[] = [];
  const regex = (path: PathSegment[], source: string, flags: string): RegExp => {
    const r = compilePattern(source, flags);
    if (typeof r === 'string') problems.push({ path, message: r });
    return typeof r === 'string' ? /(?!)/ : r;
  };
  const cites = (path: PathSegment[], list: readonly Citation[]) => {
    for (const [i, c] of list.entries()) {
      const problem = isQuote(c) ? quoteProblem(c, sources) : null;
      if (problem) problems.push({ path: list.length === 1 ? [...path, 'quote'] : [...path, i, 'quote'], message: problem });
    }
  };
  const negation = regex(['negation'], d.negation, 'i');
  const lint: HistoryLint = {
    negation,
    counterfactual: regex(['counterfactual'], d.counterfactual, 'i'),
    rules: d.rules.map((r, i) => ({
      id: r.id,
      pattern: regex(['rules', i, 'pattern'], r.pattern, r.caseSensitive ? '' : 'i'),
      unless: r.unlessNegated ? negation : null,
      message: r.message,
    })),
    titles: d.titles.map((t, i) => ({ surname: regex(['titles', i, 'surname'], t.surname, ''), round: t.round, title: regex(['titles', i, 'title'], t.title, 'i'), message: t.message })),
  };
  const seen = new Set<string>();
  for (const [i, r] of d.rules.entries()) {
    if (seen.has(r.id)) problems.push({ path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}"` });
    seen.add(r.id);
    cites(['rules', i, 'source'], r.source);
    for (const [j, wrong] of r.examples.wrong.entries()) {
      if (!brokenRules(lint, wrong).some((b) => b.id === r.id)) problems.push({ path: ['rules', i, 'examples', 'wrong', j], message: `the rule "${r.id}" does not catch its own wrong example: widen the pattern, or fix the example` });
    }
    for (const [j, right] of r.examples.right.entries()) {
      if (brokenRules(lint, right).some((b) => b.id === r.id)) problems.push({ path: ['rules', i, 'examples', 'right', j], message: `the rule "${r.id}" flags its own corrected example: narrow the pattern${r.unlessNegated ? '' : ', or set unlessNegated: true'}` });
    }
  }
  for (const [i, t] of d.titles.entries()) cites(['titles', i, 'source'], t.source);
  if (problems.length > 0) return err(problems.map(y.value.at).sort(byPosition));
  return ok(lint);
}

/** Both shared files, validated; every problem in either is returned. */
export function loadShared(files: SharedFiles, sources: SourceLibrary): Result<Shared, ScenarioError[]> {
  const common = loadCommon(files.common.file, files.common.text);
  const lint = loadLint(files.lint.file, files.lint.text, sources);
  if (common.ok && lint.ok) return ok({ common: common.value, lint: lint.value });
  return err([...(common.ok ? [] : common.error), ...(lint.ok ? [] : lint.error)]);
}
