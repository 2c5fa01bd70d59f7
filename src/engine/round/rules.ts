/**
 * The legality rules of a negotiation round, as pure functions over
 * plain-JSON state: which actions are legal now (`checkAction`), what a move
 * or package may be, and the next concession step. The round's machine calls
 * `checkAction` as its `legal` guard; nothing here knows which round it is.
 */
import { compile, type CompiledScenario } from '../model/compiled';
import type { Action, GameState, MoveError, Package } from '../model/state';
import { holds } from '../model/world';
import type { Move, MoveKind, Scenario, SideId } from '../model/types';

const fail = (code: MoveError['code'], message: string): MoveError => ({ code, message });

/** The move kind an action counts as, for the phase's list of allowed kinds. */
export function kindOf(c: CompiledScenario, action: Action): MoveKind | null {
  if (action.type === 'move') return c.moves.get(action.move)?.kind ?? null;
  return action.type;
}

/** The phase the round is in (the machine keeps `phase` on the last one when time runs out). */
export const currentPhase = (s: Scenario, state: GameState) => s.phases[state.phase];

export const isAgreed = (state: GameState, issue: string) => state.agreed.some((a) => a.issue === issue);

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
  if (move.once === true && state.used.includes(move.id)) return fail('used', `"${move.id}" has already been played`);
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
  if (!phase || c.phaseKinds[state.phase]?.has(kind) !== true) return fail('not-in-phase', `${kind} is not allowed in phase "${phase?.id ?? ''}"`);
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
