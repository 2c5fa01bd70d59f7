/**
 * The menu's part of the shell: what it needs before it can come up (the
 * saved slots, read and migrated; whether each saved round has ended, which
 * takes its replay — the app machine invokes this and drops it if the
 * student moves on first), and the menu screen built from that, its buttons
 * sending the app machine's events.
 */
import type { Save } from '../engine/log/save';
import type { Catalog } from '../engine/scenario/catalog';
import type { MapAsset } from '../map/asset';
import { menuScreen, type MenuChoice, type SlotName } from '../ui/menu';
import type { AppEvent } from './appMachine';
import { askBeforeLosing } from './askBeforeLosing';
import { attempt, discardAutosave, read, readAutosave, storageRefused, type StorageStatus } from './autosave';
import { describeSave, type SaveStatus } from './describeSave';
import type { ScreenHost } from './host';
import { discardKept, KEPT, keptRound, restoreKept } from './keptRound';
import { prefetchRound, prefetchRoundIds } from './data';
import { loadRoundCode } from './lazy';
import { saveStatus } from './saveStatus';
import { storageNotice } from './saves';
import { migrateSlots, SLOTS } from './slots';

/** The saves the menu offers, with whether each one's round has ended, and what was wrong with any. */
export interface MenuSaves {
  readonly slots: Readonly<Record<SlotName, Save | null>>;
  readonly statuses: Partial<Readonly<Record<SlotName, SaveStatus>>>;
  readonly problems: readonly string[];
  readonly kept: Save | null;
}

const STORED = [SLOTS.round.key, SLOTS.campaign.key, KEPT];

/** Whether browser storage holds a save the menu will read (reading one takes the round's code: lazy.ts). */
export const savesStored = (): boolean => STORED.some((key) => read(key) !== null);

/** The rounds a stored save has reached, read without checking the save (only to fetch them early; a damaged one names none). */
function roundsNamed(text: string | null): string[] {
  try {
    const save = JSON.parse(text ?? 'null') as { order?: unknown; current?: unknown; branches?: { id?: unknown; rounds?: unknown[] }[] } | null;
    const reached = save?.branches?.find((b) => b.id === save.current)?.rounds?.length ?? 0;
    return Array.isArray(save?.order) ? save.order.slice(0, reached).filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,24}$/.test(id)) : [];
  } catch {
    return [];
  }
}

/** Before the menu can tell whether a stored round has ended it replays it: fetch those rounds while the round index and the round's code load. */
export const prefetchStored = (): void => prefetchRoundIds([...new Set(STORED.flatMap((key) => roundsNamed(read(key))))]);

/** Read the slots (a damaged save is set aside) and replay each save to tell whether its round has ended. */
export async function prepareMenu(host: ScreenHost, catalog: Catalog): Promise<MenuSaves> {
  // With nothing stored the menu comes up without the round's code.
  if (savesStored()) await loadRoundCode();
  attempt(migrateSlots);
  const campaign = readAutosave(SLOTS.campaign);
  const round = readAutosave(SLOTS.round);
  if (storageRefused()) storageNotice(host, 'refused');
  const slots = { campaign: campaign.save, round: round.save };
  const ids = (['campaign', 'round'] as const).filter((id) => slots[id]);
  const statuses = await Promise.all(ids.map((id) => saveStatus(catalog, slots[id] as Save)));
  return { slots, statuses: Object.fromEntries(ids.map((id, i) => [id, statuses[i]])), problems: [...campaign.problems, ...round.problems], kept: keptRound() };
}

/** What the menu screen needs from the shell. */
export interface MenuShell {
  readonly host: ScreenHost;
  readonly choice: MenuChoice;
  readonly map: MapAsset | null;
  send(event: AppEvent): void;
  /** Start a new play of this choice (asking first if it replaces a saved one). */
  openRound(choice: MenuChoice): void;
}

/** Put the menu up. */
export function showMenu(app: MenuShell, catalog: Catalog, saves: MenuSaves, notices: readonly string[]): void {
  const again = (status: StorageStatus) => {
    storageNotice(app.host, status);
    app.send({ type: 'menu' });
  };
  const saved = Object.fromEntries((['campaign', 'round'] as const).flatMap((id) => (saves.slots[id] ? [[id, describeSave(catalog, saves.slots[id], saves.statuses[id])]] : [])));
  const screen = menuScreen(
    catalog,
    app.choice,
    app.map,
    {
      start: (c) => app.openRound(c),
      prefetch: (id) => {
        const card = catalog.rounds.find((r) => r.id === id);
        if (card) prefetchRound(card.file);
      },
      credits: () => app.send({ type: 'credits' }),
      guide: () => app.send({ type: 'guide' }),
      classResults: () => app.send({ type: 'classResults' }),
      resume: (slot) => {
        const save = saves.slots[slot];
        if (save) app.send({ type: 'resume', save });
      },
      discard: (slot) => {
        const save = saves.slots[slot];
        if (save) askBeforeLosing(catalog, save, 'discard', () => again(discardAutosave(SLOTS[slot])));
      },
      resumeKept: () => again(restoreKept()),
      discardKept: () => again(discardKept()),
      openFile: (file) => app.send({ type: 'openFile', file }),
    },
    saved,
    [...notices, ...saves.problems],
    saves.kept ? describeSave(catalog, saves.kept) : null,
  );
  app.host.mount('menu', screen, Object.keys(saved).length > 0 ? '[data-testid="saved"] .resume .btn.primary' : '.card[aria-pressed="true"]');
}
