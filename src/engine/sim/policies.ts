/**
 * Player policies for the outcome explorer and the tests: scripted ways to
 * play one seat against the computer. Each is a pure function of the scenario,
 * the state and its own seeded random source.
 */
import { decide } from '../counterpart/negotiator';
import { legalActions } from '../game';
import { checkAction } from '../round/rules';
import type { Action, GameState } from '../model/state';
import type { HistoricalAction, Scenario, SideId } from '../model/types';

export type Policy = (s: Scenario, state: GameState, random: () => number) => Action;

/** The action a historical entry stands for. */
export function historicalAction(side: SideId, h: HistoricalAction): Action {
  if ('move' in h) return { type: 'move', side, move: h.move };
  if ('concede' in h) return { type: 'concede', side, issue: h.concede };
  return { type: h.do, side };
}

/** How many actions `side` has taken so far in this round. */
export const actionsTaken = (state: GameState, side: SideId): number =>
  state.log.filter((e) => e.kind === 'action' && e.side === side).length;

/**
 * Play the side's historical sequence. With `noise` > 0 each step is, with that
 * probability, replaced by a random legal action; when the next historical
 * action is not legal, the computer's own choice stands in.
 */
export const historical =
  (noise = 0): Policy =>
  (s, state, random) => {
    const side = state.turn;
    const list = s.history[side];
    const next = list[actionsTaken(state, side)];
    if (noise > 0 && random() < noise) return randomAction(s, state, random);
    if (next) {
      const a = historicalAction(side, next);
      if (checkAction(s, state, a) === null) return a;
    }
    return decide(s, state, side);
  };

function randomAction(s: Scenario, state: GameState, random: () => number): Action {
  const options = legalActions(s, state).filter((a) => a.type !== 'walk-out' || random() < 0.1);
  return options[Math.floor(random() * options.length)] ?? { type: 'consult', side: state.turn };
}

/** Any legal action, uniformly (walking out is rarer). */
export const randomPolicy: Policy = (s, state, random) => randomAction(s, state, random);

/** Never gives ground: states its best positions, proposes them, accepts only what the computer itself would. */
export const hardLine: Policy = (s, state) => {
  const side = state.turn;
  const actions = legalActions(s, state);
  const pending = state.pending && state.pending.from !== side ? state.pending : null;
  if (pending && state.minds[side] && s.agenda.length > 0) {
    const allBest = Object.entries(pending.package).every(([issue, option]) => {
      const values = state.minds[side].values[issue] ?? {};
      return (values[option] ?? 0) >= Math.max(...Object.values(values));
    });
    if (allBest) return { type: 'accept', side };
  }
  const sign = actions.find((a) => a.type === 'sign');
  if (sign && state.signed.length > 0) return sign;
  const best = actions
    .filter((a) => a.type === 'move' || a.type === 'propose')
    .sort((a, b) => ownWorth(s, state, b) - ownWorth(s, state, a))[0];
  return best ?? actions.find((a) => a.type === 'consult') ?? { type: 'consult', side };
};

function ownWorth(s: Scenario, state: GameState, a: Action): number {
  const side = state.turn;
  const mind = state.minds[side];
  const pkg =
    a.type === 'propose'
      ? a.package
      : a.type === 'move'
        ? (() => {
            const m = s.moves.find((x) => x.id === a.move);
            if (!m) return {};
            if (m.kind === 'position' && m.issue !== undefined && m.option !== undefined) return { [m.issue]: m.option };
            return m.package ?? {};
          })()
        : {};
  const entries = Object.entries(pkg);
  if (entries.length === 0) return 0;
  return entries.reduce((n, [issue, option]) => n + (mind.values[issue]?.[option] ?? 0), 0) / entries.length;
}

/** Gives ground quickly: accepts what is offered, concedes where it can, signs. */
export const conciliatory: Policy = (s, state) => {
  const side = state.turn;
  const actions = legalActions(s, state);
  const pick = (type: Action['type']) => actions.find((a) => a.type === type);
  return pick('accept') ?? pick('sign') ?? pick('concede') ?? decide(s, state, side);
};

/** The computer negotiator plays this seat too. */
export const computer: Policy = (s, state) => decide(s, state, state.turn);

export const POLICIES: Readonly<Record<string, (noise: number) => Policy>> = {
  historical: (noise) => historical(noise),
  'hard-line': () => hardLine,
  conciliatory: () => conciliatory,
  random: () => randomPolicy,
  computer: () => computer,
};
