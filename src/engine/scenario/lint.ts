/**
 * The historical lint: errors the game must never make, checked in every
 * English text of a scenario except verbatim quotes. The rules are data
 * (scenarios/history-lint.yaml, compiled by sharedLoad.ts): each names the
 * error so an author knows what to fix, and a historian adds one without code.
 */
import type { PathProblem, PathSegment } from './problems';
import type { Scenario } from './schema';
import { fidelityProblems, islandNames } from './fidelity';
import type { HistoryLint } from './shared';

function* englishTexts(value: unknown, path: PathSegment[]): Generator<{ path: PathSegment[]; text: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* englishTexts(v, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'quote' || k === 'excerpts') continue;
      if (k === 'en' && typeof v === 'string') yield { path, text: v };
      else yield* englishTexts(v, [...path, k]);
    }
  }
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?;])\s+/);

/**
 * Campaign texts may describe a world history did not produce ("In your
 * history, Moscow handed over…"): a variant's `text`, and any sentence that
 * says "in your history", are exempt from the rules about what really happened.
 */
const counterfactualPath = (path: readonly PathSegment[]): boolean => path[0] === 'variants' && path[2] === 'text';

/** The rules a sentence breaks (their ids and messages). */
export function brokenRules(lint: HistoryLint, sentence: string): { id: string; message: string }[] {
  if (lint.counterfactual.test(sentence)) return [];
  return lint.rules.filter((r) => r.pattern.test(sentence) && !(r.unless?.test(sentence) ?? false));
}

/** Run every lint rule over a scenario. */
export function lintScenario(s: Scenario, lint: HistoryLint): PathProblem[] {
  const out: PathProblem[] = [];
  for (const { path, text } of englishTexts(s, [])) {
    if (counterfactualPath(path)) continue;
    for (const sentence of sentences(text)) {
      for (const rule of brokenRules(lint, sentence)) out.push({ path, message: `${rule.message} [${rule.id}]: ${JSON.stringify(sentence)}` });
    }
  }
  for (const side of ['japan', 'russia'] as const) {
    for (const [i, d] of s.sides[side].delegation.entries()) {
      for (const t of lint.titles) {
        if (t.round === s.id && t.surname.test(d.name.en) && !t.title.test(d.title.en)) {
          out.push({ path: ['sides', side, 'delegation', i, 'title'], message: `${t.message} [titles-by-date]` });
        }
      }
    }
  }
  return [...out, ...fidelityProblems(s), ...islandNames(s)];
}
