/**
 * Labels say what a move or clause contains, never its historical status: a
 * student who sees "The final text of the Declaration" or "The trade of 18
 * October" on a button is shown the record before the round is played, and
 * plays to find it. Every `label` of a round (moves, options, variants, in
 * English) is checked against the words below; the comparison with history
 * belongs to the outcome screen, after the round. The list is documented in
 * docs/authoring.md ("Labels").
 */
import type { PathProblem, PathSegment } from './problems';
import type { Scenario } from './schema';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** What a label may not name, and why (the message an author reads). */
export const STATUS_WORDS: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /\bhistoric(al|ally)?\b|\b(as )?in history\b/i, why: 'names its place in history' },
  { pattern: /\bfinal (text|draft|version|wording|document)\b/i, why: 'calls a text the final one' },
  { pattern: /\bas (it|they) (was|were|is|are|can be|could be|will be|would be) (signed|agreed|adopted|issued)\b/i, why: 'says how the text was or can be signed' },
  { pattern: /\bwhat was (really |actually )?signed\b/i, why: 'says what was signed' },
  { pattern: /\b(real|actual|genuine|original) (text|document|deal|trade|agreement|declaration|communiqu\w*|statement)\b/i, why: 'names the real document' },
  { pattern: /\b(the|on|in the) record\b/i, why: 'names the record' },
  { pattern: new RegExp(`\\b\\d{1,2}(st|nd|rd|th)? ${MONTH}\\b|\\b${MONTH} \\d{1,2}(st|nd|rd|th)?\\b(?!\\d)`, 'i'), why: 'is named by the day it happened' },
];

/** The status words a label uses (the reasons; empty when it describes content only). */
export const statusWords = (label: string): string[] => STATUS_WORDS.filter((w) => w.pattern.test(label)).map((w) => w.why);

function* labels(value: unknown, path: PathSegment[]): Generator<{ path: PathSegment[]; text: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* labels(v, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'label' && v !== null && typeof v === 'object' && typeof (v as { en?: unknown }).en === 'string') yield { path: [...path, k], text: (v as { en: string }).en };
      else if (k === 'label' && typeof v === 'string') yield { path: [...path, k], text: v };
      else yield* labels(v, [...path, k]);
    }
  }
}

/** Every label that names historical status rather than content. */
export function checkLabels(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  for (const { path, text } of labels(s, [])) {
    const why = statusWords(text);
    if (why.length > 0) out.push({ path, message: `the label ${JSON.stringify(text)} ${why.join(' and ')}: say what the text contains (the comparison with history comes after the round) [label-status]` });
  }
  return out;
}
