/**
 * The student's own round, kept while a shared one is open. A share link or a
 * save file replaces the autosave only after the student agrees, and then the
 * round it replaces is first copied to `kuril.autosave.kept`, from where the
 * menu offers it back (Resume it puts it back in the autosave; the shared
 * round becomes the previous save). Nothing here throws: storage faults come
 * back as a status.
 */
import { parseSave, type Save } from '../engine/log/save';
import { attempt, AUTOSAVE, PREVIOUS, read, type StorageStatus } from './autosave';

export const KEPT = 'kuril.autosave.kept';

/** Two saves of the same play (the same rounds, seed and seats), whatever their moves. */
const samePlay = (a: Save, b: Save): boolean => a.kind === b.kind && a.seed === b.seed && a.order.join() === b.order.join() && a.seats.japan === b.seats.japan && a.seats.russia === b.seats.russia;

const readSlot = (key: string): Save | null => {
  const text = read(key);
  if (text === null) return null;
  const r = parseSave(text);
  return r.ok ? r.value : null;
};

/** The round kept aside, if any (a damaged one reads as none and is left where it is). */
export const keptRound = (): Save | null => readSlot(KEPT);

/** What opening `incoming` would put aside: the student's autosaved round when it is another play, and the kept round that would be replaced. */
export function wouldReplace(incoming: Save): { own: Save; replacesKept: Save | null } | null {
  const own = readSlot(AUTOSAVE);
  if (!own || samePlay(own, incoming)) return null;
  const kept = keptRound();
  return { own, replacesKept: kept && !samePlay(kept, own) ? kept : null };
}

/** Copy the autosaved round to the kept slot (before a shared round takes its place). */
export function keepOwnRound(): StorageStatus {
  const text = read(AUTOSAVE);
  return text === null ? 'saved' : attempt((s) => s.setItem(KEPT, text));
}

/** Put the kept round back in the autosave (the round there becomes the previous save) and empty the slot. */
export function restoreKept(): StorageStatus {
  const text = read(KEPT);
  if (text === null) return 'saved';
  return attempt((s) => {
    const now = s.getItem(AUTOSAVE);
    if (now !== null) s.setItem(PREVIOUS, now);
    s.setItem(AUTOSAVE, text);
    s.removeItem(KEPT);
  });
}

export const discardKept = (): StorageStatus => attempt((s) => s.removeItem(KEPT));
