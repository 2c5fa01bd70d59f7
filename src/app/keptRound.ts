/**
 * The student's own round, kept while a shared one is open. A share link or a
 * save file replaces the save in its slot (the single round's or the
 * campaign's, slots.ts) only after the student agrees, and then the play it
 * replaces is first copied to `kuril.autosave.kept`, from where the menu
 * offers it back (Resume it puts it back in its slot; the shared play there
 * becomes the previous save). Nothing here throws: storage faults come back
 * as a status.
 */
import type { Save } from '../engine/log/save';
import { attempt, read, type StorageStatus } from './autosave';
import { roundCode } from './lazy';
import { slotOf, type Slot } from './slots';

export const KEPT = 'kuril.autosave.kept';

/** Two saves of the same play (the same rounds, seed and seats), whatever their moves. */
export const samePlay = (a: Save, b: Save): boolean => a.kind === b.kind && a.seed === b.seed && a.order.join() === b.order.join() && a.seats.japan === b.seats.japan && a.seats.russia === b.seats.russia;

export const readSlot = (key: string): Save | null => {
  const text = read(key);
  if (text === null) return null;
  const r = roundCode().parseSave(text);
  return r.ok ? r.value : null;
};

/** The round kept aside, if any (a damaged one reads as none and is left where it is). */
export const keptRound = (): Save | null => readSlot(KEPT);

/** What opening `incoming` would put aside: the student's autosaved round when it is another play, and the kept round that would be replaced. */
export function wouldReplace(incoming: Save): { own: Save; replacesKept: Save | null } | null {
  const own = readSlot(slotOf(incoming).key);
  if (!own || samePlay(own, incoming)) return null;
  const kept = keptRound();
  return { own, replacesKept: kept && !samePlay(kept, own) ? kept : null };
}

/** Copy the play saved in `slot` to the kept slot (before a shared play takes its place). */
export function keepOwnRound(slot: Slot): StorageStatus {
  const text = read(slot.key);
  return text === null ? 'saved' : attempt((s) => s.setItem(KEPT, text));
}

/** Put the kept play back in its slot (the play there becomes the previous save) and empty the kept slot. */
export function restoreKept(): StorageStatus {
  const text = read(KEPT);
  const kept = keptRound();
  if (text === null || !kept) return 'saved';
  const slot = slotOf(kept);
  return attempt((s) => {
    const now = s.getItem(slot.key);
    if (now !== null) s.setItem(slot.previous, now);
    s.setItem(slot.key, text);
    s.removeItem(KEPT);
  });
}

export const discardKept = (): StorageStatus => attempt((s) => s.removeItem(KEPT));
