/**
 * The application shell: it runs the app machine (appMachine.ts), which owns
 * the control — booting, the menu, the pages off it, opening saves, loading
 * and playing a round, the error screen — and supplies what each of its
 * states shows or does. The menu is menu.ts; save files, share links and the
 * autosave are saves.ts; loading and replaying a play is entry.ts; the round
 * is the round controller (round.ts, driven by its flow machine in flow.ts)
 * with the pages over it (pages.ts), a chunk loaded apart (lazy.ts) so the
 * menu comes up without it; screen hosting, focus and the page probe are
 * host.ts. Game rules live in the engine.
 */
import type { Play } from '../engine/campaign/play';
import type { SideId } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import type { MapAsset } from '../map/asset';
import { creditsScreen } from '../ui/credits';
import { errorScreen, type ErrorReport } from '../ui/error';
import { guideScreen } from '../ui/guide';
import type { MenuChoice } from '../ui/menu';
import type { RoomStore } from '../view/bridge';
import { createActor, waitFor, type Actor } from 'xstate';
import { appMachine, type AppEvent } from './appMachine';
import { askBeforeLosing } from './askBeforeLosing';
import { fetchCatalog, fetchGuide, fetchMap, fetchRoundsById, fetchSources } from './data';
import type { Entry } from './entry';
import { ScreenHost } from './host';
import type { Inspector } from './inspect';
import { readSlot } from './keptRound';
import { prefetchStored, prepareMenu, savesStored, showMenu, type MenuSaves, type MenuShell } from './menu';
import { loadRoundCode, roundCode } from './lazy';
import type { PagesShell } from './pages';
import type { PageOptions } from './params';
import type { RoundController, RoundShell } from './round';
import { autosave, forgetLink, hasShareLink, readSave, replacesOwn, showConfirm } from './saves';
import { SLOTS } from './slots';

export type { GameProbe, ScreenName } from './host';

const appFor = (app: App) =>
  appMachine<MenuSaves>({
    loadIndex: () => app.loadIndex(),
    hasShareLink,
    prepareMenu: () => prepareMenu(app.host, app.index),
    showMenu: (saves, notices) => showMenu(app, app.index, saves, notices),
    fetchCredits: fetchSources,
    showCredits: (r) => app.host.mount('credits', creditsScreen(r.ok ? r.value : null, r.ok ? null : r.error, () => app.showMenu()), 'button'),
    fetchGuide,
    showGuide: (r) => app.host.mount('guide', guideScreen(r.ok ? r.value : null, r.ok ? null : r.error, () => app.showMenu()), 'button'),
    loadClassResults: loadRoundCode,
    showClassResults: () => app.host.mount('class', roundCode().classResultsScreen(() => app.showMenu(), (ids) => fetchRoundsById(app.catalog, ids)), 'input[type="file"]'),
    showError: (report) => app.host.mount('error', errorScreen(report, () => app.showMenu()), 'button'),
    readSave,
    wouldReplace: replacesOwn,
    showConfirm: (incoming) => showConfirm(app.host, app.catalog, incoming, (e) => app.send(e)),
    forgetLink,
    openSave: async (incoming) => (await loadRoundCode()).openSave(app.index, incoming),
    startRound: (choice) => app.newPlay(choice),
    playRound: (entry) => app.play(entry),
  });

export class App implements RoundShell, PagesShell, MenuShell {
  catalog: Catalog | null = null;
  choice: MenuChoice = { round: '1956', side: 'japan', mode: 'computer' };
  /** The pair label for debrief exports (kept across rounds). */
  pair = 'Pair 1';
  readonly host: ScreenHost;
  private mapAsset: MapAsset | null = null;
  private markSceneReady: () => void = () => undefined;
  /** Resolves when the Phaser room has drawn its first frame. */
  readonly sceneReady = new Promise<void>((resolve) => (this.markSceneReady = resolve));
  /** The application's control (appMachine.ts). */
  readonly actor: Actor<ReturnType<typeof appFor>>;

  constructor(
    overlay: HTMLElement,
    readonly store: RoomStore,
    private readonly options: PageOptions,
    /** The development inspector (?inspect=1), if on. */
    readonly inspector: Inspector | null = null,
  ) {
    this.host = new ScreenHost(overlay);
    this.actor = createActor(appFor(this), inspector ? { inspect: inspector.inspect } : {});
    this.actor.subscribe((s) => this.host.busy('loading', s.hasTag('busy')));
  }

  /** Boot: load the round index, then the menu (or the share link's round). */
  start(): void {
    // A stored save or a share link is read with the round's code: fetch it alongside the round index.
    if (hasShareLink() || savesStored()) void loadRoundCode().catch(() => undefined);
    prefetchStored();
    // A share link pasted into the address of the open game changes only the hash: the page does not load again.
    window.addEventListener('hashchange', () => {
      if (hasShareLink()) this.send({ type: 'link' });
    });
    this.actor.start();
  }

  /** Resolves once the round index is loaded (or failed to load) and the game has moved on from booting. */
  booted(): Promise<unknown> {
    return waitFor(this.actor, (s) => !s.matches('booting'));
  }

  send(event: AppEvent): void {
    this.actor.send(event);
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

  /** The round index (the machine asks for it only after booting loaded it). */
  get index(): Catalog {
    if (!this.catalog) throw new Error('the round index is not loaded');
    return this.catalog;
  }

  /** Load the round index (the only data the menu needs); why it could not be read, or null. */
  async loadIndex(): Promise<ErrorReport | null> {
    const [r, map] = await Promise.all([fetchCatalog(), fetchMap()]);
    this.mapAsset = map.asset;
    if (map.problem) this.send({ type: 'notice', message: map.problem });
    if (!r.ok) return { title: 'The round index could not be read', file: 'rounds/index.json', errors: [], message: r.error };
    this.catalog = r.value;
    if (!r.value.rounds.some((x) => x.id === this.choice.round)) this.choice = { ...this.choice, round: r.value.rounds[0]?.id ?? this.choice.round };
    return null;
  }

  showMenu(): void {
    this.send({ type: 'menu' });
  }

  showError(report: ErrorReport): void {
    this.send({ type: 'fail', report });
  }

  notice(message: string): void {
    this.send({ type: 'notice', message });
  }

  save(play: Play): void {
    autosave(this.host, roundCode().makeSave(play));
  }

  showOutcome(r: RoundController): void {
    roundCode().showOutcome(this, r);
  }

  showTimeline(r: RoundController): void {
    roundCode().showTimeline(this, r);
  }

  showBranches(r: RoundController): void {
    roundCode().showBranches(this, r);
  }

  /** Start a new play of the menu's choice, asking first if it would replace a saved one. */
  openRound(choice: MenuChoice): void {
    const start = () => this.send({ type: 'start', choice });
    // Reading the slot takes the round's code (fetched as soon as the menu is up); if it cannot load, starting reports why.
    loadRoundCode().then(
      () => {
        const saved = readSlot(SLOTS[choice.mode === 'campaign' ? 'campaign' : 'round'].key);
        if (saved && this.catalog) askBeforeLosing(this.catalog, saved, 'start', start);
        else start();
      },
      () => start(),
    );
  }

  /** The chosen round's (or the campaign's) files fetched and validated, as a new play. */
  async newPlay(choice: MenuChoice): Promise<Entry> {
    this.choice = choice;
    const { newEntry } = await loadRoundCode();
    return newEntry(this.index, choice, this.options.seed ?? Math.floor(Math.random() * 2 ** 31));
  }

  /**
   * Open a play in place of this one (a rewind, another branch, the next
   * round): replay its current branch and enter its last round at the brief
   * (a round just begun), the table, or the outcome if it has ended. Returns
   * why it could not, leaving the screen as it was.
   */
  enterPlay(play: Play, bases: ReadonlyMap<string, Scenario>, sources: SourceLibrary, how: Entry['how'], notice?: string, back?: () => void): string | null {
    const entry = roundCode().entryOf(play, { bases, sources }, how, { notice, back });
    if (!entry.ok) return entry.error;
    this.send({ type: 'enter', entry: entry.value });
    return null;
  }

  /** Play the entered round (the app machine's `round` state); returns what takes it down when the machine leaves it. */
  play(entry: Entry): () => void {
    const { play, rounds } = entry;
    const last = rounds[rounds.length - 1] as (typeof rounds)[number];
    const hotseat = play.seats.japan === 'human' && play.seats.russia === 'human';
    const side: SideId = play.seats.japan === 'human' ? 'japan' : 'russia';
    this.choice = { round: last.id, side, mode: play.kind === 'campaign' ? 'campaign' : hotseat ? 'hotseat' : 'computer' };
    // A round just begun (no move made in it yet, e.g. a resumed campaign between rounds) opens at the brief.
    const fresh = entry.how === 'new' || (entry.how === 'resume' && last.actions.length === 0);
    this.host.banner.set('versions', entry.changed ?? null);
    const round = new (roundCode().RoundController)(this, play, entry.bases, entry.sources, rounds.slice(0, -1), last, side, fresh, entry.notice, entry.back);
    if (entry.how !== 'new') round.save();
    return () => {
      round.stop();
      this.host.banner.set('versions', null);
      Object.assign(this.host.probe, { round: null, status: null, play: null, branch: null, branches: 0 });
      this.store.set({ mode: 'menu' });
    };
  }
}
