// Named save slots: the campaign and the last single round are kept apart; a
// campaign saved by an earlier version under the one autosave key moves to
// its own slot, a damaged save is left where it is; the menu names a side as
// it was called in the round's year and knows a finished round from one to resume.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSave } from '../../src/app/describeSave';
import { loadRoundCode } from '../../src/app/lazy';
import { migrateSlots, SLOTS, slotOf } from '../../src/app/slots';
import { parseCatalog } from '../../src/engine/scenario/catalog';
import { SCENARIOS } from '../../src/node/files';
import { playedSave } from './saveFixtures';

const catalog = (() => {
  const r = parseCatalog(readFileSync(join(SCENARIOS, 'index.yaml'), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
})();

// The slots read saves with the round's code, which the game loads before the menu reads a stored save.
beforeAll(() => loadRoundCode(), 30_000);

const storage = (items: Record<string, string>) => {
  const m = new Map(Object.entries(items));
  return { m, s: { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) } };
};

describe('save slots', () => {
  const round = JSON.stringify(playedSave('round', '1956', 'japan', 3));
  const campaign = JSON.stringify(playedSave('campaign', '1956', 'japan', 2));

  it('a campaign and a single round go to different slots', () => {
    expect(slotOf(JSON.parse(campaign) as { kind: 'campaign' }).key).toBe('kuril.campaign');
    expect(slotOf(JSON.parse(round) as { kind: 'round' }).key).toBe('kuril.autosave');
  });

  it('a campaign saved by the previous version under kuril.autosave moves to the campaign slot; the round saved before it comes back', () => {
    const { m, s } = storage({ 'kuril.autosave': campaign, 'kuril.autosave.previous': round });
    expect(migrateSlots(s)).toBe(true);
    expect(m.get(SLOTS.campaign.key)).toBe(campaign);
    expect(m.get(SLOTS.round.key)).toBe(round);
    expect(m.has(SLOTS.round.previous)).toBe(false);
  });

  it('a single round stays; a damaged save is left in place; an occupied campaign slot is not overwritten', () => {
    const kept = storage({ 'kuril.autosave': round });
    expect(migrateSlots(kept.s)).toBe(false);
    expect([...kept.m.keys()]).toEqual(['kuril.autosave']);
    const damaged = storage({ 'kuril.autosave': '{"format": "kuril-negotiation-save", "ver' });
    expect(migrateSlots(damaged.s)).toBe(false);
    expect(damaged.m.get('kuril.autosave')).toBe('{"format": "kuril-negotiation-save", "ver');
    const both = storage({ 'kuril.autosave': campaign, 'kuril.campaign': campaign.replace('"seed":7', '"seed":8') });
    expect(migrateSlots(both.s)).toBe(false);
    expect(both.m.get('kuril.autosave')).toBe(campaign);
  });
});

describe('the menu’s words for a save', () => {
  it('names the side as it was called in the round’s year (regression: 2000 offered “the Soviet Union / Russia”)', () => {
    expect(describeSave(catalog, playedSave('round', '2000', 'russia', 2)).side).toBe('Russia');
    expect(describeSave(catalog, playedSave('round', '1956', 'russia', 2)).side).toBe('the Soviet Union');
    expect(describeSave(catalog, playedSave('round', '2000', 'japan', 2)).side).toBe('Japan');
  });

  it('a round that has ended is not offered to resume; a campaign between rounds still is', () => {
    const save = playedSave('round', '1956', 'japan', 3);
    expect(describeSave(catalog, save, 'ended').ended).toBe(true);
    expect(describeSave(catalog, save, 'playing').ended).toBe(false);
    expect(describeSave(catalog, save).ended).toBe(false);
    expect(describeSave(catalog, playedSave('campaign', '1956', 'japan', 2), 'ended').ended).toBe(false);
  });
});
