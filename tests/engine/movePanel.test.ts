// The move panel's view-models. The proposal card must set the other side's
// proposal against the viewer's own draft clause by clause (their option and
// yours, read here straight from the game state), offer the accept and the
// counter that really answer it, and every choice must sit in exactly one
// place (a group or the card). A move made before says how often.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newGame, step } from '../../src/engine/game';
import type { GameState } from '../../src/engine/model/state';
import { makeRandom } from '../../src/engine/rng/rng';
import { randomPolicy } from '../../src/engine/sim/policies';
import { groupChoices, repeatNote, tableView } from '../../src/engine/view/viewModel';
import { loadRound, scenarioFiles } from '../../src/node/files';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

describe.each(rounds)('round %s: the proposal card and the move groups', (round) => {
  const s = loadRound(round);
  it('the card compares each clause of their proposal with your draft, and Accept and Counter answer it', () => {
    let cards = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const random = makeRandom(`panel:${seed}`);
      let state: GameState = newGame(s, { seed, seats: { japan: 'human', russia: 'human' } });
      for (let i = 0; i < 60 && state.status === 'negotiating'; i++) {
        const viewer = state.turn;
        const v = tableView(s, state, viewer);
        const p = v.pending;
        if (state.pending && state.pending.from !== viewer && p) {
          cards++;
          const pkg = state.pending.package;
          const mine = state.stances[viewer];
          for (const [issue, option] of Object.entries(pkg)) {
            const row = p.diff.find((d) => d.issue === issue);
            expect(row?.theirs?.option).toBe(option);
            expect(row?.yours?.option).toBe(mine[issue]);
            expect(row?.same).toBe(mine[issue] === option);
          }
          for (const row of p.diff.filter((d) => !(d.issue in pkg))) {
            expect(row.theirs).toBeNull();
            expect(row.yours?.option).toBe(mine[row.issue]);
          }
          expect(p.differs).toBe(p.diff.filter((d) => d.theirs?.option !== d.yours?.option).length);
          // Accept on the card accepts; Counter puts the viewer's draft (or a named text equal to it) on the table.
          const accept = v.choices.find((c) => c.key === p.accept);
          if (accept) {
            const r = step(s, state, accept.action);
            expect(r.ok && r.value.agreed.length).toBe(state.agreed.length + Object.keys(pkg).length);
          }
          const counter = v.choices.find((c) => c.key === p.counter);
          if (counter) {
            const r = step(s, state, counter.action);
            expect(r.ok && r.value.pending?.from).toBe(viewer);
            if (counter.action.type === 'propose' && r.ok) for (const [issue, option] of Object.entries(r.value.pending?.package ?? {})) expect(mine[issue]).toBe(option);
          }
        }
        // Every choice shows exactly once: on the card or in one group.
        const apart = new Set([p?.accept, p?.counter].filter((k): k is string => typeof k === 'string'));
        const shown = [...groupChoices(v.choices, apart).flatMap((g) => g.choices.map((c) => c.key)), ...apart];
        expect(shown.sort()).toEqual(v.choices.map((c) => c.key).sort());
        const r = step(s, state, randomPolicy(s, state, random));
        if (!r.ok) break;
        state = r.value;
      }
    }
    expect(cards).toBeGreaterThan(0);
  });
});

describe('a move made before', () => {
  it('counts how often the side made the same move, and says so on the button', () => {
    const s = loadRound('1956');
    let state: GameState = newGame(s, { seed: 3, seats: { japan: 'human', russia: 'human' } });
    const consult = () => tableView(s, state, state.turn).choices.find((c) => c.action.type === 'consult');
    expect(consult()?.repeats).toBe(0);
    for (let i = 0; i < 4; i++) {
      const c = consult();
      if (!c) throw new Error('no consult choice');
      const r = step(s, state, c.action);
      if (!r.ok) throw new Error(r.error.message);
      state = r.value;
    }
    expect(consult()?.repeats).toBe(2);
    expect(repeatNote(0)).toBeNull();
    expect(repeatNote(1)).toBe('You made this move once already');
    expect(repeatNote(2)).toBe('You made this move twice already');
    expect(repeatNote(4)).toBe('You made this move 4 times already');
    // A scenario move says what is left of its weight, as the rules weaken it.
    expect(repeatNote(1, true)).toBe('You made this move once already: made again it carries half its weight');
    expect(repeatNote(2, true)).toBe('You made this move twice already: made again it carries a quarter of its weight');
    expect(repeatNote(3, true)).toBe('You made this move 3 times already: made again it carries no weight');
  });
});
