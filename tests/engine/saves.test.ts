// Save files and share codes: a version-1 save produced by the shipped code
// (committed as a fixture) migrates to version 2 and replays to the same
// state as before; a version-2 campaign save with two branches (also a
// fixture) replays every branch; corrupted, foreign and newer files get a
// clear message naming what and where; share codes round-trip with the
// current branch only, and a damaged one is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayBranch } from '../../src/engine/campaign/play';
import { newGame, step } from '../../src/engine/game';
import { canonicalJson } from '../../src/engine/log/canonical';
import { RoundSaveV1 } from '../../src/engine/log/migrate';
import { decodeShare, encodeShare, makeSave, parseSave, playOf, SAVE_VERSION } from '../../src/engine/log/save';
import type { GameState } from '../../src/engine/model/state';
import { outcomeOf } from '../../src/engine/model/outcome';
import { campaignRounds, loadRound, ROOT } from '../../src/node/files';

const v1Text = readFileSync(join(ROOT, 'tests/fixtures/saves/v1-round-1956-japan.json'), 'utf8');
const v2Text = readFileSync(join(ROOT, 'tests/fixtures/saves/v2-campaign-japan.json'), 'utf8');
const ids = campaignRounds();
const bases = new Map(ids.map((id) => [id, loadRound(id)]));

describe('saves', () => {
  const s = bases.get('1956')!;
  it('a version-1 save made by the shipped code migrates to a one-round play and replays to the state version 1 gave', () => {
    const v1 = RoundSaveV1.parse(JSON.parse(v1Text));
    // What the version-1 code did: the round from its seed and world, then every action in turn.
    let old: GameState = newGame(s, { seed: v1.seed, seats: v1.seats, ...(v1.world ? { world: v1.world } : {}) });
    for (const a of v1.actions) {
      const r = step(s, old, a);
      if (!r.ok) throw new Error(r.error.message);
      old = r.value;
    }
    const save = parseSave(v1Text);
    expect(save.ok).toBe(true);
    if (!save.ok) return;
    expect(save.value.version).toBe(SAVE_VERSION);
    expect(save.value.kind).toBe('round');
    expect(save.value.order).toEqual(['1956']);
    expect(save.value.branches).toEqual([{ id: 'main', name: 'Main line', from: null, rounds: [v1.actions] }]);
    const back = replayBranch(playOf(save.value), bases);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(canonicalJson(back.value[0]?.state)).toBe(canonicalJson(old));
    expect(outcomeOf(s, old).status).toBe('concluded');
  });
  it('a version-2 campaign save replays each of its branches, and saving it again gives the same file', () => {
    const save = parseSave(v2Text);
    if (!save.ok) throw new Error(save.error);
    const play = playOf(save.value);
    expect(play.branches.map((b) => b.id)).toEqual(['main', 'b2']);
    const main = replayBranch(play, bases, 'main');
    const b2 = replayBranch(play, bases, 'b2');
    expect(main.ok && b2.ok).toBe(true);
    if (!main.ok || !b2.ok) return;
    expect(main.value.map((r) => [r.id, r.state.status])).toEqual([
      ['1956', 'concluded'],
      ['1960', 'negotiating'],
    ]);
    expect(b2.value.map((r) => r.id)).toEqual(['1956']);
    // The branch shares the first four actions of the main line, then goes its own way.
    expect(b2.value[0]?.actions.slice(0, 4)).toEqual(main.value[0]?.actions.slice(0, 4));
    expect(`${JSON.stringify(makeSave(play), null, 2)}\n`).toBe(v2Text);
  });
  it.each([
    ['{"format": "kuril-negotiation-save", "version": 1', 'save: not readable as JSON'],
    ['{"format": "some-other-game", "version": 1}', 'save: not a save of this game (expected "format": "kuril-negotiation-save")'],
    ['[1,2,3]', 'save: not a save of this game'],
    ['{"format": "kuril-negotiation-save", "version": 7}', 'save: made by a newer version of the game (save version 7; this game reads up to 2)'],
  ])('refuses %s', (text, message) => {
    const r = parseSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(message)).toBe(true);
  });
  it('names the damaged field, in a version-1 save and in a version-2 save', () => {
    const old = JSON.parse(v1Text) as { actions: { type: string }[] };
    old.actions[2] = { type: 'teleport' };
    const r1 = parseSave(JSON.stringify(old));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error).toMatch(/^save: damaged at actions\.2\.type: /);
    const now = JSON.parse(v2Text) as { branches: { rounds: { type: string }[][] }[] };
    now.branches[1]!.rounds[0]![3] = { type: 'teleport' };
    const r2 = parseSave(JSON.stringify(now), 'kuril-campaign-save.json');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toMatch(/^kuril-campaign-save\.json: damaged at branches\.1\.rounds\.0\.3\.type: /);
  });
  it.each([
    ['the current branch is missing', (d: Record<string, unknown>) => (d.current = 'b9'), 'save: damaged at current: no branch "b9"'],
    ['a branch point names no branch', (d: { branches: { from: unknown }[] }) => (d.branches[1]!.from = { branch: 'nowhere', round: 0, move: 1 }), 'save: damaged at branches.1.from.branch: no branch "nowhere"'],
    ['two branches share an id', (d: { branches: { id: string }[] }) => (d.branches[1]!.id = 'main'), 'save: damaged at branches.1.id: "main" is used twice'],
    ['a branch holds more rounds than the play', (d: { order: string[] }) => (d.order = ['1956']), 'save: damaged at branches.0.rounds: 2 rounds, but the play has only 1'],
  ])('refuses a save whose links are broken: %s', (_what, damage, message) => {
    const d = JSON.parse(v2Text) as never;
    (damage as (x: never) => void)(d);
    expect(parseSave(JSON.stringify(d))).toEqual({ ok: false, error: message });
  });
  it('a move that the round file no longer has is named by round and move', () => {
    const save = parseSave(v2Text);
    if (!save.ok) throw new Error(save.error);
    const play = playOf(save.value);
    const first = play.branches[0]!.rounds[1]!.findIndex((a) => a.type === 'move');
    const gone = play.branches[0]!.rounds[1]![first];
    if (gone?.type !== 'move') throw new Error('the fixture has no 1960 move');
    const edited = structuredClone(bases.get('1960')!);
    edited.moves = edited.moves.filter((m) => m.id !== gone.move);
    const r = replayBranch(play, new Map([...bases, ['1960', edited]]), 'main');
    expect(r).toEqual({ ok: false, error: { round: '1960', index: first, message: `round 1960, move ${first + 1} ("${gone.move}") no longer exists in round 1960 (version ${edited.version})` } });
  });
  it('share codes carry the current branch only, round-trip, and damaged codes are refused', () => {
    const save = parseSave(v2Text);
    if (!save.ok) throw new Error(save.error);
    const code = encodeShare(save.value);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeShare(code);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.branches).toEqual([{ ...save.value.branches.find((b) => b.id === save.value.current), from: null }]);
      expect(back.value.current).toBe(save.value.current);
    }
    expect(decodeShare('%%%')).toEqual({ ok: false, error: 'This share link is damaged: part of it is missing or was changed. Copy the whole link again, or ask for it again. Your own saved round is untouched.' });
    expect(decodeShare(code.slice(0, 40)).ok).toBe(false);
  });
});
