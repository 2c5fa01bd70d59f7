// Save files and share codes: a save produced by the shipped code (committed
// as a fixture) still reads and replays; corrupted, foreign and newer files
// get a clear message; share codes round-trip and a damaged one is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, parseSave, replay } from '../../src/engine/log/save';
import { outcomeOf } from '../../src/engine/model/outcome';
import { loadRound, ROOT } from '../../src/node/files';

const fixture = readFileSync(join(ROOT, 'tests/fixtures/saves/v1-round-1956-japan.json'), 'utf8');

describe('saves', () => {
  const s = loadRound('1956');
  it('a version-1 save made by the shipped code replays to a finished round', () => {
    const save = parseSave(fixture);
    expect(save.ok).toBe(true);
    if (!save.ok) return;
    const state = replay(s, save.value);
    expect(state.ok).toBe(true);
    if (state.ok) expect(['concluded', 'breakdown']).toContain(outcomeOf(s, state.value).status);
  });
  it.each([
    ['{"format": "kuril-negotiation-save", "version": 1', 'save: not readable as JSON'],
    ['{"format": "some-other-game", "version": 1}', 'save: not a save of this game (expected "format": "kuril-negotiation-save")'],
    ['[1,2,3]', 'save: not a save of this game'],
    ['{"format": "kuril-negotiation-save", "version": 7}', 'save: made by a newer version of the game (save version 7; this game reads up to 1)'],
  ])('refuses %s', (text, message) => {
    const r = parseSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(message)).toBe(true);
  });
  it('names the damaged field', () => {
    const damaged = JSON.parse(fixture) as { actions: { type: string }[] };
    damaged.actions[2] = { type: 'teleport' };
    const r = parseSave(JSON.stringify(damaged));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^save: damaged at actions\.2\.type: /);
  });
  it('share codes round-trip and damaged codes are refused', () => {
    const save = parseSave(fixture);
    if (!save.ok) throw new Error(save.error);
    const code = encodeShare(save.value);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(code)).toEqual({ ok: true, value: save.value });
    expect(decodeShare('%%%')).toEqual({ ok: false, error: 'share link: the code is damaged (not valid base64url); ask for the link again' });
    const cut = decodeShare(code.slice(0, 40));
    expect(cut.ok).toBe(false);
  });
});
