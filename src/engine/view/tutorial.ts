/**
 * The guided tutorial's view-model (the practice round): its step cards in
 * the round's own words, each naming the control it points at, and the
 * closing card's lines on how the student did against their brief — the
 * document signed or not, each instruction kept or crossed. No comparison
 * with history: a tutorial round is invented.
 */
import type { GameState } from '../model/state';
import type { Scenario, SideId } from '../model/types';
import { crossings } from '../stakes/redLines';
import { say, type Locale } from './text';

/** What a step points at: the brief, a group of moves, the proposal card, or the score on the outcome. */
export type TutorialTarget = 'brief' | 'position' | 'propose' | 'proposal' | 'concede' | 'consult' | 'sign' | 'score';

export interface TutorialStepView {
  readonly at: TutorialTarget;
  readonly title: string;
  readonly text: string;
}

/** The round's tutorial steps (null for a round that is not a tutorial). */
export function tutorialSteps(s: Scenario, locale: Locale = 'en'): readonly TutorialStepView[] | null {
  if (!s.tutorial) return null;
  return s.tutorial.steps.map((t) => ({ at: t.at, title: say(t.title, locale), text: say(t.text, locale) }));
}

/** How `side` did against its brief, in short lines for the closing card. */
export function tutorialScoreLines(s: Scenario, state: GameState, side: SideId, locale: Locale = 'en'): string[] {
  const doc = Object.fromEntries(state.agreed.map((a) => [a.issue, a.option]));
  const signed = state.status === 'concluded';
  const crossed = new Set(crossings(s, side, doc).map((c) => c.index));
  const lines = [signed ? `Signed: ${say(s.document.title, locale)}.` : 'Not signed: you came home without a document, and that counts against your brief too.'];
  for (const [i, r] of s.sides[side].brief.redLines.entries()) {
    lines.push(`${crossed.has(i) ? 'Crossed' : 'Kept'}: ${say(r.text, locale)}`);
  }
  return lines;
}
