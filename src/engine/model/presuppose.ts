/**
 * What a text takes for granted about the world: an ambassador presupposes
 * embassies, "a war no signed text has ended" a state of war, "the security
 * treaty with the United States" an alliance, "the Joint Declaration stands"
 * the Declaration in force, "the 1973 communique" Tanaka's communique.
 * `presupposed` lists the sentences of a round's texts as it opens in a world
 * (setting, stake, briefs, titles, the variants' notes, and every move,
 * line and event still offered there) that the world's facts contradict.
 */
import { appliedVariants, resolveScenario } from './variants';
import { worldFacts, type WorldFacts } from './world';
import { SIDE_IDS, type Scenario, type WorldState } from './types';

/** The world's facts, with the documents texts most often take for granted. */
export interface TextFacts extends WorldFacts {
  /** The Joint Declaration of 1956 is in force. */
  readonly declaration: boolean;
  /** The Tanaka–Brezhnev communique of 1973 is in force. */
  readonly communique1973: boolean;
  /** The Tokyo communique of 1988 (the standing working group) is in force. */
  readonly communique1988: boolean;
  /** Habomai and Shikotan are promised to Japan after a peace treaty (paragraph 9 or its like). */
  readonly twoPromised: boolean;
}

export function textFacts(world: WorldState): TextFacts {
  const inForce = (id: string) => world.documents.some((d) => d.id === id && d.inForce);
  return {
    ...worldFacts(world),
    declaration: inForce('joint-declaration-1956'),
    communique1973: inForce('joint-communique-1973'),
    communique1988: inForce('joint-communique-1988'),
    twoPromised: world.islands.habomai === 'japan-after-treaty' && world.islands.shikotan === 'japan-after-treaty',
  };
}

export const PRESUPPOSITIONS: readonly { readonly fact: keyof TextFacts; readonly holds: boolean; readonly pattern: RegExp; readonly affirmative?: true }[] = [
  { fact: 'relations', holds: true, pattern: /\bAmbassador (of Japan )?(to|in) (the USSR|the Soviet Union|Moscow|Japan|Tokyo)\b|\b(Japanese|Soviet) embassy\b/i },
  { fact: 'stateOfWar', holds: true, pattern: /\bno signed text has ended\b|\bhas never been formally ended\b|\bthe state of war (still )?(continues|stands)\b|\bNo text ends the state of war\b/i },
  { fact: 'stateOfWar', holds: false, pattern: /\bwhatever ended the state of war\b|\bsince the state of war ended\b/i },
  { fact: 'alliance', holds: true, pattern: /\bthe security treaty with the United States\b|\bthe (US|American|US–Japan) alliance\b|\bJapan's alliance\b|\b(our|your|Japan's) security treaty\b|\bAmerican (forces|troops|bases) in Japan\b|\bthe (security )?treaty of 1960\b|\bNATO (analogy|comparison)\b|\bcompared the security treaty\b|\b(after|while|until) foreign troops (leave|stand in|remain in) Japan\b/i },
  { fact: 'un', holds: true, pattern: /\bJapan's (seat|membership) in the United Nations\b/i },
  // The Declaration, named as something that exists (sentences that deny or suppose it are skipped).
  { fact: 'declaration', holds: true, affirmative: true, pattern: /\b(Joint|1956|the) Declaration\b|\bDeclaration of 1956\b|\bparagraph 9\b|\bArticle 9 of the Declaration\b/i },
  { fact: 'communique1988', holds: true, affirmative: true, pattern: /\bworking group has met Japan's since 1988\b|\b(communique|working group) of (December )?1988\b/i },
  { fact: 'communique1973', holds: true, affirmative: true, pattern: /\b1973 (communique|understanding|formula)\b|\b(communique|understanding) of 1973\b|\bTanaka–Brezhnev (communique|formula)\b/i },
];

const CONDITIONAL = /\b(if|where|whether|unless)\b/i;
const REAL = /\b(in real history|history's)\b/i;
/** A sentence that denies or imagines a document ("was never signed", "no Declaration", "in real history") takes nothing for granted about it. */
const NEGATED = /\b(no|never|not|without|nor|none|nothing|neither|instead of|broke down|real|history's)\b/i;
/** The clause of a sentence that holds a match: a denial elsewhere in the sentence ("it stands, but no treaty followed") does not cover it. */
const clauseOf = (sentence: string, pattern: RegExp): string => sentence.split(/,|—|\bbut\b|\band\b/).find((c) => pattern.test(c)) ?? sentence;

export interface Presupposition {
  readonly path: string;
  readonly fact: keyof TextFacts;
  readonly sentence: string;
}

/** The texts of a round as it opens in a world, each with where it comes from. */
function worldTexts(s: Scenario, world: WorldState): { path: string; text: string }[] {
  const r = resolveScenario(s, world);
  const out = [
    { path: 'setting', text: r.setting.en },
    { path: 'stake', text: r.stake.en },
  ];
  for (const side of SIDE_IDS) {
    const b = r.sides[side].brief;
    out.push({ path: `sides.${side}.brief.instructions`, text: b.instructions.en }, { path: `sides.${side}.brief.home`, text: b.home.en });
    b.interests.forEach((t, i) => out.push({ path: `sides.${side}.brief.interests[${i}]`, text: t.en }));
    b.redLines.forEach((t, i) => out.push({ path: `sides.${side}.brief.redLines[${i}]`, text: t.text.en }));
    r.sides[side].delegation.forEach((d) => out.push({ path: `sides.${side}.delegation.${d.id}.title`, text: d.title.en }));
  }
  for (const v of appliedVariants(s, world)) out.push({ path: `variants.${v.id}.text`, text: v.text.en });
  r.questions.forEach((q, i) => out.push({ path: `questions[${i}]`, text: q.en }));
  for (const m of r.moves) out.push({ path: `moves.${m.id}.label`, text: m.label.en }, { path: `moves.${m.id}.says`, text: m.says.en });
  for (const l of r.lines) out.push({ path: `lines.${l.id}.says`, text: l.says.en });
  for (const e of r.events) out.push({ path: `events.${e.id}.text`, text: e.text.en });
  for (const i of r.agenda) for (const o of i.options) out.push({ path: `agenda.${i.id}.${o.id}.label`, text: o.label.en }, { path: `agenda.${i.id}.${o.id}.clause`, text: o.clause.en });
  return out;
}

/** Sentences that take for granted a fact the world lacks. */
export function presupposed(s: Scenario, world: WorldState): Presupposition[] {
  // The round that writes a document speaks of it as a draft: that presupposes nothing.
  const facts = { ...textFacts(world), ...(s.document.id === 'joint-declaration-1956' ? { declaration: true } : {}), ...(s.document.id === 'joint-communique-1973' ? { communique1973: true } : {}), ...(s.document.id === 'joint-communique-1988' ? { communique1988: true } : {}) };
  const out: Presupposition[] = [];
  for (const { path, text } of worldTexts(s, world)) {
    for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
      // A conditional ("where the treaty stands", "if you can") takes nothing for granted.
      if (CONDITIONAL.test(sentence)) continue;
      // Nor does a sentence about what really happened ("in real history Kuriyama compared …").
      if (REAL.test(sentence)) continue;
      for (const p of PRESUPPOSITIONS) {
        if (p.affirmative && NEGATED.test(clauseOf(sentence, p.pattern))) continue;
        if (p.pattern.test(sentence) && facts[p.fact] !== p.holds) out.push({ path, fact: p.fact, sentence });
      }
    }
  }
  return out;
}
