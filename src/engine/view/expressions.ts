/**
 * The delegates' expressions: each delegation looks neutral, pleased,
 * displeased or tense, from trust and the last exchange. A side whose
 * proposal was accepted, who was conceded to, or whose trust just rose looks
 * pleased; one whose clause was refused against a red line or a floor, or
 * whose trust just fell, looks displeased; one refused on the balance of the
 * text, or facing low trust, looks tense. The room draws it; the DOM says it.
 */
import type { GameState, LogEntry } from '../model/state';
import type { SideId } from '../model/types';

export type Expression = 'neutral' | 'pleased' | 'displeased' | 'tense';

/** The expression at rest, from trust alone. */
const atRest = (trust: number): Expression => (trust < 30 ? 'tense' : trust >= 70 ? 'pleased' : 'neutral');

/** How `side` looks just after the action `e` (trust as it stood after it). */
export function expressionAfter(e: Extract<LogEntry, { kind: 'action' }>, side: SideId): Expression {
  const trust = e.meters.trust;
  if (e.action === 'walk-out') return e.side === side ? 'displeased' : 'tense';
  if (e.side === side) {
    if (e.action === 'accept' || e.action === 'sign') return 'pleased';
    if (e.answer?.reason === 'red-line' || e.answer?.reason === 'floor') return 'displeased';
    return atRest(trust);
  }
  if (e.action === 'accept' || e.action === 'concede' || e.answer?.kind === 'accept') return 'pleased';
  if (e.answer?.reason === 'red-line' || e.answer?.reason === 'floor') return 'displeased';
  if (e.answer?.reason === 'worth') return 'tense';
  const dt = e.delta?.trust ?? 0;
  if (dt > 0) return 'pleased';
  if (dt < 0) return 'displeased';
  return atRest(trust);
}

/** Both delegations' expressions now: after the last action, or from trust before any. */
export function expressions(state: GameState): Readonly<Record<SideId, Expression>> {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i];
    if (e?.kind === 'action') return { japan: expressionAfter(e, 'japan'), russia: expressionAfter(e, 'russia') };
  }
  const rest = atRest(state.meters.trust);
  return { japan: rest, russia: rest };
}

/** The words for an expression, for screen readers: "looks displeased". */
export const EXPRESSION_WORDS: Readonly<Record<Expression, string>> = { neutral: 'looks composed', pleased: 'looks pleased', displeased: 'looks displeased', tense: 'looks tense' };
