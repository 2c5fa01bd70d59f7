/**
 * A play: one round, or the campaign's rounds in order as one history, with
 * its branches. A branch is the actions of each round played on it; rewinding
 * to an earlier move starts a new branch that keeps the actions before that
 * move, so every branch replays from the seed and its action ids alone. Each
 * round of a campaign starts from the world the previous one left (with what
 * history did in between, where it still could) and with the meters moved by
 * half of how far the previous round drifted. All of it is plain JSON.
 */
import { newGame, step } from '../game';
import type { Action, GameState, Seat } from '../model/state';
import { outcomeOf } from '../model/outcome';
import { resolveScenario } from '../model/variants';
import { applyWorldPatch, holds } from '../model/world';
import { METER_IDS, type MeterId, type Scenario, type SideId, type WorldState } from '../model/types';
import { err, ok, type Result } from '../result';

export type PlayKind = 'round' | 'campaign';

export interface BranchPoint {
  readonly branch: string;
  /** Index of the round in the play's order. */
  readonly round: number;
  /** How many of that round's actions the new branch kept. */
  readonly move: number;
}

export interface Branch {
  readonly id: string;
  readonly name: string;
  /** Where it was rewound from (null for the first line of play). */
  readonly from: BranchPoint | null;
  /** The actions of each round played on this branch, in order; the last may be unfinished. */
  readonly rounds: readonly (readonly Action[])[];
}

export interface Play {
  readonly kind: PlayKind;
  /** Round ids in the order they are played. */
  readonly order: readonly string[];
  readonly seats: Readonly<Record<SideId, Seat>>;
  /** Round i is played with seed + i. */
  readonly seed: number;
  /** Where the first round starts, if not its historical world. */
  readonly world?: WorldState;
  /** The version of each round file the moves were played against. */
  readonly versions: Readonly<Record<string, number>>;
  readonly branches: readonly Branch[];
  readonly current: string;
}

/** The most branches a play keeps; rewinding past it drops the oldest branch that is not an ancestor of the current one. */
export const MAX_BRANCHES = 12;
export const MAIN_BRANCH = 'main';

export function newPlay(kind: PlayKind, order: readonly string[], seats: Readonly<Record<SideId, Seat>>, seed: number, versions: Readonly<Record<string, number>> = {}): Play {
  return { kind, order: [...order], seats: { ...seats }, seed, versions: { ...versions }, branches: [{ id: MAIN_BRANCH, name: 'Main line', from: null, rounds: [[]] }], current: MAIN_BRANCH };
}

export const branchOf = (p: Play, id: string = p.current): Branch | undefined => p.branches.find((b) => b.id === id);

/** The branch being played (a play always has it). */
export function currentBranch(p: Play): Branch {
  const b = branchOf(p);
  if (!b) throw new Error(`play has no branch "${p.current}"`);
  return b;
}

const withBranch = (p: Play, b: Branch): Play => ({ ...p, branches: p.branches.map((x) => (x.id === b.id ? b : x)) });

/** Record an action in the current round of the current branch. */
export function appendAction(p: Play, action: Action): Play {
  const b = currentBranch(p);
  const last = b.rounds.length - 1;
  return withBranch(p, { ...b, rounds: b.rounds.map((r, i) => (i === last ? [...r, action] : r)) });
}

/** Open the next round of the order on the current branch. */
export function beginNextRound(p: Play): Play {
  const b = currentBranch(p);
  if (b.rounds.length >= p.order.length) return p;
  return withBranch(p, { ...b, rounds: [...b.rounds, []] });
}

/** Branches the given one descends from, itself included. */
function lineage(p: Play, id: string): Set<string> {
  const out = new Set<string>();
  for (let b = branchOf(p, id); b && !out.has(b.id); b = b.from ? branchOf(p, b.from.branch) : undefined) out.add(b.id);
  return out;
}

/**
 * Rewind the current branch to before action `move` of round `round` and
 * branch from there: the new branch keeps what came before and becomes current.
 * Rewinding to the very end of the branch changes nothing.
 */
export function rewind(p: Play, round: number, move: number, name?: string): Result<Play, string> {
  const b = currentBranch(p);
  const actions = b.rounds[round];
  if (!actions || move < 0 || move > actions.length) return err(`there is no move ${move + 1} in round ${p.order[round] ?? round + 1} to rewind to`);
  if (round === b.rounds.length - 1 && move === actions.length) return ok(p);
  let n = p.branches.length + 1;
  const ids = new Set(p.branches.map((x) => x.id));
  while (ids.has(`b${n}`)) n++;
  const id = `b${n}`;
  const branch: Branch = {
    id,
    name: name ?? (p.kind === 'campaign' ? `Branch ${n} (${p.order[round] ?? ''}, from move ${move + 1})` : `Branch ${n} (from move ${move + 1})`),
    from: { branch: b.id, round, move },
    rounds: [...b.rounds.slice(0, round), actions.slice(0, move)],
  };
  let branches = [...p.branches, branch];
  if (branches.length > MAX_BRANCHES) {
    const keep = lineage({ ...p, branches }, id);
    const drop = branches.find((x) => !keep.has(x.id));
    if (drop) branches = branches.filter((x) => x !== drop).map((x) => (x.from?.branch === drop.id ? { ...x, from: drop.from ? { ...x.from, branch: drop.from.branch } : null } : x));
  }
  return ok({ ...p, branches, current: id });
}

export function renameBranch(p: Play, id: string, name: string): Play {
  const b = branchOf(p, id);
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 60);
  return b && clean ? withBranch(p, { ...b, name: clean }) : p;
}

export const switchBranch = (p: Play, id: string): Play => (branchOf(p, id) ? { ...p, current: id } : p);

/** What history did between two rounds, and whether it still could in this world. */
export interface InterludeResult {
  readonly id: string;
  readonly happened: boolean;
}

/** One round of a branch, replayed. */
export interface PlayedRound {
  readonly index: number;
  readonly id: string;
  /** The round file as loaded. */
  readonly base: Scenario;
  /** The round as it opened in this world (see resolveScenario). */
  readonly scenario: Scenario;
  readonly start: GameState;
  readonly state: GameState;
  readonly actions: readonly Action[];
  readonly interludes: readonly InterludeResult[];
}

export interface ReplayError {
  readonly round: string | null;
  /** Index of the action that failed, or null when the play itself is at fault. */
  readonly index: number | null;
  readonly message: string;
}

/**
 * Where a round opens: the world after the previous round with history's
 * interludes applied where they still could happen, and the meters the round
 * opens with in that world (variants included) moved by half the previous
 * round's drift.
 */
export function openingOf(p: Play, base: Scenario, previous: PlayedRound | undefined): { world: WorldState; meters: Record<MeterId, number>; interludes: InterludeResult[] } {
  let world = p.world ?? base.world;
  const interludes: InterludeResult[] = [];
  if (previous) {
    world = applyWorldPatch(outcomeOf(previous.scenario, previous.state).world, {}, base.world.year);
    for (const step of base.since) {
      const happened = holds(step.when, world);
      if (happened) world = applyWorldPatch(world, step.world);
      interludes.push({ id: step.id, happened });
    }
  }
  const opens = resolveScenario(base, world);
  const meters = Object.fromEntries(METER_IDS.map((id) => [id, opens.meters[id].initial])) as Record<MeterId, number>;
  if (previous) {
    for (const id of METER_IDS) {
      const drift = previous.state.meters[id] - previous.start.meters[id];
      meters[id] = Math.max(0, Math.min(100, Math.round(meters[id] + drift / 2)));
    }
  }
  return { world, meters, interludes };
}

const describe = (a: Action): string => (a.type === 'move' ? `"${a.move}"` : a.type === 'concede' ? `concede "${a.issue}"` : a.type);

/**
 * Replay a branch from the seed and its actions. Fails with the round and
 * move of the first action that no longer applies (a move removed from the
 * round file, or one that is no longer legal there).
 */
export function replayBranch(p: Play, scenarios: ReadonlyMap<string, Scenario>, id: string = p.current): Result<PlayedRound[], ReplayError> {
  const b = branchOf(p, id);
  if (!b) return err({ round: null, index: null, message: `there is no branch "${id}"` });
  const out: PlayedRound[] = [];
  for (const [index, actions] of b.rounds.entries()) {
    const roundId = p.order[index];
    const base = roundId !== undefined ? scenarios.get(roundId) : undefined;
    if (roundId === undefined || !base) return err({ round: roundId ?? null, index: null, message: `round ${roundId ?? index + 1} is not available in this version of the game` });
    const previous = out[index - 1];
    if (previous && previous.state.status === 'negotiating') return err({ round: roundId, index: null, message: `round ${previous.id} had not ended, so round ${roundId} cannot follow it` });
    const opening = openingOf(p, base, previous);
    const scenario = resolveScenario(base, opening.world);
    const start = newGame(scenario, { seed: p.seed + index, seats: p.seats, world: opening.world, meters: opening.meters });
    let state = start;
    for (const [i, action] of actions.entries()) {
      const where = `round ${roundId}, move ${i + 1} (${describe(action)})`;
      if (action.type === 'move' && !scenario.moves.some((m) => m.id === action.move)) {
        const reason = base.moves.some((m) => m.id === action.move) ? 'does not apply in the world this round opened in' : `no longer exists in round ${roundId} (version ${base.version})`;
        return err({ round: roundId, index: i, message: `${where} ${reason}` });
      }
      const r = step(scenario, state, action);
      if (!r.ok) return err({ round: roundId, index: i, message: `${where} cannot be replayed: ${r.error.message}` });
      state = r.value;
    }
    out.push({ index, id: roundId, base, scenario, start, state, actions, interludes: opening.interludes });
  }
  return ok(out);
}

/** Whether every round of the order has been played to its end on this branch. */
export const isComplete = (p: Play, rounds: readonly PlayedRound[]): boolean =>
  rounds.length === p.order.length && rounds.every((r) => r.state.status !== 'negotiating');
