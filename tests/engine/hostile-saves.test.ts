// Hostile saves and share links: a play may not list a round twice, a
// one-round save names exactly one round, and oversized links are refused
// before anything is fetched or replayed (item 2); damaged links are
// explained in plain words with what to do, and a save's round versions are
// compared with the rounds as loaded (item 11).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, parseSave, SAVE_LIMITS, versionChanges } from '../../src/engine/log/save';
import { ROOT } from '../../src/node/files';

const v2Text = readFileSync(join(ROOT, 'tests/fixtures/saves/v2-campaign-japan.json'), 'utf8');
const v1Text = readFileSync(join(ROOT, 'tests/fixtures/saves/v1-round-1956-japan.json'), 'utf8');
const roundSave = (() => {
  const r = parseSave(v1Text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
})();
const toCode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('item 2: a play lists each round once, a round save exactly one', () => {
  it('an order naming 1956 a thousand times (an 11 KB link) is refused at once', () => {
    const bomb = { ...roundSave, kind: 'campaign', order: Array.from({ length: 1000 }, () => '1956') };
    const code = toCode(bomb);
    expect(code.length).toBeLessThan(20_000);
    const t0 = performance.now();
    const r = decodeShare(code);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    expect(parseSave(JSON.stringify(bomb))).toEqual({ ok: false, error: `save: damaged at order: Too big: expected array to have <=${SAVE_LIMITS.rounds} items` });
  });
  it('a round listed twice, or a round save with two rounds, is damaged', () => {
    const twice = { ...roundSave, kind: 'campaign', order: ['1956', '1960', '1956'] };
    expect(parseSave(JSON.stringify(twice))).toEqual({ ok: false, error: 'save: damaged at order.2: round "1956" is listed twice' });
    const two = { ...roundSave, order: ['1956', '1960'] };
    expect(parseSave(JSON.stringify(two))).toEqual({ ok: false, error: 'save: damaged at order: a one-round save names exactly one round, this one names 2' });
    const stray = { ...roundSave, versions: { ...roundSave.versions, '2000': 1 } };
    expect(parseSave(JSON.stringify(stray))).toEqual({ ok: false, error: 'save: damaged at versions: round "2000" is not in the order' });
  });
  it('round ids, branch counts and moves per round have limits', () => {
    const odd = { ...roundSave, order: ['../../etc'], versions: {} };
    expect(parseSave(JSON.stringify(odd)).ok).toBe(false);
    const many = { ...roundSave, branches: Array.from({ length: SAVE_LIMITS.branches + 1 }, (_, i) => ({ id: `b${i}`, name: `B${i}`, from: null, rounds: [[]] })), current: 'b0' };
    expect(parseSave(JSON.stringify(many)).ok).toBe(false);
    const main = roundSave.branches[0]!;
    const long = { ...roundSave, branches: [{ ...main, rounds: [Array.from({ length: SAVE_LIMITS.actionsPerRound + 1 }, () => ({ type: 'consult', side: 'japan' }))] }] };
    expect(parseSave(JSON.stringify(long)).ok).toBe(false);
    expect(decodeShare('A'.repeat(SAVE_LIMITS.shareCode + 1))).toEqual({ ok: false, error: expect.stringMatching(/^This link is far longer than any share link of this game/) });
  });
  it('the saves the game makes stay within the limits', () => {
    expect(parseSave(v2Text).ok).toBe(true);
    expect(decodeShare(encodeShare(roundSave)).ok).toBe(true);
  });
});

describe('item 11: damaged links in plain words; round versions compared', () => {
  const good = encodeShare(roundSave);
  it.each([
    ['cut short', good.slice(0, 60), /^This share link is damaged or cut short\. Copy the whole link again, or ask for it again\. Your own saved round is untouched\.$/],
    ['a control character inside', toCode('x').slice(0, 0) + Buffer.from('{"format":"kuril-negotiation-save",\u0001}').toString('base64url'), /^This share link is damaged or cut short/],
    ['not base64url', '%%%', /^This share link is damaged: part of it is missing or was changed/],
    ['another game', toCode({ format: 'nope' }), /^This link does not hold a round of this game/],
    ['a newer version', toCode({ format: 'kuril-negotiation-save', version: 9 }), /^This share link was made by a newer version of the game\. Reload the page/],
    ['moves that do not fit', toCode({ ...roundSave, current: 'b9' }), /^This share link is damaged: the moves it holds do not fit together/],
  ])('a link %s says what happened and what to do, without parser jargon', (_what, code, message) => {
    const r = decodeShare(code);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(message);
    expect(r.error).not.toMatch(/position|JSON|base64|token|Unexpected|control character/i);
  });
  it('a save made with another version of a round says so', () => {
    expect(versionChanges(roundSave, new Map([['1956', { version: roundSave.versions['1956']! }]]))).toEqual([]);
    expect(versionChanges({ versions: { '1956': 1, '1960': 3 } }, new Map([['1956', { version: 2 }], ['1960', { version: 3 }]]))).toEqual([
      'This save was made with version 1 of round 1956; the game now has version 2, so the round may have changed since.',
    ]);
  });
});
