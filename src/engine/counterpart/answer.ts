/**
 * The computer's answer to what the other side just did, decided from its own
 * instructions: a proposal it refuses or counters names the clause that is the
 * obstacle and why (a red line it may not cross, an option below its floor on
 * that issue, or the clause that costs it most when the text as a whole is
 * below what it asks for now); a stated position or a concession is judged the
 * same way one clause at a time; an argument is answered as it moved (or did
 * not move) the side, and a repeated one is called so. The answer is ids, kept
 * in the log; the view puts it into words. Nothing here is scripted per round.
 */
import { compile } from '../model/compiled';
import { clause } from '../model/clause';
import type { Action, Answer, AnswerReason, GameState, LogEntry, Package } from '../model/state';
import { other, type Scenario, type SideId } from '../model/types';
import { newCrossings, standing } from '../stakes/redLines';
import { wouldAccept } from './demands';

/** A clause of a package the side refuses, and why. */
export interface Obstacle {
  readonly issue: string;
  readonly option: string;
  readonly reason: AnswerReason;
}

/**
 * The clause of `pkg` that stops `side` from taking it, or null when nothing in
 * it does: first a clause that crosses one of its red lines, then one below its
 * floor (the furthest below, weighted), then — when the whole is worth less than
 * it asks for now — the clause furthest from its own best option, weighted.
 */
export function obstacleOf(s: Scenario, state: GameState, side: SideId, pkg: Package): Obstacle | null {
  const c = compile(s);
  const mind = state.minds[side];
  const weight = (issue: string) => c.issues.get(issue)?.weight[side] ?? 0;
  const doc = standing(s, state);
  // The clause on an issue with the package in place: `{ ...doc, ...pkg }`, read without building it.
  const withPkg = (issue: string) => pkg[issue] ?? doc[issue] ?? '';
  for (const x of newCrossings(s, state, side, pkg)) {
    for (const forbid of x.redLine.forbids ?? []) {
      const keys = Object.keys(forbid).filter((issue) => issue in pkg && forbid[issue]?.includes(withPkg(issue)) === true);
      if (keys.length === 0 || !Object.entries(forbid).every(([i, opts]) => opts.includes(withPkg(i)))) continue;
      const issue = keys.sort((a, b) => weight(b) - weight(a))[0] as string;
      return { issue, option: pkg[issue] as string, reason: 'red-line' };
    }
  }
  let floor: { issue: string; gap: number } | null = null;
  for (const [issue, option] of Object.entries(pkg)) {
    const gap = ((mind.floors[issue] ?? 0) - (mind.values[issue]?.[option] ?? 0)) * Math.max(weight(issue), 0.1);
    if (gap > 0 && (!floor || gap > floor.gap)) floor = { issue, gap };
  }
  if (floor) return { issue: floor.issue, option: pkg[floor.issue] as string, reason: 'floor' };
  if (wouldAccept(s, state, side, pkg)) return null;
  let worst: { issue: string; cost: number } | null = null;
  for (const [issue, option] of Object.entries(pkg)) {
    const values = mind.values[issue] ?? {};
    let best = 0;
    for (const v of Object.values(values)) if (v > best) best = v;
    const cost = (best - (values[option] ?? 0)) * weight(issue);
    if (cost > 0 && (!worst || cost > worst.cost)) worst = { issue, cost };
  }
  return worst ? { issue: worst.issue, option: pkg[worst.issue] as string, reason: 'worth' } : null;
}

/** The last action in the log, if it was the other side's. */
function lastFrom(state: GameState, side: SideId): Extract<LogEntry, { kind: 'action' }> | null {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i];
    if (e?.kind !== 'action') continue;
    return e.side === other(side) ? e : null;
  }
  return null;
}

/** How many answers of this kind the side gave before (the view rotates its words by it). */
function countOf(state: GameState, side: SideId, kind: Answer['kind']): number {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i];
    if (e?.kind === 'action' && e.side === side && e.answer?.kind === kind) return e.answer.count + 1;
  }
  return 0;
}

/** A clause named in an answer, and why the side refuses it (no reason: it can work with it). */
type Named = { readonly issue: string; readonly option: string; readonly reason?: AnswerReason | undefined };

/** One clause the other side put forward, named, with why the side refuses it (no reason: it can work with it). */
function judged(s: Scenario, state: GameState, side: SideId, issue: string, option: string): Named {
  const o = obstacleOf(s, state, side, clause(issue, option));
  return { issue, option, reason: o?.reason };
}

/**
 * The answer, its fields set one by one in the order the log has always listed them (to, kind, issue, option,
 * reason, move, repeat, count), each only when it has a value: the same JSON as the object spreads it replaces,
 * without building and spreading the intermediate objects (a measurable share of a move).
 */
function answerOf(to: number, kind: Answer['kind'], count: number, named: Named | null, move?: string, repeat?: number): Answer {
  const a: { -readonly [K in keyof Answer]?: Answer[K] } = { to, kind };
  if (named) {
    a.issue = named.issue;
    a.option = named.option;
    if (named.reason !== undefined) a.reason = named.reason;
  }
  if (move !== undefined) a.move = move;
  if (repeat) a.repeat = repeat;
  a.count = count;
  return a as Answer;
}

/**
 * What the computer playing `action.side` answers to the other side's last
 * move, before taking `action` (null for a person's seat, or when the last
 * move was its own or one that asks no answer: a consultation, a signature).
 */
export function answerTo(s: Scenario, state: GameState, action: Action): Answer | null {
  const side = action.side;
  if (state.seats[side] !== 'computer') return null;
  const last = lastFrom(state, side);
  if (!last) return null;
  const c = compile(s);
  const move = last.move ? c.moves.get(last.move) : undefined;
  const make = (kind: Answer['kind'], named: Named | null, about?: string, repeat?: number): Answer => answerOf(last.n, kind, countOf(state, side, kind), named, about, repeat);
  const pending = state.pending && state.pending.from !== side ? state.pending : null;
  if (pending && (last.action === 'propose' || move?.kind === 'propose')) {
    if (action.type === 'accept') return make('accept', null);
    const proposing = action.type === 'propose' || (action.type === 'move' && c.moves.get(action.move)?.kind === 'propose');
    return make(proposing ? 'counter' : 'reject', obstacleOf(s, state, side, pending.package));
  }
  if (move?.kind === 'position' && move.issue !== undefined && move.option !== undefined) {
    return make('position', judged(s, state, side, move.issue, move.option), move.id, last.repeat);
  }
  if (last.action === 'concede' && last.issue !== undefined && last.option !== undefined) {
    return make('concede', judged(s, state, side, last.issue, last.option));
  }
  if (move?.kind === 'appeal') return make('appeal', null, move.id, last.repeat);
  if (move?.kind === 'link' || move?.kind === 'unlink') return make('link', null, move.id);
  return null;
}
