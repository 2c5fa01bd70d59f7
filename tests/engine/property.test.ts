// Property tests: thousands of random action sequences (legal and illegal,
// both seats) never throw, and the invariants hold after every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalActions, newGame, step } from '../../src/engine/game';
import type { Action, GameState } from '../../src/engine/model/state';
import { METER_IDS, type Scenario } from '../../src/engine/model/types';
import { loadRound, scenarioFiles } from '../../src/node/files';
import { basename } from 'node:path';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

/** Every action the round knows of, for both sides, plus a few malformed ones. */
function universe(s: Scenario): Action[] {
  const out: Action[] = [];
  for (const side of ['japan', 'russia'] as const) {
    for (const m of s.moves) out.push({ type: 'move', side, move: m.id });
    for (const i of s.agenda) {
      out.push({ type: 'concede', side, issue: i.id });
      for (const o of i.options) out.push({ type: 'propose', side, package: { [i.id]: o.id } });
    }
    for (const type of ['consult', 'accept', 'sign', 'walk-out'] as const) out.push({ type, side });
    out.push({ type: 'move', side, move: 'no-such-move' });
    out.push({ type: 'propose', side, package: {} });
    out.push({ type: 'propose', side, package: { 'no-such-issue': 'x' } });
  }
  return out;
}

function checkInvariants(s: Scenario, before: GameState, after: GameState): void {
  for (const id of METER_IDS) {
    expect(Number.isInteger(after.meters[id])).toBe(true);
    expect(after.meters[id]).toBeGreaterThanOrEqual(0);
    expect(after.meters[id]).toBeLessThanOrEqual(100);
  }
  // No clause both sides did not agree to: every agreed clause came from an accepted proposal.
  const accepted = new Map<string, string>();
  for (const e of after.log) {
    if (e.kind === 'action' && e.action === 'accept' && e.package) for (const [i, o] of Object.entries(e.package)) accepted.set(i, o);
  }
  for (const a of after.agreed) expect(accepted.get(a.issue)).toBe(a.option);
  expect(new Set(after.agreed.map((a) => a.issue)).size).toBe(after.agreed.length);
  // A signed document has both signatures and every required clause.
  if (after.status === 'concluded' && after.endedBy?.reason === 'signed') {
    expect([...after.signed].sort()).toEqual(['japan', 'russia']);
    for (const i of s.agenda.filter((x) => x.required)) expect(after.agreed.some((a) => a.issue === i.id)).toBe(true);
  }
  expect(after.moveCount).toBeGreaterThanOrEqual(before.moveCount);
  expect(JSON.parse(JSON.stringify(after))).toEqual(after);
}

describe.each(rounds)('round %s: random action sequences', (round) => {
  const s = loadRound(round);
  const all = universe(s);
  it('never throw; illegal actions change nothing; invariants hold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 80 }),
        fc.boolean(),
        (seed, picks, preferLegal) => {
          let state = newGame(s, { seed, seats: { japan: 'human', russia: 'human' } });
          for (const p of picks) {
            const legal = legalActions(s, state);
            const action = preferLegal && legal.length > 0 && p % 3 !== 0 ? legal[p % legal.length]! : all[p % all.length]!;
            const snapshot = JSON.stringify(state);
            const r = step(s, state, action);
            if (!r.ok) {
              expect(JSON.stringify(state)).toBe(snapshot);
              expect(legal.some((a) => JSON.stringify(a) === JSON.stringify(action))).toBe(false);
              continue;
            }
            expect(legal.some((a) => JSON.stringify(a) === JSON.stringify(action)) || action.type === 'propose').toBe(true);
            checkInvariants(s, state, r.value);
            state = r.value;
            if (state.status !== 'negotiating') break;
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
