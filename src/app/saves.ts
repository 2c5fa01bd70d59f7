/**
 * Save loading, as the app machine's actors: reading a save file or the share
 * link (#replay=…), the confirmation before a file or link replaces the
 * student's own autosaved round (which is then kept aside), and the
 * autosave's storage notice. Opening a save is openSave.ts (it replays the
 * play, so it lives in the round's lazily loaded code, roundCode.ts).
 */
import type { Save } from '../engine/log/save';
import type { Catalog } from '../engine/scenario/catalog';
import { confirmOpenScreen } from '../ui/confirmOpen';
import type { AppEvent, Incoming, SaveSource } from './appMachine';
import { SaveProblem } from './failures';
import { writeAutosave, type StorageStatus } from './autosave';
import { describeSave } from './describeSave';
import type { ScreenHost } from './host';
import { keepOwnRound, wouldReplace } from './keptRound';
import { loadRoundCode } from './lazy';
import { slotOf } from './slots';

/** The one notice about storage: shown while saving fails, taken away when it works again. */
export function storageNotice(host: ScreenHost, status: StorageStatus): void {
  host.banner.set(
    'storage',
    status === 'full'
      ? 'This round is not being saved: the browser’s storage for this site is full. If you reload or close the page, the moves since the last save are lost. Export a save file from the outcome screen, or free some space in the browser’s site settings.'
      : status === 'refused'
        ? 'This browser does not let the game save (site data is blocked here, or a private window refuses it): a reload loses the round. Export a save file from the outcome screen to keep it.'
        : null,
  );
}

/** Autosave the play (after every move, in every mode). */
export const autosave = (host: ScreenHost, save: Save): void => storageNotice(host, writeAutosave(save));

const SHARE = /^#replay=(.*)$/;

export const hasShareLink = (): boolean => SHARE.test(location.hash);

/** Read a save file or the page's share link; a SaveProblem says why it cannot be read. */
export async function readSave(source: SaveSource): Promise<Incoming> {
  const { decodeShare, parseSave } = await loadRoundCode();
  if (source === 'link') {
    const r = decodeShare(SHARE.exec(location.hash)?.[1] ?? '');
    if (!r.ok) throw new SaveProblem([r.error]);
    return { save: r.value, from: 'share link', what: 'a share link', problem: null };
  }
  const r = parseSave(await source.file.text(), source.file.name);
  if (!r.ok) throw new SaveProblem([r.error]);
  return { save: r.value, from: 'file', what: `the save file “${source.file.name}”`, problem: null };
}

/** Whether opening the save would put the student's own autosaved round aside (then the machine asks first). */
export const replacesOwn = (incoming: Incoming): boolean => incoming.from !== 'autosave' && wouldReplace(incoming.save) !== null;

/** Ask before a share link or file replaces the student's own round; on yes that round is kept aside (keptRound.ts). */
export function showConfirm(host: ScreenHost, catalog: Catalog | null, incoming: Incoming, send: (e: AppEvent) => void): void {
  const replace = wouldReplace(incoming.save);
  if (!replace) return send({ type: 'kept' });
  const open = () => {
    const kept = keepOwnRound(slotOf(incoming.save));
    if (kept === 'saved') return send({ type: 'kept' });
    send({ type: 'notKept', problem: kept === 'full' ? 'Browser storage is full, so your round cannot be kept aside: export it from its outcome screen or free some space, then try again.' : 'Browser storage refused to keep your round aside, so the shared round was not opened.' });
  };
  const describe = (s: Save) => describeSave(catalog, s);
  const screen = confirmOpenScreen({ what: incoming.what, incoming: describe(incoming.save), own: describe(replace.own), replacesKept: replace.replacesKept ? describe(replace.replacesKept) : null, problem: incoming.problem }, open, () => send({ type: 'cancel' }));
  host.mount('confirm', screen, '#confirm-title');
}

/** The student said no to a share link: take it off the address, so a reload does not ask again. */
export function forgetLink(incoming: Incoming): void {
  if (incoming.from === 'share link') history.replaceState(null, '', location.pathname + location.search);
}
