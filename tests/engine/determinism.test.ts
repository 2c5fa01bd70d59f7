// Determinism and replay: the same seed and actions give byte-identical
// canonical transcripts in two separate processes; a save (seed + action ids)
// replays to the same state; a save naming a move the scenario no longer has
// says exactly which move.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine/log/canonical';
import { newPlay, replayBranch, type Play } from '../../src/engine/campaign/play';
import { makeSave, parseSave, playOf } from '../../src/engine/log/save';
import type { Action, GameState } from '../../src/engine/model/state';
import type { Scenario } from '../../src/engine/model/types';
import { transcriptLines } from '../../src/engine/log/transcript';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound, ROOT } from '../../src/node/files';

const runInProcess = (seed: number) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'tests/fixtures/transcript-run.ts', '1956', String(seed)], { cwd: ROOT, encoding: 'utf8' });

/** A one-round play holding a finished run's actions. */
const playOfRun = (s: Scenario, state: GameState, actions: readonly Action[]): Play => {
  const p = newPlay('round', [s.id], state.seats, state.seed, { [s.id]: s.version });
  return { ...p, branches: [{ id: 'main', name: 'Main line', from: null, rounds: [actions] }] };
};
const replayOne = (s: Scenario, p: Play) => {
  const r = replayBranch(p, new Map([[s.id, s]]));
  return r.ok ? { ok: true as const, value: r.value[0]!.state } : r;
};

describe('determinism', () => {
  const s = loadRound('1956');
  it('two processes print byte-identical transcripts for the same seed', () => {
    const a = runInProcess(5);
    const b = runInProcess(5);
    expect(a.length).toBeGreaterThan(500);
    expect(a).toBe(b);
    expect(runInProcess(6)).not.toBe(a);
  });
  it('the in-process transcript matches the other process', () => {
    const r = runNegotiation(s, { seed: 5, side: 'japan', policy: historical(0.3) });
    expect(`${transcriptLines(s, r.state).join('\n')}\n`).toBe(runInProcess(5));
  });
  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
  it('a save replays to the same state and survives a JSON round trip', () => {
    const r = runNegotiation(s, { seed: 9, side: 'russia', policy: historical(0.2) });
    const parsed = parseSave(JSON.stringify(makeSave(playOfRun(s, r.state, r.actions))));
    if (!parsed.ok) throw new Error(parsed.error);
    const back = replayOne(s, playOf(parsed.value));
    expect(back.ok).toBe(true);
    if (back.ok) expect(canonicalJson(back.value)).toBe(canonicalJson(r.state));
  });
  it('a replay survives text edits but names the move that no longer exists', () => {
    const r = runNegotiation(s, { seed: 9, side: 'japan', policy: historical(0) });
    const play = playOfRun(s, r.state, r.actions);
    const edited = structuredClone(s);
    for (const m of edited.moves) m.says = { en: `${m.says.en} (edited)` };
    const after = replayOne(edited, play);
    expect(after.ok).toBe(true);
    if (after.ok) expect(canonicalJson(after.value)).toBe(canonicalJson(r.state));
    const removed = structuredClone(s);
    removed.moves = removed.moves.filter((m) => m.id !== 'jp-four-islands');
    const index = r.actions.findIndex((a) => a.type === 'move' && a.move === 'jp-four-islands');
    expect(index).toBeGreaterThanOrEqual(0);
    const result = replayBranch(play, new Map([['1956', removed]]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({ round: '1956', index, message: `round 1956, move ${index + 1} ("jp-four-islands") no longer exists in round 1956 (version 1)` });
    }
  });
});
