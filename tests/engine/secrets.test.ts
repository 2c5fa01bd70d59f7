// Secrets: a side's view-model never carries the other side's valuations,
// floors, reservation point, private brief or private replies. Checked two
// ways: the view is unchanged when the other side's secrets change, and no
// secret text appears in it.
import { describe, expect, it } from 'vitest';
import { playComputer, newGame, step } from '../../src/engine/game';
import type { GameState } from '../../src/engine/model/state';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { historical } from '../../src/engine/sim/policies';
import { briefView, tableView } from '../../src/engine/view/viewModel';
import { loadRound } from '../../src/node/files';
import { makeRandom } from '../../src/engine/rng/rng';

const other = (s: SideId): SideId => (s === 'japan' ? 'russia' : 'japan');

function statesAlongHistory(s: Scenario, side: SideId): GameState[] {
  const random = makeRandom(1);
  const policy = historical(0.2);
  let state = playComputer(s, newGame(s, { seed: 4, seats: { japan: side === 'japan' ? 'human' : 'computer', russia: side === 'russia' ? 'human' : 'computer' } }));
  const states = [state];
  while (state.status === 'negotiating') {
    const r = step(s, state, policy(s, state, random));
    state = playComputer(s, r.ok ? r.value : state);
    if (!r.ok) break;
    states.push(state);
  }
  return states;
}

describe.each(['japan', 'russia'] as const)('the %s view-model', (viewer) => {
  const s = loadRound('1956');
  const them = other(viewer);
  const states = statesAlongHistory(s, viewer);
  it('does not change when the other side’s valuations, floors and reservation change', () => {
    for (const state of states) {
      const scrambled: GameState = {
        ...state,
        minds: {
          ...state.minds,
          [them]: {
            values: Object.fromEntries(Object.entries(state.minds[them].values).map(([i, o]) => [i, Object.fromEntries(Object.keys(o).map((k, n) => [k, (n * 37) % 100]))])),
            floors: {},
            reservation: 99,
          },
        },
      };
      expect(tableView(s, scrambled, viewer)).toEqual(tableView(s, state, viewer));
    }
  });
  it('contains none of the other side’s brief, instructions or private replies', () => {
    const theirs = briefView(s, them);
    const secrets = [theirs.instructions, theirs.home, ...theirs.interests, ...theirs.redLines, ...s.lines.filter((l) => l.side === them && l.reply).map((l) => l.reply?.en ?? '')];
    for (const state of states) {
      const text = JSON.stringify(tableView(s, state, viewer));
      for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);
      expect(text).not.toMatch(/"(minds|floors|reservation|values)"/);
    }
  });
  it('shows its own capital’s private reply after consulting', () => {
    const state = newGame(s, { seed: 1, seats: { japan: 'human', russia: 'human' } });
    const first = s.phases[0]?.opens ?? 'japan';
    const r = step(s, state, { type: 'consult', side: first });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const reply = s.lines.find((l) => l.side === first && l.kind === 'consult')?.reply?.en;
    expect(JSON.stringify(tableView(s, r.value, first))).toContain(reply);
    expect(JSON.stringify(tableView(s, r.value, other(first)))).not.toContain(reply);
  });
});
