/**
 * What a text takes for granted about the world: an ambassador presupposes
 * embassies, "a war no signed text has ended" a state of war, "the security
 * treaty with the United States" an alliance. `presupposed` lists the
 * sentences of a round's standing texts (setting, stake, briefs, titles,
 * the variants' notes) that a world's facts contradict.
 */
import { appliedVariants, resolveScenario } from './variants';
import { worldFacts, type WorldFacts } from './world';
import { SIDE_IDS, type Scenario, type WorldState } from './types';

export const PRESUPPOSITIONS: readonly { readonly fact: keyof WorldFacts; readonly holds: boolean; readonly pattern: RegExp }[] = [
  { fact: 'relations', holds: true, pattern: /\bAmbassador (of Japan )?(to|in) (the USSR|the Soviet Union|Moscow|Japan|Tokyo)\b|\b(Japanese|Soviet) embassy\b/i },
  { fact: 'stateOfWar', holds: true, pattern: /\bno signed text has ended\b|\bhas never been formally ended\b|\bthe state of war (still )?(continues|stands)\b/i },
  { fact: 'stateOfWar', holds: false, pattern: /\bwhatever ended the state of war\b|\bsince the state of war ended\b/i },
  { fact: 'alliance', holds: true, pattern: /\bthe security treaty with the United States\b|\bthe (US|American|US–Japan) alliance\b|\bJapan's alliance\b/i },
  { fact: 'un', holds: true, pattern: /\bJapan's (seat|membership) in the United Nations\b/i },
];

const CONDITIONAL = /\b(if|where|whether|unless)\b/i;

export interface Presupposition {
  readonly path: string;
  readonly fact: keyof WorldFacts;
  readonly sentence: string;
}

/** The standing texts of a round as it opens in a world, each with where it comes from. */
function standingTexts(s: Scenario, world: WorldState): { path: string; text: string }[] {
  const r = resolveScenario(s, world);
  const out = [
    { path: 'setting', text: r.setting.en },
    { path: 'stake', text: r.stake.en },
  ];
  for (const side of SIDE_IDS) {
    const b = r.sides[side].brief;
    out.push({ path: `sides.${side}.brief.instructions`, text: b.instructions.en }, { path: `sides.${side}.brief.home`, text: b.home.en });
    b.interests.forEach((t, i) => out.push({ path: `sides.${side}.brief.interests[${i}]`, text: t.en }));
    b.redLines.forEach((t, i) => out.push({ path: `sides.${side}.brief.redLines[${i}]`, text: t.en }));
    r.sides[side].delegation.forEach((d) => out.push({ path: `sides.${side}.delegation.${d.id}.title`, text: d.title.en }));
  }
  for (const v of appliedVariants(s, world)) out.push({ path: `variants.${v.id}.text`, text: v.text.en });
  return out;
}

/** Sentences that take for granted a fact the world lacks. */
export function presupposed(s: Scenario, world: WorldState): Presupposition[] {
  const facts = worldFacts(world);
  const out: Presupposition[] = [];
  for (const { path, text } of standingTexts(s, world)) {
    for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
      // A conditional ("where the treaty stands", "if you can") takes nothing for granted.
      if (CONDITIONAL.test(sentence)) continue;
      for (const p of PRESUPPOSITIONS) if (p.pattern.test(sentence) && facts[p.fact] !== p.holds) out.push({ path, fact: p.fact, sentence });
    }
  }
  return out;
}
