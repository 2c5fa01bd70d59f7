/**
 * The computer negotiator: an aspiration that falls over the round (faster with
 * trust and outside pressure, slower with weak support at home), an acceptance
 * test against that aspiration and per-issue floors, and an offering policy
 * that starts from its own best options and trades away what costs it least
 * per point the other side gains. It reasons only from the valuations, floors,
 * reservation point and meters in the state; it never reads the historical
 * move sequences.
 */
import { compile, type CompiledScenario } from '../model/compiled';
import { clause } from '../model/clause';
import type { Action, GameState, Mind, Package } from '../model/state';
import { other, type Move, type Negotiator, type Scenario, type SideId } from '../model/types';
import { movesMade } from '../round/repeat';
import { checkAction, moveProblem, openIssues, requiredAgreed } from '../round/rules';
import { actionCrossings, packageCrosses } from '../stakes/redLines';
import { movesByKind } from './ownMoves';

const supportOf = (state: GameState, side: SideId) => state.meters[side === 'japan' ? 'support-japan' : 'support-russia'];

/** The last state asked about and the aspirations worked out for it (the computer and its answer ask of one state in turn). */
let asked: { state: GameState | null; japan?: number; russia?: number } = { state: null };

/** The worth (0–100) a side currently demands of what it agrees to. */
export function aspiration(s: Scenario, state: GameState, side: SideId): number {
  if (asked.state !== state) asked = { state };
  return (asked[side] ??= computeAspiration(s, state, side));
}

function computeAspiration(s: Scenario, state: GameState, side: SideId): number {
  const c = compile(s);
  const p: Negotiator = s.negotiators[side];
  const mind = state.minds[side];
  const reservation = mind.reservation;
  const tau = Math.min(1, state.moveCount / Math.max(1, c.totalTurns));
  const base = reservation + (Math.max(p.opening, reservation) - reservation) * (1 - Math.pow(tau, 1 / p.concession));
  const adjust =
    -p.trustSensitivity * ((state.meters.trust - 50) / 10) -
    p.pressureSensitivity * ((state.meters.pressure - 50) / 10) +
    p.supportSensitivity * ((50 - supportOf(state, side)) / 10);
  return Math.max(reservation, Math.min(100, base + adjust));
}

const weightOf = (c: CompiledScenario, side: SideId, issue: string) => c.issues.get(issue)?.weight[side] ?? 0;

/** Weighted mean worth of a package to a side (0–100); with `swap`, `option` in place of the package's clause on that issue. */
export function packageWorth(c: CompiledScenario, mind: Mind, side: SideId, pkg: Package, swap?: string, option?: string): number {
  let total = 0;
  let weights = 0;
  // In the package's own order (for…in: as Object.entries, without the pairs).
  for (const issue in pkg) {
    const w = c.issues.get(issue)?.weight[side] ?? 0;
    total += w * (mind.values[issue]?.[(issue === swap ? option : pkg[issue]) as string] ?? 0);
    weights += w;
  }
  return weights === 0 ? 100 : total / weights;
}

/** Whether a side would accept a package now. */
export function wouldAccept(s: Scenario, state: GameState, side: SideId, pkg: Package): boolean {
  const c = compile(s);
  const mind = state.minds[side];
  const mine = state.stances[side];
  let stated = true;
  for (const issue in pkg) {
    const option = pkg[issue] as string;
    if ((mind.values[issue]?.[option] ?? 0) < (mind.floors[issue] ?? 0)) return false;
    if (mine[issue] !== option) stated = false;
  }
  if (stated) return true;
  return packageWorth(c, mind, side, pkg) >= aspiration(s, state, side) - 1e-9;
}

/** The whole document's worth to a side, open issues counted at their fallback. */
export function documentWorth(s: Scenario, state: GameState, side: SideId): number {
  const c = compile(s);
  const pkg: Record<string, string> = {};
  for (const issue of s.agenda) {
    const agreed = state.agreed.find((a) => a.issue === issue.id);
    const option = agreed?.option ?? issue.fallback;
    if (option !== undefined) pkg[issue.id] = option;
  }
  return packageWorth(c, state.minds[side], side, pkg);
}

/**
 * The package a side would offer now over the open issues: its best options,
 * conceded greedily (least own loss per point of the other side's gain)
 * while the package stays at or above its aspiration and every floor.
 */
export function targetPackage(s: Scenario, state: GameState, side: SideId): Record<string, string> {
  const c = compile(s);
  const mind = state.minds[side];
  const theirs = state.minds[other(side)];
  const open = openIssues(s, state);
  const target = aspiration(s, state, side);
  const pkg: Record<string, string> = {};
  for (const issue of open) {
    const values = mind.values[issue] ?? {};
    let best: string | undefined;
    for (const option in values) {
      const v = values[option] as number;
      if (best === undefined) best = option;
      else {
        const bv = values[best] ?? 0;
        if (v > bv || (v === bv && (theirs.values[issue]?.[option] ?? 0) > (theirs.values[issue]?.[best] ?? 0))) best = option;
      }
    }
    if (best !== undefined) pkg[issue] = best;
  }
  const ownWeight = open.map((issue) => weightOf(c, side, issue));
  const theirWeight = open.map((issue) => weightOf(c, other(side), issue));
  const barred = new Set<string>();
  // The best concession on one issue (the first option with the highest ratio of their gain to own loss), or null.
  // A step changes only its own issue (its clause, or what is barred on it), so only that issue's best is worked out
  // again: the next step is the first issue with the highest best, exactly what a scan of every option finds.
  const bestOn = (k: number): Concession | null => {
    const issue = open[k] as string;
    const current = pkg[issue];
    if (current === undefined) return null;
    const mine = mind.values[issue] ?? {};
    const yours = theirs.values[issue] ?? {};
    const here = mine[current] ?? 0;
    const floor = mind.floors[issue] ?? 0;
    const yoursNow = yours[current] ?? 0;
    let best: Concession | null = null;
    for (const option in mine) {
      const v = mine[option] ?? 0;
      if (v > here || v < floor) continue;
      const gain = ((yours[option] ?? 0) - yoursNow) * (theirWeight[k] ?? 0);
      if (gain <= 0 || (barred.size > 0 && barred.has(`${issue}:${option}`))) continue;
      const loss = (here - v) * (ownWeight[k] ?? 0);
      const ratio = gain / (loss + 0.5);
      if (!best || ratio > best.ratio) best = { k, issue, option, ratio };
    }
    return best;
  };
  const bests = open.map((_, k) => bestOn(k));
  for (;;) {
    let choice: Concession | null = null;
    for (const b of bests) if (b && (!choice || b.ratio > choice.ratio)) choice = b;
    if (!choice) break;
    if (packageWorth(c, mind, side, pkg, choice.issue, choice.option) < target) break;
    // The computer never offers what its own instructions forbid: that step is skipped for good.
    if (packageCrosses(s, state, side, pkg, choice.issue, choice.option)) barred.add(`${choice.issue}:${choice.option}`);
    else pkg[choice.issue] = choice.option;
    bests[choice.k] = bestOn(choice.k);
  }
  return pkg;
}

/** One step of the concession search: an option on the open issue at index `k`, and its gain-to-loss ratio. */
type Concession = { readonly k: number; readonly issue: string; readonly option: string; readonly ratio: number };

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
      // The option it wants on an issue: its target's, else its best (worked out once per issue, not once per move).
      const wants = new Map<string, string | undefined>();
      const wantOn = (issue: string) => {
        if (!wants.has(issue)) wants.set(issue, wanted?.[issue] ?? bestOption(mind, issue));
        return wants.get(issue);
      };
      // The statement of the option it wants on its weightiest issue, among those it may make (and has not made).
      const statement = firstBest(
        own.position,
        (m) => (m.issue !== undefined && m.option !== undefined && stated[m.issue] === undefined && m.option === wantOn(m.issue) ? weightOf(c, side, m.issue) : null),
        usable,
      );
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
