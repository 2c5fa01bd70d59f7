/**
 * What an action does to the substance of a round (stances, the offer on the
 * table, agreed clauses, signatures, meters, minds, the log and the RNG), as
 * pure functions over plain-JSON state. The round's machine runs
 * `applyAction` as its `apply` action after its `legal` guard.
 */
import { compile, type CompiledScenario } from '../model/compiled';
import type { Action, Answer, GameState, LogEntry, Offer, Package } from '../model/state';
import { holds } from '../model/world';
import { METER_IDS, other, type Effect, type Line, type Scenario, type SideId } from '../model/types';
import { nextRandom } from '../rng/rng';
import { answerTo } from '../counterpart/answer';
import type { MeterDelta } from '../model/state';
import { timesMade, weakened } from './repeat';
import { concessionStep } from './rules';

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** The next state under construction: a shallow copy whose fields are replaced, never mutated in place. */
export type Draft = { -readonly [K in keyof GameState]: GameState[K] };

/**
 * A shallow copy of a state to build the next one on, field by field in the
 * order a new game lists them (as `{ ...state }` would give): one object
 * shape for every copy, which V8 makes much faster than a spread of states
 * built in different ways. The compiler insists on every field.
 */
export function draftOf(state: GameState): Draft {
  return {
    format: state.format,
    scenario: state.scenario,
    seed: state.seed,
    rng: state.rng,
    seats: state.seats,
    world: state.world,
    status: state.status,
    endedBy: state.endedBy,
    phase: state.phase,
    phaseMoves: state.phaseMoves,
    moveCount: state.moveCount,
    turn: state.turn,
    meters: state.meters,
    stances: state.stances,
    pending: state.pending,
    agreed: state.agreed,
    links: state.links,
    used: state.used,
    signed: state.signed,
    fired: state.fired,
    minds: state.minds,
    log: state.log,
  };
}

/** Apply an effect: meters move; valuations, floors and reservations shift. */
export function applyEffect(d: Draft, effect: Effect | undefined): void {
  if (!effect) return;
  if (effect.meters) {
    const m = { ...d.meters };
    for (const id of METER_IDS) {
      const delta = effect.meters[id];
      if (delta !== undefined) m[id] = clamp(m[id] + delta);
    }
    d.meters = m;
  }
  if (effect.values || effect.floors || effect.reservation) {
    const next = { japan: { ...d.minds.japan }, russia: { ...d.minds.russia } };
    for (const v of effect.values ?? []) {
      const mind = next[v.side];
      // A shift of an option this world does not have changes nothing.
      if (mind.values[v.issue]?.[v.option] === undefined) continue;
      const issueValues = { ...mind.values[v.issue] };
      issueValues[v.option] = clamp((issueValues[v.option] ?? 0) + v.delta);
      const values = { ...mind.values };
      values[v.issue] = issueValues;
      mind.values = values;
    }
    for (const f of effect.floors ?? []) {
      const mind = next[f.side];
      const floors = { ...mind.floors };
      floors[f.issue] = clamp((mind.floors[f.issue] ?? 0) + f.delta);
      mind.floors = floors;
    }
    for (const side of ['japan', 'russia'] as const) {
      const delta = effect.reservation?.[side];
      if (delta !== undefined) next[side].reservation = clamp(next[side].reservation + delta);
    }
    d.minds = next;
  }
}

/** The generic line a side speaks for a kind, chosen by the seeded RNG among those that apply (or, where none does, among all of that kind). */
export function pickLine(c: CompiledScenario, d: Draft, side: SideId, kind: Line['kind']): Line | undefined {
  const all = c.linesFor.get(`${side}:${kind}`) ?? [];
  const fitting = all.filter((l) => holds(l.when, d.world));
  // A world no line of this kind was written for still hears one.
  const candidates = fitting.length > 0 ? fitting : all;
  if (candidates.length <= 1) return candidates[0];
  const r = nextRandom(d.rng);
  d.rng = r.state;
  return candidates[Math.floor(r.value * candidates.length)];
}

/** The line a side would speak for a kind now (what its button cites): `pickLine` on a copy, so the state's RNG is untouched. */
export const lineSpoken = (c: CompiledScenario, state: GameState, side: SideId, kind: Line['kind']): Line | undefined => pickLine(c, { ...state }, side, kind);

/** How the meters moved between two readings (null when none did). */
export function meterDelta(before: GameState['meters'], after: GameState['meters']): MeterDelta | null {
  if (before === after) return null;
  let out: Record<string, number> | null = null;
  for (const id of METER_IDS) {
    const change = after[id] - before[id];
    if (change !== 0) (out ??= {})[id] = change;
  }
  return out;
}

function setStances(d: Draft, side: SideId, pkg: Package): void {
  d.stances = { ...d.stances, [side]: { ...d.stances[side], ...pkg } };
}

/**
 * `setStances` with a one-clause package, without building it. (Here and in `applyEffect`, a copy then one store
 * gives the object `{ ...o, [k]: v }` gives, with the key in the same place, without V8's slow path for a computed key
 * in a literal.)
 */
function setStance(d: Draft, side: SideId, issue: string, option: string): void {
  const mine = { ...d.stances[side] };
  mine[issue] = option;
  const stances = { ...d.stances };
  stances[side] = mine;
  d.stances = stances;
}

/** What an action adds to its log line (unset fields are left out of the line; `repeat` 0 means a first making). */
interface Entry {
  move: string | undefined;
  repeat: number;
  line: string | undefined;
  issue: string | undefined;
  option: string | undefined;
  package: Package | undefined;
}

type ActionEntry = Extract<LogEntry, { kind: 'action' }>;

/**
 * An action's log line, its fields set one by one in the order the log has always listed them (n, kind, side,
 * action, move, repeat, line, issue, option, package, meters, delta, answer), each only when it has a value: the same
 * JSON as the spread of a partial entry it replaces, which was the costliest line of a move.
 */
function logEntry(n: number, side: SideId, action: ActionEntry['action'], e: Entry, meters: GameState['meters'], delta: MeterDelta | null, answer: Answer | null): ActionEntry {
  const out: { -readonly [K in keyof ActionEntry]?: ActionEntry[K] } = { n, kind: 'action', side, action };
  if (e.move !== undefined) out.move = e.move;
  if (e.repeat > 0) out.repeat = e.repeat;
  if (e.line !== undefined) out.line = e.line;
  if (e.issue !== undefined) out.issue = e.issue;
  if (e.option !== undefined) out.option = e.option;
  if (e.package !== undefined) out.package = e.package;
  out.meters = meters;
  if (delta) out.delta = delta;
  if (answer) out.answer = answer;
  return out as ActionEntry;
}

/**
 * Apply a legal action's substance (check it with `checkAction` first): the
 * stances, offer, agreement, signatures, effects and the line spoken, then
 * count the move and pass the floor. Phase ends, events and endings are the
 * machine's. Returns the next state; the input is never modified.
 */
export function applyAction(s: Scenario, state: GameState, action: Action): GameState {
  const c = compile(s);
  const side = action.side;
  const d = draftOf(state);
  const answer = answerTo(s, state, action);
  const entry: Entry = { move: undefined, repeat: 0, line: undefined, issue: undefined, option: undefined, package: undefined };
  const speak = (kind: Line['kind']) => {
    const line = pickLine(c, d, side, kind);
    applyEffect(d, line?.effects);
    if (line) entry.line = line.id;
  };
  const offerFromOther = d.pending !== null && d.pending.from !== side;
  const dropRejected = () => {
    if (offerFromOther) d.pending = null;
  };

  switch (action.type) {
    case 'move': {
      const move = c.moves.get(action.move);
      if (!move) return state;
      entry.move = move.id;
      // A move made before weakens each time (repeat.ts).
      const before = timesMade(state, side, move.id);
      entry.repeat = before;
      applyEffect(d, weakened(move.effects, before));
      if (move.once === true) d.used = [...d.used, move.id];
      if (move.kind === 'position' && move.issue !== undefined && move.option !== undefined) {
        setStance(d, side, move.issue, move.option);
        dropRejected();
      } else if (move.kind === 'propose' && move.package) {
        setStances(d, side, move.package);
        const offer: Offer = { from: side, package: move.package, move: move.id };
        d.pending = offer;
      } else if (move.kind === 'link' && move.issues) {
        d.links = [...d.links, move.issues];
        dropRejected();
      } else if (move.kind === 'unlink' && move.issues) {
        const [a, b] = move.issues;
        d.links = d.links.filter(([x, y]) => !((x === a && y === b) || (x === b && y === a)));
        dropRejected();
      } else dropRejected();
      break;
    }
    case 'propose':
      if (offerFromOther) speak('counter');
      setStances(d, side, action.package);
      d.pending = { from: side, package: action.package };
      entry.package = action.package;
      break;
    case 'concede': {
      const option = concessionStep(state, side, action.issue);
      if (option === null) return state;
      speak('concede');
      setStance(d, side, action.issue, option);
      dropRejected();
      entry.issue = action.issue;
      entry.option = option;
      break;
    }
    case 'consult':
      speak('consult');
      dropRejected();
      break;
    case 'accept': {
      const offer = d.pending;
      if (!offer) return state;
      speak('accept');
      d.agreed = [...d.agreed, ...Object.entries(offer.package).map(([issue, option]) => ({ issue, option }))];
      setStances(d, side, offer.package);
      d.pending = null;
      d.signed = [];
      entry.package = offer.package;
      break;
    }
    case 'sign':
      speak('sign');
      d.signed = [...d.signed, side];
      break;
    case 'walk-out':
      speak('walk-out');
      d.pending = null;
      break;
  }
  const delta = meterDelta(state.meters, d.meters);
  d.log = [...d.log, logEntry(d.log.length, side, action.type, entry, d.meters, delta, answer)];
  if (action.type !== 'walk-out') {
    // The move counts against the phase and passes the floor (the machine decides what follows).
    d.moveCount += 1;
    d.phaseMoves += 1;
    d.turn = other(side);
  }
  return d;
}
