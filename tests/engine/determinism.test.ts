// Determinism and replay: the same seed and actions give byte-identical
// canonical transcripts in two separate processes; a save (seed + action ids)
// replays to the same state; a save naming a move the scenario no longer has
// says exactly which move.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine/log/canonical';
import { makeSave, replay, RoundSave } from '../../src/engine/log/save';
import { transcriptLines } from '../../src/engine/log/transcript';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound, ROOT } from '../../src/node/files';

const runInProcess = (seed: number) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'tests/fixtures/transcript-run.ts', '1956', String(seed)], { cwd: ROOT, encoding: 'utf8' });

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
    const save = RoundSave.parse(JSON.parse(JSON.stringify(makeSave(s, r.state, r.actions))));
    const back = replay(s, save);
    expect(back.ok).toBe(true);
    if (back.ok) expect(canonicalJson(back.value)).toBe(canonicalJson(r.state));
  });
  it('a replay survives text edits but names the move that no longer exists', () => {
    const r = runNegotiation(s, { seed: 9, side: 'japan', policy: historical(0) });
    const save = makeSave(s, r.state, r.actions);
    const edited = structuredClone(s);
    for (const m of edited.moves) m.says = { en: `${m.says.en} (edited)` };
    expect(replay(edited, save).ok).toBe(true);
    const removed = structuredClone(s);
    removed.moves = removed.moves.filter((m) => m.id !== 'jp-four-islands');
    const index = save.actions.findIndex((a) => a.type === 'move' && a.move === 'jp-four-islands');
    const result = replay(removed, save);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.index).toBe(index);
      expect(result.error.message).toBe(`move ${index + 1} ("jp-four-islands") no longer exists in round 1956 (version 1)`);
    }
  });
});
