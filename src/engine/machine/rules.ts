/**
 * The rules of a negotiation round, as pure functions over plain-JSON state:
 * which actions are legal now (`checkAction`) and what an action does
 * (`applyAction`). The XState machine calls these as its guard and its
 * assign action; nothing here knows which round it is playing.
 */
import { compile, type CompiledScenario } from '../model/compiled';
import type { Action, GameState, MoveError, Offer, Package } from '../model/state';
import { holds } from '../model/world';
import { METER_IDS, other, type Effect, type Line, type Move, type MoveKind, type Scenario, type SideId } from '../model/types';
import { nextRandom } from '../rng/rng';

const fail = (code: MoveError['code'], message: string): MoveError => ({ code, message });

/** The move kind an action counts as, for the phase's list of allowed kinds. */
export function kindOf(c: CompiledScenario, action: Action): MoveKind | null {
  if (action.type === 'move') return c.moves.get(action.move)?.kind ?? null;
  return action.type;
}

export const currentPhase = (s: Scenario, state: GameState) => s.phases[Math.min(state.phase, s.phases.length - 1)];

const isAgreed = (state: GameState, issue: string) => state.agreed.some((a) => a.issue === issue);

/** Negotiable issues not yet agreed (unilateral issues are declared, never agreed). */
export const openIssues = (s: Scenario, state: GameState): string[] => compile(s).negotiable.filter((id) => !isAgreed(state, id));

export const requiredAgreed = (c: CompiledScenario, state: GameState): boolean => c.required.every((id) => isAgreed(state, id));

/** A reason the package cannot be put on the table, or null. */
function packageProblem(c: CompiledScenario, state: GameState, pkg: Package): MoveError | null {
  const entries = Object.entries(pkg);
  if (entries.length === 0) return fail('bad-package', 'a proposal must cover at least one issue');
  for (const [issue, option] of entries) {
    const options = c.options.get(issue);
    if (!options) return fail('bad-package', `unknown issue "${issue}"`);
    if (!options.has(option)) return fail('bad-package', `"${option}" is not an option of issue "${issue}"`);
    if (!holds(options.get(option)?.when, state.world)) return fail('bad-package', `"${option}" does not exist in the world this round opened in`);
    if (isAgreed(state, issue)) return fail('closed-issue', `issue "${issue}" is already agreed`);
    if (c.issues.get(issue)?.decidedBy) return fail('bad-package', `issue "${issue}" is declared unilaterally, not proposed`);
  }
  for (const [a, b] of state.links) {
    const hasA = a in pkg;
    const hasB = b in pkg;
    if (hasA !== hasB && !isAgreed(state, hasA ? b : a)) {
      return fail('linked', `issues "${a}" and "${b}" are linked: propose them together`);
    }
  }
  return null;
}

const hasLink = (state: GameState, [a, b]: readonly [string, string]) =>
  state.links.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** Whether a scenario move may be played now by its side (ignoring turn and phase). */
export function moveProblem(c: CompiledScenario, state: GameState, move: Move): MoveError | null {
  if (move.phases && !move.phases.includes(currentPhase(c.s, state)?.id ?? '')) {
    return fail('not-in-phase', `"${move.id}" cannot be played in this phase`);
  }
  if ((move.once ?? move.kind === 'appeal') && state.used.includes(move.id)) return fail('used', `"${move.id}" has already been played`);
  if (!holds(move.when, state.world)) return fail('not-available', `"${move.id}" does not apply in this world`);
  switch (move.kind) {
    case 'position':
      return move.issue !== undefined && isAgreed(state, move.issue) ? fail('closed-issue', `issue "${move.issue}" is already agreed`) : null;
    case 'propose':
      return packageProblem(c, state, move.package ?? {});
    case 'link':
      return move.issues && hasLink(state, move.issues) ? fail('not-available', 'those issues are already linked') : null;
    case 'unlink':
      return move.issues && !hasLink(state, move.issues) ? fail('not-available', 'those issues are not linked') : null;
    case 'appeal':
      return null;
  }
}

/** The next option a side would fall back to on an issue: the next lower value to itself. */
export function concessionStep(state: GameState, side: SideId, issue: string): string | null {
  const values = state.minds[side].values[issue];
  if (!values) return null;
  const current = state.stances[side][issue];
  if (current === undefined) return null;
  const here = values[current] ?? 0;
  let best: string | null = null;
  let bestValue = -Infinity;
  for (const [option, v] of Object.entries(values)) {
    if (v < here && v > bestValue) {
      best = option;
      bestValue = v;
    }
  }
  return best;
}

/** Why an action is illegal now, or null if it may be taken. */
export function checkAction(s: Scenario, state: GameState, action: Action): MoveError | null {
  const c = compile(s);
  if (state.status !== 'negotiating') return fail('finished', 'the round is over');
  if (typeof action !== 'object' || action === null) return fail('malformed', 'an action must be an object');
  if (action.side !== 'japan' && action.side !== 'russia') return fail('malformed', 'side must be "japan" or "russia"');
  if (action.side !== state.turn) return fail('not-your-turn', `it is ${state.turn}'s turn`);
  const kind = kindOf(c, action);
  if (kind === null) return fail('unknown-move', `unknown move "${action.type === 'move' ? action.move : action.type}"`);
  const phase = currentPhase(s, state);
  if (!phase?.kinds.includes(kind)) return fail('not-in-phase', `${kind} is not allowed in phase "${phase?.id ?? ''}"`);
  switch (action.type) {
    case 'move': {
      const move = c.moves.get(action.move);
      if (!move) return fail('unknown-move', `unknown move "${action.move}"`);
      if (move.side !== action.side) return fail('wrong-side', `"${move.id}" is a ${move.side} move`);
      return moveProblem(c, state, move);
    }
    case 'propose':
      return typeof action.package === 'object' && action.package !== null
        ? packageProblem(c, state, action.package)
        : fail('malformed', 'a proposal needs a package');
    case 'concede':
      if (!c.issues.has(action.issue)) return fail('bad-package', `unknown issue "${action.issue}"`);
      if (isAgreed(state, action.issue)) return fail('closed-issue', `issue "${action.issue}" is already agreed`);
      if (c.issues.get(action.issue)?.decidedBy) return fail('not-available', `issue "${action.issue}" is declared, not negotiated: state a position instead`);
      return concessionStep(state, action.side, action.issue) === null
        ? fail('nothing-to-concede', `no position on "${action.issue}" to concede from`)
        : null;
    case 'accept':
      if (!state.pending) return fail('nothing-pending', 'there is no proposal on the table');
      if (state.pending.from === action.side) return fail('own-offer', 'you cannot accept your own proposal');
      return packageProblem(c, state, state.pending.package);
    case 'sign':
      if (state.signed.includes(action.side)) return fail('cannot-sign', 'you have already signed');
      if (!requiredAgreed(c, state)) return fail('cannot-sign', 'required clauses are still open');
      if (state.agreed.length === 0) return fail('cannot-sign', 'the document is empty');
      return null;
    case 'consult':
    case 'walk-out':
      return null;
    default:
      return fail('malformed', 'unknown action type');
  }
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** The next state under construction: a shallow copy whose fields are replaced, never mutated in place. */
type Draft = { -readonly [K in keyof GameState]: GameState[K] };

/** Apply an effect: meters move; valuations, floors and reservations shift. */
function applyEffect(d: Draft, effect: Effect | undefined): void {
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
      mind.values = { ...mind.values, [v.issue]: issueValues };
    }
    for (const f of effect.floors ?? []) {
      const mind = next[f.side];
      mind.floors = { ...mind.floors, [f.issue]: clamp((mind.floors[f.issue] ?? 0) + f.delta) };
    }
    for (const side of ['japan', 'russia'] as const) {
      const delta = effect.reservation?.[side];
      if (delta !== undefined) next[side].reservation = clamp(next[side].reservation + delta);
    }
    d.minds = next;
  }
}

/** The generic line a side speaks for a kind, chosen by the seeded RNG among those that apply (or, where none does, among all of that kind). */
function pickLine(c: CompiledScenario, d: Draft, side: SideId, kind: Line['kind']): Line | undefined {
  const all = c.linesFor.get(`${side}:${kind}`) ?? [];
  const fitting = all.filter((l) => holds(l.when, d.world));
  // A world no line of this kind was written for still hears one.
  const candidates = fitting.length > 0 ? fitting : all;
  if (candidates.length <= 1) return candidates[0];
  const r = nextRandom(d.rng);
  d.rng = r.state;
  return candidates[Math.floor(r.value * candidates.length)];
}

function setStances(d: Draft, side: SideId, pkg: Package): void {
  d.stances = { ...d.stances, [side]: { ...d.stances[side], ...pkg } };
}

/** Fire the outside events due now, in scenario order. */
function fireEvents(s: Scenario, d: Draft): void {
  const phase = s.phases[Math.min(d.phase, s.phases.length - 1)];
  for (const e of s.events) {
    if (e.phase !== phase?.id || e.after > d.phaseMoves || d.fired.includes(e.id) || !holds(e.when, d.world)) continue;
    applyEffect(d, e.effects);
    d.fired = [...d.fired, e.id];
    d.log = [...d.log, { n: d.log.length, kind: 'event', event: e.id }];
  }
}

/** Close the round when it is over: both signatures conclude it; running out of time ends it without a document. */
function settle(c: CompiledScenario, d: Draft): void {
  if (d.status !== 'negotiating') return;
  if (d.signed.length === 2) {
    d.status = 'concluded';
    d.endedBy = { reason: 'signed' };
  } else if (d.phase >= c.s.phases.length) {
    // Time ran out before both signed: no document, whatever was agreed on the way.
    d.status = 'breakdown';
    d.endedBy = { reason: 'time' };
  }
}

/** Count the move against the phase; open the next phase (and its events) when this one is spent. */
function advanceClock(c: CompiledScenario, d: Draft, mover: SideId): void {
  const s = c.s;
  d.moveCount += 1;
  d.phaseMoves += 1;
  d.turn = other(mover);
  const phase = s.phases[d.phase];
  // A phase is spent when its moves are used up, or when every clause is agreed and it has no signing in it.
  const settled = d.agreed.length === c.negotiable.length && !!phase && !phase.kinds.includes('sign');
  if (phase && (d.phaseMoves >= phase.turns || settled)) {
    d.phase += 1;
    d.phaseMoves = 0;
    const upcoming = s.phases[d.phase];
    if (upcoming) {
      d.turn = upcoming.opens;
      d.log = [...d.log, { n: d.log.length, kind: 'phase', phase: upcoming.id }];
    }
  }
  settle(c, d);
  if (d.status === 'negotiating') fireEvents(s, d);
}

/** The state at the start of the first phase (its events fired). */
export function openRound(s: Scenario, state: GameState): GameState {
  const d: Draft = { ...state };
  const first = s.phases[0];
  if (first) {
    d.turn = first.opens;
    d.log = [{ n: 0, kind: 'phase', phase: first.id }];
  }
  fireEvents(s, d);
  return d;
}

/**
 * Apply a legal action (check it with `checkAction` first). Returns the next
 * state; the input is never modified.
 */
export function applyAction(s: Scenario, state: GameState, action: Action): GameState {
  const c = compile(s);
  const side = action.side;
  const d: Draft = { ...state };
  let entry: { move?: string; issue?: string; option?: string; package?: Package; line?: string } = {};
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
      applyEffect(d, move.effects);
      if (move.once ?? move.kind === 'appeal') d.used = [...d.used, move.id];
      if (move.kind === 'position' && move.issue !== undefined && move.option !== undefined) {
        setStances(d, side, { [move.issue]: move.option });
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
      setStances(d, side, { [action.issue]: option });
      dropRejected();
      entry = { ...entry, issue: action.issue, option };
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
      d.status = 'breakdown';
      d.endedBy = { reason: 'walk-out', side };
      d.pending = null;
      break;
  }
  d.log = [...d.log, { n: d.log.length, kind: 'action', side, action: action.type, ...entry, meters: d.meters }];
  if (d.status === 'negotiating') advanceClock(c, d, side);
  return d;
}
