/**
 * The autosave in browser storage, in named slots: the last single round
 * under `kuril.autosave` and the campaign under `kuril.campaign` (see
 * slots.ts), each with the save before it under `<key>.previous`. A save that
 * cannot be read is never thrown away silently: it is moved to
 * `<key>.damaged`, the menu says why, and the previous save takes its place
 * if that one is good.
 * Storage may be full or refused (private windows, blocked site data): every
 * write is tried, its failure reported as a value ('full' or 'refused') for
 * the one notice the student sees, and nothing already saved is removed
 * unless its copy was written first.
 */
import type { Save } from '../engine/log/save';
import { roundCode } from './lazy';
import { slotOf, type Slot } from './slots';

/** What became of a write: done, or why not. */
export type StorageStatus = 'saved' | 'full' | 'refused';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const isQuota = (e: unknown): boolean => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/** Run storage operations; a failure becomes 'full' (quota) or 'refused' (anything else). */
export function attempt(run: (s: Storage) => void): StorageStatus {
  const s = storage();
  if (!s) return 'refused';
  try {
    run(s);
    return 'saved';
  } catch (e) {
    return isQuota(e) ? 'full' : 'refused';
  }
}

/** Read a key; storage that refuses reads as empty. */
export function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Whether this page can use storage at all (reading and writing a probe). */
export function storageRefused(): boolean {
  return attempt((s) => {
    s.setItem('kuril.probe', '1');
    s.removeItem('kuril.probe');
  }) === 'refused';
}

/** The text this page last wrote in each slot (known good, no need to parse it again). */
const written = new Map<string, string>();

/**
 * Write the save; the one it replaces becomes the previous save. An autosave
 * that cannot be read is moved to the damaged slot first, never over a good
 * previous save. On failure everything stays as it was before the call.
 */
export function writeAutosave(save: Save, slot: Slot = slotOf(save)): StorageStatus {
  const text = JSON.stringify(save);
  return attempt((s) => {
    const old = s.getItem(slot.key);
    if (old !== null && old !== text) {
      const good = old === written.get(slot.key) || roundCode().parseSave(old).ok;
      s.setItem(good ? slot.previous : slot.damaged, old);
    }
    s.setItem(slot.key, text);
    written.set(slot.key, text);
  });
}

export interface Autosave {
  /** The save to offer, if any is good. */
  readonly save: Save | null;
  /** What was wrong, in words, if the last save could not be read. */
  readonly problems: readonly string[];
}

/** Read a slot; a damaged save is set aside and the previous one offered instead. */
export function readAutosave(slot: Slot): Autosave {
  const text = read(slot.key);
  if (text === null) return { save: null, problems: [] };
  const r = roundCode().parseSave(text, slot.origin);
  if (r.ok) return { save: r.value, problems: [] };
  return setAside(slot, r.error);
}

const fullAside = (slot: Slot) => `Browser storage is full, so it could not be moved aside: it stays where it is (under "${slot.key}"). Free some space for this site in the browser's settings, then reload.`;

/** A slot's save could not be used (unreadable, or its moves no longer replay): keep it aside, fall back to the previous one. Never throws. */
export function setAside(slot: Slot, problem: string): Autosave {
  const text = read(slot.key);
  const { key: AUTOSAVE, previous: PREVIOUS, damaged: DAMAGED } = slot;
  const FULL_ASIDE = fullAside(slot);
  const problems = [problem];
  // Copy first, then remove: if the copy cannot be written, the damaged save stays where it is.
  const moved = text === null ? 'saved' : attempt((s) => {
    s.setItem(DAMAGED, text);
    s.removeItem(AUTOSAVE);
  });
  if (moved === 'refused') return { save: null, problems: [...problems, 'Browser storage refused to set it aside; it is left as it was.'] };
  const prev = read(PREVIOUS);
  if (prev !== null && prev !== text) {
    const p = roundCode().parseSave(prev, 'the previous autosave');
    if (p.ok) {
      // With the damaged one still in place (storage full), the previous save is offered without moving it.
      if (moved === 'saved') attempt((s) => s.setItem(AUTOSAVE, prev));
      problems.push(moved === 'saved' ? `It is kept in browser storage under "${DAMAGED}"; the save before it can be resumed instead.` : `${FULL_ASIDE} The save before it can be resumed instead.`);
      return { save: p.value, problems };
    }
    problems.push(p.error);
  }
  problems.push(moved === 'saved' ? `It is kept in browser storage under "${DAMAGED}".` : FULL_ASIDE);
  return { save: null, problems };
}

/** The player chose to discard the slot's save. */
export function discardAutosave(slot: Slot): StorageStatus {
  written.delete(slot.key);
  return attempt((s) => {
    s.removeItem(slot.key);
    s.removeItem(slot.previous);
  });
}
