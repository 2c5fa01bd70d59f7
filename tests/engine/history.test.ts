// Each side's historical move sequence, played move by move against the
// computer, must be legal at every step and end in the real record: this is
// how the scenario data is calibrated. Computer against computer lands there too.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/engine/counterpart/negotiator';
import { newGame, step } from '../../src/engine/game';
import { outcomeOf } from '../../src/engine/model/outcome';
import type { GameState } from '../../src/engine/model/state';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { historicalAction } from '../../src/engine/sim/policies';
import { loadRound, scenarioFiles } from '../../src/node/files';
import { basename } from 'node:path';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

function playHistory(s: Scenario, side: SideId | null): GameState {
  let state = newGame(s, { seed: 7, seats: { japan: side === 'japan' ? 'human' : 'computer', russia: side === 'russia' ? 'human' : 'computer' } });
  let index = 0;
  for (let guard = 0; guard < 300 && state.status === 'negotiating'; guard++) {
    const scripted = state.turn === side;
    const entry = scripted ? s.history[state.turn][index] : undefined;
    if (scripted && !entry) throw new Error(`${side}'s historical sequence ran out after ${index} moves while the round was still open`);
    const action = entry ? historicalAction(state.turn, entry) : decide(s, state, state.turn);
    const r = step(s, state, action);
    if (!r.ok) throw new Error(`historical move ${index + 1} of ${side} (${JSON.stringify(action)}) is illegal: ${r.error.message}`);
    if (scripted) index++;
    state = r.value;
  }
  if (side && index !== s.history[side].length) throw new Error(`only ${index} of ${s.history[side].length} historical moves were played`);
  return state;
}

describe.each(rounds)('round %s: the historical path', (round) => {
  const s = loadRound(round);
  it.each(['japan', 'russia', null] as const)('playing %s from history reproduces the record', (side) => {
    const state = playHistory(s, side);
    const o = outcomeOf(s, state);
    expect(o.status).toBe(s.record.outcome);
    expect(o.clauses.map((c) => [c.issue, c.comparison])).toEqual(s.record.clauses.map((c) => [c.issue, 'same']));
    expect(o.distance).toBe(0);
  });
});
