/**
 * Opening a save (a file, a share link, the autosave): its rounds loaded and
 * its play replayed before anything is shown. A save that cannot be opened is
 * reported on the menu, never silently dropped; a damaged autosave is set
 * aside. Part of the round's code (roundCode.ts), loaded after the menu is up.
 */
import { playOf, versionChanges, type Save } from '../engine/log/save';
import type { Catalog } from '../engine/scenario/catalog';
import type { Incoming } from './appMachine';
import { setAside } from './autosave';
import { entryOf, loadRounds, type Entry } from './entry';
import { SaveProblem } from './failures';
import { slotOf } from './slots';

/** A save that cannot be opened, as notices for the menu (an autosave is set aside first). */
function problem(save: Save, from: Incoming['from'], message: string): SaveProblem {
  return new SaveProblem(from === 'autosave' ? setAside(slotOf(save), message).problems : [message]);
}

/** Load a save's rounds and replay it to where it stands (the table, or the outcome if the round had ended). */
export async function openSave(catalog: Catalog, { save, from }: Incoming): Promise<Entry> {
  const missing = save.order.find((id) => !catalog.rounds.some((r) => r.id === id));
  if (missing !== undefined) throw problem(save, from, `${from}: this save is for round ${missing}, which this version of the game does not have`);
  const loaded = await loadRounds(catalog, save.order);
  const changed = versionChanges(save, loaded.bases);
  // The play goes on under the rounds as they are now: its save records their versions.
  const versions = Object.fromEntries([...loaded.bases.values()].map((b) => [b.id, b.version]));
  const entry = entryOf({ ...playOf(save), versions }, loaded, 'resume', { changed: changed.length > 0 ? changed.join(' ') : null });
  if (!entry.ok) throw problem(save, from, [`${from}: ${entry.error}`, ...changed].join(' '));
  return entry.value;
}
