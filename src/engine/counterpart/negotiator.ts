/**
 * The computer negotiator: an aspiration that falls over the round (faster with
 * trust and outside pressure, slower with weak support at home), an acceptance
 * test against that aspiration and per-issue floors, and an offering policy
 * that starts from its own best options and trades away what costs it least
 * per point the other side gains. It reasons only from the valuations, floors,
 * reservation point and meters in the state; it never reads the historical
 * move sequences. What a side demands is in `demands.ts`, the package it
 * offers in `target.ts`; this module chooses the action.
 */
import { compile } from '../model/compiled';
import { clause } from '../model/clause';
import type { Action, GameState, Mind, Package } from '../model/state';
import { other, type Move, type Scenario, type SideId } from '../model/types';
import { movesMade } from '../round/repeat';
import { checkAction, moveProblem, openIssues, requiredAgreed } from '../round/rules';
import { actionCrossings } from '../stakes/redLines';
import { documentWorth, weightOf, wouldAccept } from './demands';
import { movesByKind } from './ownMoves';
import { targetPackage } from './target';

export { aspiration, documentWorth, packageWorth, wouldAccept } from './demands';
export { targetPackage } from './target';
/** How much an appeal helps the side playing it, from its effects. */
function appealScore(s: Scenario, state: GameState, side: SideId, move: Move): number {
  const e = move.effects;
  if (!e) return 0;
  const mind = state.minds[side];
  const c = compile(s);
  let score = 0;
  for (const v of e.values ?? []) {
    if (v.side === side) continue;
    const own = mind.values[v.issue]?.[v.option] ?? 0;
    score += v.delta * ((own - 50) / 50) * weightOf(c, v.side, v.issue);
  }
  for (const f of e.floors ?? []) if (f.side !== side) score -= f.delta * weightOf(c, f.side, f.issue) * 0.5;
  score += (e.meters?.trust ?? 0) * 0.2;
  score += (e.meters?.[side === 'japan' ? 'support-japan' : 'support-russia'] ?? 0) * 0.2;
  return score;
}

const samePackage = (a: Package | null | undefined, b: Package) =>
  !!a && Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

/**
 * The computer's action for `side` (whose turn it must be). Always legal:
 * when nothing else applies it consults its capital, which every phase allows.
 */
export function decide(s: Scenario, state: GameState, side: SideId): Action {
  const c = compile(s);
  const kinds = c.phaseKinds[state.phase] ?? new Set<string>();
  // Legal, and within the computer's own instructions: it never crosses its red lines.
  const legal = (a: Action) => checkAction(s, state, a) === null && actionCrossings(s, state, a).length === 0;
  const mind = state.minds[side];

  if (kinds.has('walk-out') && state.meters.trust <= s.negotiators[side].walkAwayTrust) return { type: 'walk-out', side };

  const pending = state.pending && state.pending.from !== side ? state.pending : null;
  if (pending && kinds.has('accept') && wouldAccept(s, state, side, pending.package)) {
    const a: Action = { type: 'accept', side };
    if (legal(a)) return a;
  }

  const open = openIssues(s, state);
  const lastPhase = state.phase === s.phases.length - 1;
  if (kinds.has('sign') && requiredAgreed(c, state) && !state.signed.includes(side)) {
    const worth = documentWorth(s, state, side);
    const otherSigned = state.signed.includes(other(side));
    const nothingLeft = open.every((i) => !c.issues.get(i)?.weight[side]);
    if (worth >= mind.reservation && (otherSigned || nothingLeft || lastPhase || !kinds.has('propose'))) {
      const a: Action = { type: 'sign', side };
      if (legal(a)) return a;
    }
  }

  // Its own scenario moves it may make now (legal, no red line crossed), checked only for the kinds its choice reaches.
  const usable = (m: Move) => kinds.has(m.kind) && moveProblem(c, state, m) === null && actionCrossings(s, state, { type: 'move', side, move: m.id }).length === 0;
  const own = movesByKind(c, side);

  let memo: Record<string, string> | undefined;
  const target = () => (memo ??= targetPackage(s, state, side));

  if (kinds.has('position') && !pending) {
    const stated = state.stances[side];
    if (own.positionIssues.some((issue) => stated[issue] === undefined)) {
      const wanted = kinds.has('propose') ? target() : null;
      // The statements of the option it wants (its target's, else its best) on each issue it has not stated, in
      // scenario order: the moves a scan of all its position moves would score, found by issue and option.
      const candidates: Move[] = [];
      for (const issue of own.positionIssues) {
        if (stated[issue] !== undefined) continue;
        const want = wanted?.[issue] ?? bestOption(mind, issue);
        const moves = want === undefined ? undefined : own.positionOn.get(issue)?.get(want);
        if (moves) candidates.push(...moves);
      }
      if (candidates.length > 1) candidates.sort((a, b) => (own.positionIndex.get(a) ?? 0) - (own.positionIndex.get(b) ?? 0));
      // The statement on its weightiest issue, among those it may make.
      const statement = firstBest(candidates, (m) => weightOf(c, side, m.issue as string), usable);
      if (statement) return { type: 'move', side, move: statement.id };
    }
  }

  const link = pending ? undefined : own.link.find(usable);
  if (link) return { type: 'move', side, move: link.id };

  // Its strongest argument, if it helps enough. The computer makes each argument once: a repeated one is weaker (repeat.ts).
  if (!pending && own.appeal.length > 0) {
    const made = movesMade(state, side);
    const appeal = firstBest(
      own.appeal,
      (m) => {
        if (made.has(m.id)) return null;
        const score = appealScore(s, state, side, m);
        return score > 1 ? score : null;
      },
      usable,
    );
    if (appeal) return { type: 'move', side, move: appeal.id };
  }

  if (kinds.has('propose') && open.length > 0) {
    const theirStance = state.stances[other(side)];
    const easy: Record<string, string> = {};
    for (const issue of open) {
      const option = theirStance[issue];
      if (option !== undefined && (mind.values[issue]?.[option] ?? 0) >= (mind.floors[issue] ?? 0)) {
        const single = clause(issue, option);
        if (wouldAccept(s, state, side, single)) easy[issue] = option;
      }
    }
    const proposals: Record<string, string>[] = [];
    if (Object.keys(easy).length > 0) proposals.push(closeLinks(state, easy, target()));
    proposals.push(target());
    for (const pkg of proposals) {
      const named = own.propose.find((m) => m.package && samePackage(m.package, pkg) && usable(m));
      const a: Action = named ? { type: 'move', side, move: named.id } : { type: 'propose', side, package: pkg };
      if (legal(a)) return a;
    }
  }

  const consult: Action = { type: 'consult', side };
  return consult;
}

/**
 * The first of `items` with the highest score among those that have one (not
 * null) and pass `ok` — what a stable sort by score, highest first, of the
 * items passing both would put first; `ok` is asked only of a contender.
 */
function firstBest<T>(items: readonly T[], score: (item: T) => number | null, ok: (item: T) => boolean): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const sc = score(item);
    if (sc === null || (best !== undefined && sc <= bestScore) || !ok(item)) continue;
    best = item;
    bestScore = sc;
  }
  return best;
}

const bestOption = (mind: Mind, issue: string): string | undefined => {
  const values = mind.values[issue] ?? {};
  let best: string | undefined;
  for (const o in values) if (best === undefined || (values[o] as number) > (values[best] ?? 0)) best = o;
  return best;
};

/** Add the partners of linked issues (at the side's own target) so the package may be proposed. */
function closeLinks(state: GameState, pkg: Record<string, string>, target: Package): Record<string, string> {
  const out = { ...pkg };
  for (const [a, b] of state.links) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (x in out && !(y in out) && !state.agreed.some((g) => g.issue === y)) {
        const option = target[y];
        if (option !== undefined) out[y] = option;
      }
    }
  }
  return out;
}
