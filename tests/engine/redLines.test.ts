// Red lines are rules, not prose: each is tied to the clauses that cross it
// (validated against the agenda), the real documents cross none, a move that
// crosses one is marked for the side that would make it (and only in its own
// view), and the computer never crosses its own whatever the student does.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newGame, step } from '../../src/engine/game';
import type { Action } from '../../src/engine/model/state';
import { loadScenario } from '../../src/engine/scenario/load';
import { randomPolicy } from '../../src/engine/sim/policies';
import { makeRandom } from '../../src/engine/rng/rng';
import { decide } from '../../src/engine/counterpart/negotiator';
import { actionCrossings, crossings } from '../../src/engine/stakes/redLines';
import { tableView } from '../../src/engine/view/viewModel';
import { loadRound, scenarioFiles, sharedData, sourceLibrary } from '../../src/node/files';
import { readFileSync } from 'node:fs';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

describe('red lines in the round files', () => {
  it.each(rounds)('round %s: every red line of both briefs is tied, and the real record crosses none', (id) => {
    const s = loadRound(id);
    for (const side of ['japan', 'russia'] as const) {
      for (const r of s.sides[side].brief.redLines) expect((r.forbids ?? []).length > 0 || r.unmatched !== undefined, r.text.en).toBe(true);
      const record = Object.fromEntries(s.record.clauses.filter((c) => c.agreed).map((c) => [c.issue, c.option]));
      if (s.record.outcome === 'concluded') expect(crossings(s, side, record)).toEqual([]);
    }
  });

  it('a red line naming an option the agenda lacks is an error that names the file and the path', () => {
    const file = 'tests/fixtures/scenarios/valid-minimal.yaml';
    const text = readFileSync(file, 'utf8').replace('forbids: [{ islands: four-islands }]', 'forbids: [{ islands: five-islands }]');
    const r = loadScenario(file, text, { sources: sourceLibrary(), shared: sharedData() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.error.find((x) => x.message.includes('five-islands'));
    expect(e?.path).toBe('sides.russia.brief.redLines[0].forbids[0].islands');
    expect(e?.message).toContain('"five-islands" is not an option of issue "islands"');
    expect(e?.line).toBeGreaterThan(1);
  });

  it('a red line given as plain text in the historical brief is an error', () => {
    const file = 'tests/fixtures/scenarios/valid-minimal.yaml';
    const text = readFileSync(file, 'utf8').replace('- { text: "No talk of Kunashir or Iturup.", forbids: [{ islands: four-islands }] }', '- "No talk of Kunashir or Iturup."');
    const r = loadScenario(file, text, { sources: sourceLibrary(), shared: sharedData() });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.message).join('\n')).toContain('red line 1 of russia is not tied');
  });
});

describe('crossing a red line', () => {
  it('2000: Mori’s Kawana proposal, accepted by Russia, is marked with Moscow’s red line in Russia’s view only', () => {
    const s = loadRound('2000');
    let state = newGame(s, { seed: 1, seats: { japan: 'human', russia: 'human' } });
    // Each side consults until Japan may table the Kawana line, then Japan tables it.
    for (let i = 0; i < 40 && state.status === 'negotiating'; i++) {
      const propose: Action = { type: 'propose', side: 'japan', package: { border: 'kawana-line' } };
      let r = state.turn === 'japan' ? step(s, state, propose) : step(s, state, { type: 'consult', side: 'russia' });
      if (!r.ok) r = step(s, state, { type: 'consult', side: state.turn });
      if (!r.ok) throw new Error(r.error.message);
      state = r.value;
      if (state.pending?.from === 'japan' && state.turn === 'russia') break;
    }
    expect(state.pending?.package.border).toBe('kawana-line');
    const crossed = actionCrossings(s, state, { type: 'accept', side: 'russia' }).map((x) => x.redLine.text.en);
    expect(crossed.join(' ')).toContain('No border between Iturup and Urup');
    const accept = tableView(s, state, 'russia').choices.find((c) => c.kind === 'accept');
    expect(accept?.crosses).toEqual(crossed);
    expect(JSON.stringify(tableView(s, state, 'japan'))).not.toContain('No border between Iturup and Urup');
  });

  it.each(rounds)('round %s: the computer never crosses its own red lines, whatever the other side does', (id) => {
    const s = loadRound(id);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const human = seed % 2 === 0 ? 'japan' : 'russia';
      let state = newGame(s, { seed, seats: { japan: human === 'japan' ? 'human' : 'computer', russia: human === 'russia' ? 'human' : 'computer' } });
      const random = makeRandom(`red-lines:${seed}`);
      for (let i = 0; i < 300 && state.status === 'negotiating'; i++) {
        const mine = state.turn !== human;
        const action = mine ? decide(s, state, state.turn) : randomPolicy(s, state, random);
        if (mine) expect(actionCrossings(s, state, action), `${id} seed ${seed} move ${i}: ${JSON.stringify(action)}`).toEqual([]);
        const r = step(s, state, action);
        state = r.ok ? r.value : state;
        if (!r.ok) break;
      }
    }
  });
});
