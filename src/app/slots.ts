/**
 * The named save slots in browser storage: the campaign and the last single
 * round (against the computer or two students at one screen) are kept apart,
 * so starting a round never replaces the campaign. The single round keeps the
 * key every earlier version used for its one autosave, `kuril.autosave`; a
 * campaign saved there by an earlier version is moved to its own slot the
 * first time the menu reads the slots (a save that cannot be read is left
 * where it is, for the slot's own reading to report).
 */
import type { Save } from '../engine/log/save';
import { roundCode } from './lazy';

export type SlotId = 'round' | 'campaign';

export interface Slot {
  readonly id: SlotId;
  readonly key: string;
  readonly previous: string;
  readonly damaged: string;
  /** How a problem with the slot's save is introduced ("your last autosave: …"). */
  readonly origin: string;
}

const slot = (id: SlotId, key: string, origin: string): Slot => ({ id, key, previous: `${key}.previous`, damaged: `${key}.damaged`, origin });

export const SLOTS: Readonly<Record<SlotId, Slot>> = {
  round: slot('round', 'kuril.autosave', 'your last autosave'),
  campaign: slot('campaign', 'kuril.campaign', 'your campaign’s autosave'),
};

/** The slot a play is saved in. */
export const slotOf = (save: Pick<Save, 'kind'>): Slot => SLOTS[save.kind === 'campaign' ? 'campaign' : 'round'];

/** The storage a migration works on (browser storage, or a map in tests). */
export interface SlotStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Move a campaign that an earlier version autosaved under `kuril.autosave`
 * to the campaign slot, when that slot is empty (its previous save goes with
 * it only if it is a campaign too). Returns whether anything moved; a save
 * that cannot be read stays in place. Copies before removing, so a storage
 * fault part-way leaves the save where it was.
 */
export function migrateSlots(s: SlotStorage): boolean {
  const { round, campaign } = SLOTS;
  const text = s.getItem(round.key);
  if (text === null || s.getItem(campaign.key) !== null) return false;
  const { readSaveText } = roundCode();
  const r = readSaveText(text);
  if (!r.ok || r.value.kind !== 'campaign') return false;
  s.setItem(campaign.key, text);
  const prev = s.getItem(round.previous);
  const prevSave = prev === null ? null : readSaveText(prev);
  s.removeItem(round.key);
  if (prev !== null && prevSave?.ok && prevSave.value.kind === 'campaign') {
    s.setItem(campaign.previous, prev);
    s.removeItem(round.previous);
  } else if (prev !== null && prevSave?.ok) {
    // The single round saved before the campaign becomes the round slot's save again.
    s.setItem(round.key, prev);
    s.removeItem(round.previous);
  }
  return true;
}
