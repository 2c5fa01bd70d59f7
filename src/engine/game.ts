/**
 * The engine's public API. `newGame` builds the opening state, `step` applies
 * one action through the round's machine and returns a Result (an illegal
 * or out-of-turn action leaves the state as it was), `legalActions` lists the
 * bounded set of actions a seat may take now, and `playComputer` lets the
 * computer seats move until a human must.
 */
import { decide } from './counterpart/negotiator';
import { advance, openRound, rememberSnapshot, snapshotOf, type RoundSnapshot } from './round/advance';
import { checkAction, currentPhase, openIssues } from './round/rules';
import { compile } from './model/compiled';
import type { Action, GameState, Mind, MoveError, Seat } from './model/state';
import { applyWorldPatch, holds } from './model/world';
import { METER_IDS, SIDE_IDS, type MeterId, type Scenario, type SideId, type WorldState } from './model/types';
import { err, ok, type Result } from './result';
import { seedState } from './rng/rng';
import { draftOf } from './round/apply';

export interface NewGameOptions {
  readonly seed: number;
  readonly seats: Readonly<Record<SideId, Seat>>;
  /** The world the round starts from (default: the historical one in the scenario). */
  readonly world?: WorldState;
  /** Meters carried over from an earlier round. */
  readonly meters?: Partial<Record<MeterId, number>>;
}

function initialMind(s: Scenario, side: SideId, world: WorldState): Mind {
  const values: Record<string, Record<string, number>> = {};
  for (const issue of s.agenda) {
    // An option that does not exist in this world (its `when` fails) is not weighed.
    values[issue.id] = Object.fromEntries(issue.options.filter((o) => holds(o.when, world)).map((o) => [o.id, o.value[side]]));
  }
  const n = s.negotiators[side];
  return { values, floors: { ...n.floors }, reservation: n.reservation };
}

/**
 * The historical world a scenario opens in, made once per scenario: every
 * game of the round then shares one world object, so the world conditions
 * (`holds`) are decided once per round, not once per game. A world is never
 * changed in place.
 */
const historicalWorlds = new WeakMap<Scenario, WorldState>();
function historicalWorld(s: Scenario): WorldState {
  let world = historicalWorlds.get(s);
  if (!world) historicalWorlds.set(s, (world = applyWorldPatch(s.world, {})));
  return world;
}

/**
 * The last opening made, by what it depends on: a new game differs from
 * another with the same scenario, world, seats and meters only in its seed
 * and RNG state, and opening the round (entering the first phase, firing its
 * events, giving its opener the floor) draws nothing from the RNG — so the
 * machine's opening snapshot is made once and a new game takes a copy with
 * its own seed. Should an opening ever draw from the RNG, it is not reused.
 */
let lastOpening: { readonly s: Scenario; readonly world: WorldState; readonly key: string; readonly snapshot: RoundSnapshot } | null = null;

/** The opening state of a round. */
export function newGame(s: Scenario, options: NewGameOptions): GameState {
  const meters = Object.fromEntries(
    METER_IDS.map((id) => [id, Math.max(0, Math.min(100, Math.round(options.meters?.[id] ?? s.meters[id].initial)))]),
  ) as Record<MeterId, number>;
  const world = options.world ?? historicalWorld(s);
  const key = `${options.seats.japan} ${options.seats.russia} ${METER_IDS.map((id) => meters[id]).join(' ')}`;
  const rng = seedState(options.seed);
  if (lastOpening?.s === s && lastOpening.world === world && lastOpening.key === key) {
    const opened = lastOpening.snapshot;
    const context = draftOf(opened.context);
    context.seed = options.seed;
    context.rng = rng;
    return rememberSnapshot({ ...opened, context }).context;
  }
  const state: GameState = {
    format: 1,
    scenario: { id: s.id, version: s.version },
    seed: options.seed,
    rng,
    seats: { ...options.seats },
    world,
    status: 'negotiating',
    endedBy: null,
    phase: 0,
    phaseMoves: 0,
    moveCount: 0,
    turn: s.phases[0]?.opens ?? 'japan',
    meters,
    stances: { japan: {}, russia: {} },
    pending: null,
    agreed: [],
    links: [],
    used: [],
    signed: [],
    fired: [],
    minds: { japan: initialMind(s, 'japan', world), russia: initialMind(s, 'russia', world) },
    log: [],
  };
  const opened = openRound(s, state);
  lastOpening = opened.context.rng === rng ? { s, world, key, snapshot: opened } : null;
  return opened.context;
}

/** Apply one action through the machine. Illegal actions return an error and change nothing. */
export function step(s: Scenario, state: GameState, action: Action): Result<GameState, MoveError> {
  const r = advance(s, snapshotOf(s, state), action);
  return r.ok ? ok(rememberSnapshot(r.value).context) : err(r.error);
}

/**
 * The draft `side` would table: its stances on the open issues, and the named
 * proposal whose package is exactly that draft (then the generic proposal is
 * not offered: the named one stands for it).
 */
export function draftToTable(s: Scenario, state: GameState, side: SideId): { pkg: Record<string, string>; named: string | undefined } {
  const own = state.stances[side];
  const pkg: Record<string, string> = {};
  for (const issue of openIssues(s, state)) {
    const option = own[issue];
    if (option !== undefined) pkg[issue] = option;
  }
  const key = JSON.stringify(pkg);
  const named = compile(s).movesBySide[side].find((m) => m.kind === 'propose' && m.package && JSON.stringify(m.package) === key);
  return { pkg, named: named?.id };
}

/** The bounded set of legal actions for the side to move (what the choices list offers). */
export function legalActions(s: Scenario, state: GameState): Action[] {
  if (state.status !== 'negotiating') return [];
  const side = state.turn;
  const c = compile(s);
  const kinds = new Set(currentPhase(s, state)?.kinds ?? []);
  const candidates: Action[] = [];
  for (const m of c.movesBySide[side]) if (kinds.has(m.kind)) candidates.push({ type: 'move', side, move: m.id });
  if (kinds.has('propose')) {
    const { pkg, named } = draftToTable(s, state, side);
    if (Object.keys(pkg).length > 0 && !named) candidates.push({ type: 'propose', side, package: pkg });
  }
  for (const issue of openIssues(s, state)) candidates.push({ type: 'concede', side, issue });
  for (const type of ['accept', 'sign', 'consult', 'walk-out'] as const) candidates.push({ type, side });
  return candidates.filter((a) => checkAction(s, state, a) === null);
}

/** The computer's choice for the seat to move. */
export const computerAction = (s: Scenario, state: GameState): Action => decide(s, state, state.turn);

/** Let computer seats move until a human must act or the round ends. */
export function playComputer(s: Scenario, state: GameState, limit = 500): GameState {
  let current = state;
  for (let i = 0; i < limit && current.status === 'negotiating' && current.seats[current.turn] === 'computer'; i++) {
    const r = step(s, current, computerAction(s, current));
    if (!r.ok) throw new Error(`computer chose an illegal action: ${r.error.message}`);
    current = r.value;
  }
  return current;
}

export const sides = SIDE_IDS;
