/**
 * Save loading: the autosave (resume, discard, set aside when damaged), save
 * files and share links (#replay=…). A file or link that would replace the
 * student's own autosaved round asks first and keeps that round aside; a save
 * that cannot be replayed is reported on the menu, never silently dropped.
 */
import { decodeShare, parseSave, playOf, versionChanges, type Save } from '../engine/log/save';
import type { Play } from '../engine/campaign/play';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import { confirmOpenScreen } from '../ui/confirmOpen';
import { setAside, writeAutosave, type StorageStatus } from './autosave';
import type { ScreenHost } from './host';
import { describeSave } from './describeSave';
import { keepOwnRound, wouldReplace } from './keptRound';
import { slotOf } from './slots';
import type { LoadedRounds } from './loader';

export type SaveOrigin = 'autosave' | 'file' | 'share link';

/** What save loading needs from the shell. */
export interface SavesShell {
  readonly host: ScreenHost;
  readonly catalog: Catalog | null;
  /** Messages for the menu, shown once. */
  readonly notices: string[];
  showMenu(): void;
  leaveRound(): void;
  load(ids: readonly string[], then: (loaded: LoadedRounds | null) => void): void;
  enterPlay(play: Play, bases: ReadonlyMap<string, Scenario>, sources: SourceLibrary, how: 'resume'): string | null;
}

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

export class SaveLoader {
  constructor(private readonly app: SavesShell) {}

  /** If the page was opened with a share link (#replay=…), replay it and show where it ended. */
  openShareLink(): void {
    const m = /^#replay=(.*)$/.exec(location.hash);
    if (!m || !this.app.catalog) return;
    const r = decodeShare(m[1] ?? '');
    if (!r.ok) return this.toMenu(r.error);
    this.offer(r.value, 'share link', 'a share link');
  }

  async openFile(file: File): Promise<void> {
    const text = await file.text();
    const r = parseSave(text, file.name);
    if (!r.ok) return this.toMenu(r.error);
    this.offer(r.value, 'file', `the save file “${file.name}”`);
  }

  /** A share link or file that would replace the student's own autosaved round asks first; on yes, that round is kept aside (keptRound.ts). */
  private offer(save: Save, from: 'share link' | 'file', what: string, problem: string | null = null): void {
    const replace = wouldReplace(save);
    if (!replace) return this.open(save, from);
    this.app.leaveRound();
    const open = () => {
      const kept = keepOwnRound(slotOf(save));
      if (kept !== 'saved') return this.offer(save, from, what, kept === 'full' ? 'Browser storage is full, so your round cannot be kept aside: export it from its outcome screen or free some space, then try again.' : 'Browser storage refused to keep your round aside, so the shared round was not opened.');
      this.open(save, from);
    };
    const back = () => {
      if (from === 'share link') history.replaceState(null, '', location.pathname + location.search);
      this.app.showMenu();
    };
    const describe = (s: Save) => describeSave(this.app.catalog, s);
    const screen = confirmOpenScreen({ what, incoming: describe(save), own: describe(replace.own), replacesKept: replace.replacesKept ? describe(replace.replacesKept) : null, problem }, open, back);
    this.app.host.mount('confirm', screen, '#confirm-title');
  }

  /** Replay a save (autosave, file or share link) and go to where it stands: the table, or the outcome if the round had ended. */
  open(save: Save, from: SaveOrigin): void {
    const missing = save.order.find((id) => !this.app.catalog?.rounds.some((r) => r.id === id));
    if (missing !== undefined) return this.fail(save, from, `${from}: this save is for round ${missing}, which this version of the game does not have`);
    this.app.load(save.order, (loaded) => {
      if (!loaded) return;
      const changed = versionChanges(save, loaded.bases);
      // The play goes on under the rounds as they are now: its save records their versions.
      const versions = Object.fromEntries([...loaded.bases.values()].map((b) => [b.id, b.version]));
      const problem = this.app.enterPlay({ ...playOf(save), versions }, loaded.bases, loaded.sources, 'resume');
      if (problem) this.fail(save, from, [`${from}: ${problem}`, ...changed].join(' '));
      else this.app.host.banner.set('versions', changed.length > 0 ? changed.join(' ') : null);
    });
  }

  private fail(save: Save, from: SaveOrigin, message: string): void {
    if (from === 'autosave') this.app.notices.push(...setAside(slotOf(save), message).problems);
    else this.app.notices.push(message);
    this.app.showMenu();
  }

  private toMenu(message: string): void {
    this.app.notices.push(message);
    this.app.showMenu();
  }
}
