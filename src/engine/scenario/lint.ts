/**
 * The historical lint: errors the game must never make (from the research
 * brief), checked in every English text of a scenario except verbatim quotes.
 * Each rule names the error so an author knows what to fix.
 */
import type { PathProblem, PathSegment } from './problems';
import type { Scenario } from './schema';
import { fidelityProblems, islandNames } from './fidelity';

interface Rule {
  readonly id: string;
  /** A sentence matching this breaks the rule … */
  readonly pattern: RegExp;
  /** … unless it also matches this (a negation or correction). */
  readonly unless?: RegExp;
  readonly message: string;
}

const NEGATED = /\b(not|never|no|nothing|neither|nor|without|refused|denied|rather than|instead of)\b/i;

export const LINT_RULES: readonly Rule[] = [
  {
    id: 'no-island-returned',
    pattern: /\b(USSR|Soviet Union|Soviets|Moscow|Russia|Kremlin)\s+(returned|handed over|gave back|transferred)\b/i,
    unless: NEGATED,
    message: 'the USSR never handed over or returned any island',
  },
  {
    id: 'declaration-not-peace-treaty',
    pattern: /\b1956 peace treaty\b|\bpeace treaty of (October )?1956\b|\bDeclaration (was|is) a peace treaty\b/i,
    unless: NEGATED,
    message: 'the 1956 Joint Declaration is not a peace treaty',
  },
  {
    id: 'memorandum-did-not-annul',
    pattern: /\bmemorand\w*\b[^.]*\b(annul(led|s)?|abrogat\w*|cancell?ed)\b/i,
    unless: NEGATED,
    message: 'the 1960 memorandum did not annul the 1956 Declaration',
  },
  {
    id: 'habomai-is-islets',
    pattern: /\bHabomai Island\b(?!s)|\bisland of Habomai\b/,
    message: 'Habomai is a group of islets: write "the Habomai Islands" or "the Habomai islets"',
  },
  {
    id: 'japan-claims-four-only',
    pattern: /\bJapan\b[^.]*\b(claims?|demands?|wants?)\b[^.]*\b(Urup|Uruppu|northern Kuril\w*|South(ern)? Sakhalin)\b/i,
    unless: NEGATED,
    message: 'Japan does not claim Urup, the northern Kuriles or South Sakhalin',
  },
  {
    id: '1991-communique-no-declaration',
    pattern: /\b1991\b[^.]*\bcommuniqu[eé]\b[^.]*\b(names?|named|mentions?|mentioned|reaffirm\w*|confirm\w*)\b[^.]*\b1956 (Joint )?Declaration\b/i,
    unless: NEGATED,
    message: 'the 1991 communique did not name the 1956 Declaration',
  },
  {
    id: '1973-communique-no-islands',
    pattern: /\b1973\b[^.]*\bcommuniqu[eé]\b[^.]*\b(names?|named|lists?|listed)\b[^.]*\b(islands|Habomai|Shikotan|Kunashiri|Etorofu)\b/i,
    unless: NEGATED,
    message: 'the 1973 communique did not name the islands',
  },
  {
    id: 'kawana-was-hashimoto',
    pattern: /\b(Mori|Obuchi|Putin|Yeltsin|Koizumi)('s)? Kawana\b|\bKawana (proposal|formula) (of|by) (Mori|Obuchi|Putin|Yeltsin)\b/i,
    message: "the Kawana proposal was Hashimoto's",
  },
];

/** Titles a delegate must carry in a given round (by surname). */
const TITLES: readonly { name: RegExp; round: string; title: RegExp; message: string }[] = [
  { name: /Gromyko/, round: '1956', title: /First Deputy/i, message: 'Gromyko was First Deputy Foreign Minister in 1956' },
  { name: /Gromyko/, round: '1960', title: /^(USSR )?(Minister of Foreign Affairs|Foreign Minister)/i, message: 'Gromyko was Foreign Minister in 1960' },
  { name: /Gorbachev/, round: '1991', title: /President of the (USSR|Soviet Union)/i, message: 'Gorbachev came to Tokyo as President of the USSR' },
  { name: /Yeltsin/, round: '1991', title: /RSFSR|Russian (Soviet Federative Socialist )?Republic/i, message: 'Yeltsin wrote as President of the RSFSR' },
  { name: /Shevardnadze/, round: '1988', title: /Foreign (Minister|Affairs)/i, message: 'Shevardnadze was Soviet Foreign Minister in 1988' },
  { name: /Putin/, round: '2000', title: /^President/i, message: 'Putin was President of Russia in 2000' },
];

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
const COUNTERFACTUAL = /\bin your history\b/i;
const counterfactualPath = (path: readonly PathSegment[]): boolean => path[0] === 'variants' && path[2] === 'text';

/** Run every lint rule over a scenario. */
export function lintScenario(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  for (const { path, text } of englishTexts(s, [])) {
    if (counterfactualPath(path)) continue;
    for (const sentence of sentences(text)) {
      if (COUNTERFACTUAL.test(sentence)) continue;
      for (const rule of LINT_RULES) {
        if (rule.pattern.test(sentence) && !(rule.unless?.test(sentence) ?? false)) {
          out.push({ path, message: `${rule.message} [${rule.id}]: ${JSON.stringify(sentence)}` });
        }
      }
    }
  }
  for (const side of ['japan', 'russia'] as const) {
    for (const [i, d] of s.sides[side].delegation.entries()) {
      for (const t of TITLES) {
        if (t.round === s.id && t.name.test(d.name.en) && !t.title.test(d.title.en)) {
          out.push({ path: ['sides', side, 'delegation', i, 'title'], message: `${t.message} [titles-by-date]` });
        }
      }
    }
  }
  return [...out, ...fidelityProblems(s), ...islandNames(s)];
}
