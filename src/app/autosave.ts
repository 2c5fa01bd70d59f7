/**
 * The autosave in browser storage: the last save under `kuril.autosave`, the
 * one before it under `kuril.autosave.previous`. A save that cannot be read
 * is never thrown away silently: it is moved to `kuril.autosave.damaged`, the
 * menu says why, and the previous save takes its place if that one is good.
 */
import { parseSave, type Save } from '../engine/log/save';

export const AUTOSAVE = 'kuril.autosave';
export const PREVIOUS = 'kuril.autosave.previous';
export const DAMAGED = 'kuril.autosave.damaged';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** Write the save; the one it replaces becomes the previous save. */
export function writeAutosave(save: Save): void {
  const s = storage();
  if (!s) return;
  try {
    const old = s.getItem(AUTOSAVE);
    if (old !== null) s.setItem(PREVIOUS, old);
    s.setItem(AUTOSAVE, JSON.stringify(save));
  } catch {
    // Storage full or refused: the round goes on without an autosave.
  }
}

export interface Autosave {
  /** The save to offer, if any is good. */
  readonly save: Save | null;
  /** What was wrong, in words, if the last save could not be read. */
  readonly problems: readonly string[];
}

/** Read the autosave; a damaged one is set aside and the previous one offered instead. */
export function readAutosave(): Autosave {
  const s = storage();
  const text = s?.getItem(AUTOSAVE) ?? null;
  if (!s || text === null) return { save: null, problems: [] };
  const r = parseSave(text, 'your last autosave');
  if (r.ok) return { save: r.value, problems: [] };
  return setAside(r.error);
}

/** The autosave could not be used (unreadable, or its moves no longer replay): keep it aside, fall back to the previous one. */
export function setAside(problem: string): Autosave {
  const s = storage();
  if (!s) return { save: null, problems: [problem] };
  const text = s.getItem(AUTOSAVE);
  if (text !== null) s.setItem(DAMAGED, text);
  s.removeItem(AUTOSAVE);
  const problems = [problem];
  const prev = s.getItem(PREVIOUS);
  if (prev !== null && prev !== text) {
    const p = parseSave(prev, 'the previous autosave');
    if (p.ok) {
      s.setItem(AUTOSAVE, prev);
      problems.push(`It is kept in browser storage under "${DAMAGED}"; the save before it can be resumed instead.`);
      return { save: p.value, problems };
    }
    problems.push(p.error);
  }
  problems.push(`It is kept in browser storage under "${DAMAGED}".`);
  return { save: null, problems };
}

/** The player chose to discard the saved round. */
export function discardAutosave(): void {
  const s = storage();
  s?.removeItem(AUTOSAVE);
  s?.removeItem(PREVIOUS);
}
