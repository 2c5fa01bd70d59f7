// The live Session (one XState actor) and the pure `step` run the same
// machine: same results, and an illegal or out-of-turn action through either
// returns an error value and leaves the state as it was.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine/log/canonical';
import { newGame, step } from '../../src/engine/game';
import { Session } from '../../src/engine/session';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound } from '../../src/node/files';

describe('Session and step agree', () => {
  const s = loadRound('1956');
  it('replaying a game through step gives the Session’s final state', () => {
    const r = runNegotiation(s, { seed: 21, side: 'russia', policy: historical(0.3) });
    let state = newGame(s, { seed: 21, seats: { japan: 'computer', russia: 'human' } });
    for (const a of r.actions) {
      const next = step(s, state, a);
      expect(next.ok).toBe(true);
      if (next.ok) state = next.value;
    }
    expect(canonicalJson(state)).toBe(canonicalJson(r.state));
  });
  it('refuses an out-of-turn action with a reason and no change', () => {
    const start = newGame(s, { seed: 1, seats: { japan: 'human', russia: 'human' } });
    const session = new Session(s, start);
    const wrong = start.turn === 'japan' ? 'russia' : 'japan';
    const r = session.dispatch({ type: 'consult', side: wrong });
    expect(r).toEqual({ ok: false, error: { code: 'not-your-turn', message: `it is ${start.turn}'s turn` } });
    expect(session.state).toBe(start);
    const p = step(s, start, { type: 'accept', side: start.turn });
    expect(p).toEqual({ ok: false, error: { code: 'not-in-phase', message: 'accept is not allowed in phase "opening"' } });
  });
});
