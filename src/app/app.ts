/**
 * The application shell, a thin router: the menu and the pages off it
 * (credits, guide, class results, errors), opening a round or a play, and
 * handing it to the round controller (round.ts, driven by its flow machine
 * in flow.ts) and the pages over it (pages.ts). Save files, share links and
 * the autosave are saves.ts; loading round files is the loader machine
 * (loader.ts); screen hosting, focus and the page probe are host.ts. Game
 * rules live in the engine.
 */
import { newPlay, replayBranch, type Play } from '../engine/campaign/play';
import { makeSave, type Save } from '../engine/log/save';
import type { Seat } from '../engine/model/state';
import { other, type SideId } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import type { MapAsset } from '../map/asset';
import { classResultsScreen } from '../ui/classResults';
import { creditsScreen } from '../ui/credits';
import { errorScreen, type ErrorReport } from '../ui/error';
import { guideScreen } from '../ui/guide';
import { menuScreen, type MenuChoice, type SavedSlots, type SlotName } from '../ui/menu';
import type { RoomStore } from '../view/bridge';
import { createActor } from 'xstate';
import { attempt, discardAutosave, readAutosave, storageRefused } from './autosave';
import { askBeforeLosing } from './askBeforeLosing';
import { describeSave, type SaveStatus } from './describeSave';
import { knownStatus, saveStatus } from './saveStatus';
import { migrateSlots, SLOTS } from './slots';
import { fetchCatalog, fetchGuide, fetchMap, fetchRoundsById, fetchScenario, fetchSources, prefetchRound } from './data';
import { ScreenHost } from './host';
import { discardKept, keptRound, readSlot, restoreKept } from './keptRound';
import { loaderMachine, type LoadedRounds } from './loader';
import { showBranches, showOutcome, showTimeline, type PagesShell } from './pages';
import type { PageOptions } from './params';
import { RoundController, type RoundShell } from './round';
import { autosave, SaveLoader, storageNotice, type SavesShell } from './saves';

export type { GameProbe, ScreenName } from './host';

export class App implements RoundShell, PagesShell, SavesShell {
  catalog: Catalog | null = null;
  choice: MenuChoice = { round: '1956', side: 'japan', mode: 'computer' };
  /** The pair label for debrief exports (kept across rounds). */
  pair = 'Pair 1';
  /** Messages about saves for the menu (a damaged autosave, a bad file or share link), shown once. */
  notices: string[] = [];
  readonly host: ScreenHost;
  private round: RoundController | null = null;
  private mapAsset: MapAsset | null = null;
  /** Menus asked for: only the latest is put up once its saves' status is known. */
  private menuRequests = 0;
  private markSceneReady: () => void = () => undefined;
  /** Resolves when the Phaser room has drawn its first frame. */
  readonly sceneReady = new Promise<void>((resolve) => (this.markSceneReady = resolve));
  private readonly saves = new SaveLoader(this);
  private readonly loader = createActor(loaderMachine((ids) => this.fetchRounds(ids), (e) => this.showStartupError(e)));

  constructor(
    overlay: HTMLElement,
    readonly store: RoomStore,
    private readonly options: PageOptions,
  ) {
    this.host = new ScreenHost(overlay);
    this.loader.subscribe((s) => this.host.busy('loading', s.hasTag('busy')));
    this.loader.start();
  }

  sceneIsReady(): void {
    document.body.classList.add('stage-ready');
    this.markSceneReady();
  }

  get map(): MapAsset | null {
    return this.mapAsset;
  }

  currentMap(): MapAsset | null {
    return this.mapAsset;
  }

  get animate(): boolean {
    return !this.options.fast && !this.options.reducedMotion;
  }

  get fast(): boolean {
    return this.options.fast;
  }

  /** Load the round index (the only data the menu needs). */
  async loadCatalog(): Promise<void> {
    const [r, map] = await Promise.all([fetchCatalog(), fetchMap()]);
    this.mapAsset = map.asset;
    if (map.problem) this.notices.push(map.problem);
    if (r.ok) {
      this.catalog = r.value;
      if (!r.value.rounds.some((x) => x.id === this.choice.round)) this.choice.round = r.value.rounds[0]?.id ?? this.choice.round;
    } else this.showError({ title: 'The round index could not be read', file: 'rounds/index.json', errors: [], message: r.error });
  }

  /** Loading the index threw (a fault no check foresaw): say so rather than wait forever. */
  showStartupError(e: unknown): void {
    this.showError({ title: 'The game could not start', file: 'rounds/index.json', errors: [], message: e instanceof Error ? e.message : String(e) });
  }

  openShareLink(): void {
    this.saves.openShareLink();
  }

  showMenu(): void {
    this.leaveRound();
    if (!this.catalog) return;
    attempt(migrateSlots);
    const slots = { campaign: readAutosave(SLOTS.campaign), round: readAutosave(SLOTS.round) };
    const notices = [...this.notices, ...slots.campaign.problems, ...slots.round.problems];
    this.notices = [];
    const kept = keptRound();
    if (storageRefused()) storageNotice(this.host, 'refused');
    const saves = (['campaign', 'round'] as const).flatMap((id) => {
      const save = slots[id].save;
      return save ? [[id, save] as const] : [];
    });
    const mount = (statuses: readonly SaveStatus[]) => {
      if (!this.catalog) return;
      const catalog = this.catalog;
      const saved = Object.fromEntries(saves.map(([id, save], i) => [id, describeSave(catalog, save, statuses[i])]));
      this.host.mount('menu', this.menu(catalog, slots.campaign.save, slots.round.save, saved, notices, kept), saves.length > 0 ? '[data-testid="saved"] .resume .btn.primary' : '.card[aria-pressed="true"]');
    };
    // Whether each save's round has ended needs its replay; the menu waits for it, unless another screen came up meanwhile.
    const known = saves.map(([, save]) => knownStatus(save));
    if (known.every((s) => s !== undefined)) return mount(known as SaveStatus[]);
    const catalog = this.catalog;
    const at = this.host.mounts;
    const request = ++this.menuRequests;
    void Promise.all(saves.map(([, save]) => saveStatus(catalog, save))).then((statuses) => {
      if (request === this.menuRequests && this.host.mounts === at && !this.round) mount(statuses);
    });
  }

  private menu(catalog: Catalog, campaign: Save | null, round: Save | null, saved: SavedSlots, notices: readonly string[], kept: Save | null): HTMLElement {
    const again = (status: Parameters<typeof storageNotice>[1]) => {
      storageNotice(this.host, status);
      this.showMenu();
    };
    const slotSave = (slot: SlotName) => (slot === 'campaign' ? campaign : round);
    return menuScreen(
      catalog,
      this.choice,
      this.mapAsset,
      {
        start: (c) => this.openRound(c),
        prefetch: (id) => {
          const card = this.catalog?.rounds.find((r) => r.id === id);
          if (card) prefetchRound(card.file);
        },
        credits: () => void this.showCredits(),
        guide: () => void this.showGuide(),
        classResults: () => this.host.mount('class', classResultsScreen(() => this.showMenu(), (ids) => fetchRoundsById(this.catalog, ids)), 'input[type="file"]'),
        resume: (slot) => {
          const save = slotSave(slot);
          if (save) this.saves.open(save, 'autosave');
        },
        discard: (slot) => {
          const save = slotSave(slot);
          if (save) askBeforeLosing(catalog, save, 'discard', () => again(discardAutosave(SLOTS[slot])));
        },
        resumeKept: () => again(restoreKept()),
        discardKept: () => again(discardKept()),
        openFile: (file) => void this.saves.openFile(file),
      },
      saved,
      notices,
      kept ? describeSave(catalog, kept) : null,
    );
  }

  private async showCredits(): Promise<void> {
    const sources = await fetchSources();
    this.host.mount('credits', creditsScreen(sources.ok ? sources.value : null, sources.ok ? null : sources.error, () => this.showMenu()), 'button');
  }

  private async showGuide(): Promise<void> {
    const text = await fetchGuide();
    this.host.mount('guide', guideScreen(text.ok ? text.value : null, text.ok ? null : text.error, () => this.showMenu()), 'button');
  }

  showError(report: ErrorReport): void {
    this.leaveRound();
    this.host.mount('error', errorScreen(report, () => this.showMenu()), 'button');
  }

  notice(message: string): void {
    this.notices.push(message);
  }

  save(play: Play): void {
    autosave(this.host, makeSave(play));
  }

  showOutcome(r: RoundController): void {
    showOutcome(this, r);
  }

  showTimeline(r: RoundController): void {
    showTimeline(this, r);
  }

  showBranches(r: RoundController): void {
    showBranches(this, r);
  }

  /** Fetch and validate round files in the loader (a newer request or leaving for the menu drops an older one). */
  load(ids: readonly string[], then: (loaded: LoadedRounds | null) => void): void {
    this.loader.send({ type: 'load', ids, then });
  }

  /** The round files of a play, fetched and validated together (any invalid one shows the error screen and nothing is half-loaded). */
  private async fetchRounds(ids: readonly string[]): Promise<LoadedRounds | null> {
    const cards = [...new Set(ids)].map((id) => this.catalog?.rounds.find((r) => r.id === id));
    if (cards.some((c) => !c)) return null;
    const [loads, map] = await Promise.all([Promise.all(cards.map((c) => fetchScenario(c?.file ?? ''))), fetchMap()]);
    this.mapAsset = map.asset;
    const bases = new Map<string, Scenario>();
    let sources: SourceLibrary | null = null;
    for (const [i, loaded] of loads.entries()) {
      if (!loaded.ok) {
        this.showError({ title: `Round ${cards[i]?.id ?? ''} could not be loaded`, ...loaded.error });
        return null;
      }
      bases.set(loaded.value.scenario.id, loaded.value.scenario);
      sources = loaded.value.sources;
    }
    return sources ? { bases, sources } : null;
  }

  /** Fetch and validate the chosen round (or the campaign's rounds: every round of the index but the practice one), then open it. */
  openRound(choice: MenuChoice): void {
    const slot = SLOTS[choice.mode === 'campaign' ? 'campaign' : 'round'];
    const saved = readSlot(slot.key);
    if (saved && this.catalog) askBeforeLosing(this.catalog, saved, 'start', () => this.startRound(choice));
    else this.startRound(choice);
  }

  private startRound(choice: MenuChoice): void {
    this.choice = choice;
    const campaign = choice.mode === 'campaign';
    const order = campaign ? (this.catalog?.rounds ?? []).map((r) => r.id).filter((id) => id !== 'practice') : [choice.round];
    this.load(order, (loaded) => {
      if (!loaded) return;
      const side = choice.side;
      const seatsFor: Record<SideId, Seat> = choice.mode === 'hotseat' ? { japan: 'human', russia: 'human' } : ({ [side]: 'human', [other(side)]: 'computer' } as Record<SideId, Seat>);
      const seed = this.options.seed ?? Math.floor(Math.random() * 2 ** 31);
      const versions = Object.fromEntries([...loaded.bases.values()].map((s) => [s.id, s.version]));
      this.enterPlay(newPlay(campaign ? 'campaign' : 'round', order, seatsFor, seed, versions), loaded.bases, loaded.sources, 'new');
    });
  }

  /**
   * Replay the play's current branch and open its last round: at the brief
   * (a round just begun), the table, or the outcome if it has ended. Returns
   * why it could not, leaving the screen as it was.
   */
  enterPlay(play: Play, bases: ReadonlyMap<string, Scenario>, sources: SourceLibrary, how: 'new' | 'resume' | 'rewind', notice?: string, back?: () => void): string | null {
    const replayed = replayBranch(play, bases);
    if (!replayed.ok) return replayed.error.message;
    const rounds = replayed.value;
    const last = rounds[rounds.length - 1];
    if (!last) return 'the save holds no round';
    this.leaveRound();
    const hotseat = play.seats.japan === 'human' && play.seats.russia === 'human';
    const side: SideId = play.seats.japan === 'human' ? 'japan' : 'russia';
    this.choice = { round: last.id, side, mode: play.kind === 'campaign' ? 'campaign' : hotseat ? 'hotseat' : 'computer' };
    // A round just begun (no move made in it yet, e.g. a resumed campaign between rounds) opens at the brief.
    const fresh = how === 'new' || (how === 'resume' && last.actions.length === 0);
    this.round = new RoundController(this, play, bases, sources, rounds.slice(0, -1), last, side, fresh, notice, back);
    if (how !== 'new') this.round.save();
    return null;
  }

  leaveRound(): void {
    this.loader.send({ type: 'cancel' });
    this.host.banner.set('versions', null);
    this.round?.stop();
    this.round = null;
    Object.assign(this.host.probe, { round: null, status: null, play: null, branch: null, branches: 0 });
    this.store.set({ mode: 'menu' });
  }
}
