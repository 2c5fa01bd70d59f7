/**
 * The application shell: which screen is showing, the live negotiation
 * (an engine Session), the computer's turns (paced for reading unless
 * animations are skipped), and pushing view-models to the DOM overlay and the
 * room picture to the canvas. Game rules live in the engine; this file only
 * sequences screens and forwards actions.
 *
 * Seats: against the computer one seat is human; with two students at one
 * screen (mode "hotseat") both are, and between their turns a hand-over
 * screen replaces the table, which is then rebuilt from the next side's own
 * view-model — the other side's brief and private replies are never in the
 * DOM while it plays.
 */
import { decide } from '../engine/counterpart/negotiator';
import { makeDebrief } from '../engine/debrief/debrief';
import { appendAction, beginNextRound, branchOf, currentBranch, isComplete, newPlay, renameBranch, replayBranch, rewind, switchBranch, type Play, type PlayedRound } from '../engine/campaign/play';
import { decodeShare, encodeShare, makeSave, parseSave, playOf, versionChanges, type Save } from '../engine/log/save';
import type { Action, GameState, Seat } from '../engine/model/state';
import { other, type SideId } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import { Session } from '../engine/session';
import { branchList, compareBranches } from '../engine/view/branches';
import { timeline } from '../engine/view/history';
import { briefView, decisionsOf, outcomeView, say, tableView, type TableView } from '../engine/view/viewModel';
import { branchesScreen } from '../ui/branches';
import { timelineScreen } from '../ui/timeline';
import { briefingScreen } from '../ui/briefing';
import { classResultsScreen } from '../ui/classResults';
import { creditsScreen } from '../ui/credits';
import { debriefScreen } from '../ui/debrief';
import { errorScreen, type ErrorReport } from '../ui/error';
import { guideScreen } from '../ui/guide';
import { handoverScreen } from '../ui/handover';
import { download, slug } from '../ui/download';
import { menuScreen, type MenuChoice, type SavedRound } from '../ui/menu';
import { outcomeScreen } from '../ui/outcome';
import { lastSpoken, TableScreen } from '../ui/table/screen';
import { mapPicture, tableMapPicture, type RoomStore, type TablePicture } from '../view/bridge';
import { seats } from '../view/layout';
import { discardAutosave, readAutosave, setAside, storageRefused, writeAutosave, type StorageStatus } from './autosave';
import { discardKept, keepOwnRound, keptRound, restoreKept, wouldReplace } from './keptRound';
import { Banner } from '../ui/banner';
import { confirmOpenScreen } from '../ui/confirmOpen';
import { fetchCatalog, fetchGuide, fetchMap, fetchRoundsById, fetchScenario, fetchSources, prefetchRound } from './data';
import type { MapAsset } from '../map/asset';
import type { PageOptions } from './params';

export type ScreenName = 'boot' | 'menu' | 'confirm' | 'credits' | 'guide' | 'class' | 'briefing' | 'handover' | 'table' | 'outcome' | 'debrief' | 'timeline' | 'branches' | 'error';

/** The round being played: the current round of the play's current branch. */
interface Round {
  /** The round files the play needs, as loaded. */
  readonly bases: ReadonlyMap<string, Scenario>;
  readonly sources: SourceLibrary;
  /** The whole play (one round or the campaign), with its branches; replaced on every change. */
  play: Play;
  /** The earlier rounds of this branch, replayed. */
  readonly earlier: readonly PlayedRound[];
  /** This round as it stood when it was opened: its index in the order, its start, the round as resolved for its world. */
  readonly opened: PlayedRound;
  /** The side chosen in the menu (against the computer: the human side). */
  readonly side: SideId;
  readonly seats: Readonly<Record<SideId, Seat>>;
  /** Both seats human: hand the screen over between turns. */
  readonly hotseat: boolean;
  /** The side whose view the table shows now. */
  viewer: SideId;
  /** Sides that have read their brief. */
  readonly briefed: Set<SideId>;
  readonly session: Session;
  table: TableScreen | null;
}

/** This round's actions on the current branch. */
const actionsOf = (r: Round): readonly Action[] => currentBranch(r.play).rounds[r.opened.index] ?? [];

type SaveOrigin = 'autosave' | 'file' | 'share link';

/** What tests and tools can read from the page (window.__game). */
export interface GameProbe {
  screen: ScreenName;
  round: string | null;
  side: SideId | null;
  status: GameState['status'] | null;
  phase: string | null;
  turn: SideId | null;
  busy: boolean;
  logLength: number;
  renders: number;
  /** 'round' or 'campaign', while a play is open. */
  play: string | null;
  /** The current branch's id and how many branches the play has. */
  branch: string | null;
  branches: number;
}

declare global {
  interface Window {
    __ready?: number;
    __game?: GameProbe;
  }
}

/** "Japan" → "Japanese", "USSR" → "Soviet", "Russia" → "Russian"; other names (the practice round's) as they are. */
const ADJECTIVES: Readonly<Record<string, string>> = { Japan: 'Japanese', USSR: 'Soviet', Russia: 'Russian' };
const delegationName = (short: string): string => ADJECTIVES[short] ?? short;

export class App {
  private screen: ScreenName = 'boot';
  private catalog: Catalog | null = null;
  private choice: MenuChoice = { round: '1956', side: 'japan', mode: 'computer' };
  private round: Round | null = null;
  private generation = 0;
  private mapAsset: MapAsset | null = null;
  /** The pair label for debrief exports (kept across rounds). */
  private pair = 'Pair 1';
  private markSceneReady: () => void = () => undefined;
  /** Resolves when the Phaser room has drawn its first frame. */
  private readonly sceneReady = new Promise<void>((resolve) => (this.markSceneReady = resolve));
  /** Messages about saves for the menu (a damaged autosave, a bad file or share link), shown once. */
  private notices: string[] = [];
  /** The notice over every screen (the game is not saving; a save from another version of a round). */
  private readonly banner = new Banner();
  private readonly probe: GameProbe = { screen: 'boot', round: null, side: null, status: null, phase: null, turn: null, busy: false, logLength: 0, renders: 0, play: null, branch: null, branches: 0 };

  constructor(
    private readonly overlay: HTMLElement,
    private readonly store: RoomStore,
    private readonly options: PageOptions,
  ) {
    window.__game = this.probe;
    overlay.append(this.banner.root);
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  sceneIsReady(): void {
    document.body.classList.add('stage-ready');
    this.markSceneReady();
  }

  get map(): MapAsset | null {
    return this.mapAsset;
  }

  private get animate(): boolean {
    return !this.options.fast && !this.options.reducedMotion;
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

  /** Fetch a round's data while the player is still looking at its card. */
  private prefetch(id: string): void {
    const card = this.catalog?.rounds.find((r) => r.id === id);
    if (card) prefetchRound(card.file);
  }

  /** Loading the index threw (a fault no check foresaw): say so rather than wait forever. */
  showStartupError(e: unknown): void {
    this.showError({ title: 'The game could not start', file: 'rounds/index.json', errors: [], message: e instanceof Error ? e.message : String(e) });
  }

  showMenu(): void {
    this.leaveRound();
    if (!this.catalog) return;
    const auto = readAutosave();
    const notices = [...this.notices, ...auto.problems];
    this.notices = [];
    const save = auto.save;
    const kept = keptRound();
    if (storageRefused()) this.storageNotice('refused');
    this.mount(
      'menu',
      menuScreen(
        this.catalog,
        this.choice,
        this.mapAsset,
        {
          start: (c) => void this.openRound(c),
          prefetch: (id) => this.prefetch(id),
          credits: () => void this.showCredits(),
          guide: () => void this.showGuide(),
          classResults: () => this.showClassResults(),
          resume: () => {
            if (save) void this.openSave(save, 'autosave');
          },
          discard: () => {
            this.storageNotice(discardAutosave());
            this.showMenu();
          },
          resumeKept: () => {
            this.storageNotice(restoreKept());
            this.showMenu();
          },
          discardKept: () => {
            this.storageNotice(discardKept());
            this.showMenu();
          },
          openFile: (file) => void this.openFile(file),
        },
        save ? this.describeSave(save) : null,
        notices,
        kept ? this.describeSave(kept) : null,
      ),
    );
    this.overlay.querySelector<HTMLElement>(save ? '[data-testid="resume"]' : '.card[aria-pressed="true"]')?.focus();
  }

  /** If the page was opened with a share link (#replay=…), replay it and show where it ended. */
  async openShareLink(): Promise<void> {
    const m = /^#replay=(.*)$/.exec(location.hash);
    if (!m || !this.catalog) return;
    const r = decodeShare(m[1] ?? '');
    if (!r.ok) {
      this.notices.push(r.error);
      this.showMenu();
      return;
    }
    await this.offer(r.value, 'share link', 'a share link');
  }

  /**
   * A share link or file that would replace the student's own autosaved round
   * asks first; on yes, the student's round is kept aside (see keptRound.ts).
   */
  private async offer(save: Save, from: 'share link' | 'file', what: string, problem: string | null = null): Promise<void> {
    const replace = wouldReplace(save);
    if (!replace) return this.openSave(save, from);
    this.leaveRound();
    const open = () => {
      const kept = keepOwnRound();
      if (kept !== 'saved') return void this.offer(save, from, what, kept === 'full' ? 'Browser storage is full, so your round cannot be kept aside: export it from its outcome screen or free some space, then try again.' : 'Browser storage refused to keep your round aside, so the shared round was not opened.');
      void this.openSave(save, from);
    };
    const back = () => {
      if (from === 'share link') history.replaceState(null, '', location.pathname + location.search);
      this.showMenu();
    };
    this.mount('confirm', confirmOpenScreen({ what, incoming: this.describeSave(save), own: this.describeSave(replace.own), replacesKept: replace.replacesKept ? this.describeSave(replace.replacesKept) : null, problem }, open, back));
    this.overlay.querySelector<HTMLElement>('#confirm-title')?.focus();
  }

  /** The one notice about storage: shown while saving fails, taken away when it works again. */
  private storageNotice(status: StorageStatus): void {
    this.banner.set(
      'storage',
      status === 'full'
        ? 'This round is not being saved: the browser’s storage for this site is full. If you reload or close the page, the moves since the last save are lost. Export a save file from the outcome screen, or free some space in the browser’s site settings.'
        : status === 'refused'
          ? 'This browser does not let the game save (site data is blocked here, or a private window refuses it): a reload loses the round. Export a save file from the outcome screen to keep it.'
          : null,
    );
  }

  private describeSave(save: Save): SavedRound {
    const branch = save.branches.find((b) => b.id === save.current) ?? save.branches[0];
    const played = branch?.rounds.length ?? 1;
    const id = save.order[played - 1] ?? save.order[0] ?? '';
    const card = this.catalog?.rounds.find((x) => x.id === id);
    const hotseat = save.seats.japan === 'human' && save.seats.russia === 'human';
    const human = save.seats.japan === 'human' ? 'japan' : 'russia';
    const title = save.kind === 'campaign' ? `Campaign ${save.order[0] ?? ''}–${save.order[save.order.length - 1] ?? ''}, round ${played} of ${save.order.length}: ${card?.title ?? id}` : (card?.title ?? `Round ${id}`);
    return {
      title,
      side: hotseat ? 'both sides, two students at one screen' : human === 'japan' ? 'Japan' : 'the Soviet Union / Russia',
      moves: branch?.rounds.reduce((n, r) => n + r.length, 0) ?? 0,
      branches: save.branches.length,
    };
  }

  private async openFile(file: File): Promise<void> {
    const text = await file.text();
    const r = parseSave(text, file.name);
    if (!r.ok) {
      this.notices.push(r.error);
      this.showMenu();
      return;
    }
    await this.offer(r.value, 'file', `the save file “${file.name}”`);
  }

  /**
   * The round files of a play, fetched and validated together (any invalid
   * one shows the error screen and nothing is half-loaded).
   */
  private async fetchRounds(ids: readonly string[]): Promise<{ bases: Map<string, Scenario>; sources: SourceLibrary } | null> {
    const cards = [...new Set(ids)].map((id) => this.catalog?.rounds.find((r) => r.id === id));
    if (cards.some((c) => !c)) return null;
    const generation = ++this.generation;
    this.probe.busy = true;
    const [loads, map] = await Promise.all([Promise.all(cards.map((c) => fetchScenario(c?.file ?? ''))), fetchMap()]);
    this.probe.busy = false;
    if (generation !== this.generation) return null;
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

  /** Replay a save (autosave, file or share link) and go to where it stands: the table, or the outcome if the round had ended. */
  private async openSave(save: Save, from: SaveOrigin): Promise<void> {
    const missing = save.order.find((id) => !this.catalog?.rounds.some((r) => r.id === id));
    if (missing !== undefined) {
      this.fail(from, `${from}: this save is for round ${missing}, which this version of the game does not have`);
      return;
    }
    const loaded = await this.fetchRounds(save.order);
    if (!loaded) return;
    const changed = versionChanges(save, loaded.bases);
    // The play goes on under the rounds as they are now: its save records their versions.
    const versions = Object.fromEntries([...loaded.bases.values()].map((b) => [b.id, b.version]));
    const problem = this.enterPlay({ ...playOf(save), versions }, loaded.bases, loaded.sources, 'resume');
    if (problem) this.fail(from, [`${from}: ${problem}`, ...changed].join(' '));
    else this.banner.set('versions', changed.length > 0 ? changed.join(' ') : null);
  }

  private fail(from: SaveOrigin, message: string): void {
    if (from === 'autosave') this.notices.push(...setAside(message).problems);
    else this.notices.push(message);
    this.showMenu();
  }

  /** Autosave after every move, in every mode. */
  private autosave(r: Round): void {
    this.storageNotice(writeAutosave(makeSave(r.play)));
  }

  private async showCredits(): Promise<void> {
    const sources = await fetchSources();
    this.mount('credits', creditsScreen(sources.ok ? sources.value : null, sources.ok ? null : sources.error, () => this.showMenu()));
    this.overlay.querySelector<HTMLElement>('button')?.focus();
  }

  private async showGuide(): Promise<void> {
    const text = await fetchGuide();
    this.mount('guide', guideScreen(text.ok ? text.value : null, text.ok ? null : text.error, () => this.showMenu()));
    this.overlay.querySelector<HTMLElement>('button')?.focus();
  }

  private showClassResults(): void {
    this.mount('class', classResultsScreen(() => this.showMenu(), (ids) => fetchRoundsById(this.catalog, ids)));
    this.overlay.querySelector<HTMLElement>('input[type="file"]')?.focus();
  }

  private showError(report: ErrorReport): void {
    this.leaveRound();
    this.mount('error', errorScreen(report, () => this.showMenu()));
    this.overlay.querySelector<HTMLElement>('button')?.focus();
  }

  /** The rounds of the campaign: every round of the index but the practice one, in order. */
  private campaignOrder(): string[] {
    return (this.catalog?.rounds ?? []).map((r) => r.id).filter((id) => id !== 'practice');
  }

  /** Fetch and validate the chosen round (or the campaign's rounds), then show the brief. */
  private async openRound(choice: MenuChoice): Promise<void> {
    this.choice = choice;
    const campaign = choice.mode === 'campaign';
    const order = campaign ? this.campaignOrder() : [choice.round];
    const loaded = await this.fetchRounds(order);
    if (!loaded) return;
    const side = choice.side;
    const seatsFor: Record<SideId, Seat> = choice.mode === 'hotseat' ? { japan: 'human', russia: 'human' } : ({ [side]: 'human', [other(side)]: 'computer' } as Record<SideId, Seat>);
    const seed = this.options.seed ?? Math.floor(Math.random() * 2 ** 31);
    const versions = Object.fromEntries([...loaded.bases.values()].map((s) => [s.id, s.version]));
    this.enterPlay(newPlay(campaign ? 'campaign' : 'round', order, seatsFor, seed, versions), loaded.bases, loaded.sources, 'new');
  }

  /**
   * Replay the play's current branch and open its last round: at the brief
   * (a round just begun), the table, or the outcome if it has ended. Returns
   * why it could not, leaving the screen as it was.
   */
  private enterPlay(play: Play, bases: ReadonlyMap<string, Scenario>, sources: SourceLibrary, how: 'new' | 'resume' | 'rewind', notice?: string): string | null {
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
    const viewer = hotseat ? last.state.turn : side;
    const session = new Session(last.scenario, last.state);
    const r: Round = { bases, sources, play, earlier: rounds.slice(0, -1), opened: last, side, seats: { ...play.seats }, hotseat, viewer, briefed: new Set(fresh ? [] : ['japan', 'russia']), session, table: null };
    this.round = r;
    Object.assign(this.probe, { round: last.id, side: viewer, play: play.kind, branch: play.current, branches: play.branches.length });
    if (how !== 'new') this.autosave(r);
    if (fresh) {
      if (hotseat) this.showHandover(viewer);
      else this.showBriefing(viewer);
    } else if (last.state.status !== 'negotiating') this.showOutcome();
    else if (hotseat) this.showHandover(last.state.turn);
    else void this.enterTable(notice);
    return null;
  }

  /** A side's private brief; only this side's is put in the DOM. */
  private showBriefing(side: SideId): void {
    const r = this.round;
    if (!r) return;
    r.viewer = side;
    r.briefed.add(side);
    this.probe.side = side;
    const state = r.session.state;
    const context = r.play.kind === 'campaign' ? { round: r.opened.index + 1, of: r.play.order.length } : null;
    this.mount('briefing', briefingScreen(briefView(r.opened.scenario, side, 'en', state.world), r.sources, () => void this.enterTable(), () => this.showMenu(), context));
    this.overlay.querySelector<HTMLElement>('[data-testid="begin"]')?.focus();
  }

  /** Two students, one screen: take the table down and ask for the screen to be passed to `side`. */
  private showHandover(side: SideId): void {
    const r = this.round;
    if (!r) return;
    r.table?.dispose();
    r.table = null;
    this.probe.side = null;
    this.store.set({ mode: 'menu' });
    const first = !r.briefed.has(side);
    this.mount(
      'handover',
      handoverScreen(delegationName(say(r.opened.scenario.sides[side].short)), side, say(r.opened.scenario.title), first, () => {
        if (this.round !== r) return;
        if (!r.briefed.has(side)) this.showBriefing(side);
        else {
          r.viewer = side;
          this.probe.side = side;
          void this.enterTable();
        }
      }),
    );
    this.overlay.querySelector<HTMLElement>('[data-testid="handover-continue"]')?.focus();
  }

  private async enterTable(notice?: string): Promise<void> {
    const r = this.round;
    if (!r) return;
    await this.sceneReady;
    if (this.round !== r) return;
    r.table?.dispose();
    r.table = new TableScreen({
      onChoose: (a) => this.act(a),
      onMapMode: () => this.render(),
      onRewind: (move) => this.rewindTo(r.opened.index, move),
      sources: r.sources,
      map: this.mapAsset,
      animate: this.animate,
      branch: currentBranch(r.play).name,
      onBranches: () => this.showBranches(),
      onTimeline: r.play.kind === 'campaign' ? () => this.showTimeline() : null,
      ...(notice ? { notice } : {}),
    });
    this.mount('table', r.table.root);
    this.render();
    void this.runComputer();
  }

  /** The human's action: apply it, then let the computer answer. */
  private act(action: Action): void {
    const r = this.round;
    if (!r || this.probe.busy || r.session.state.turn !== r.viewer || r.seats[r.viewer] !== 'human') return;
    const result = r.session.dispatch(action);
    if (!result.ok) return;
    r.play = appendAction(r.play, action);
    this.autosave(r);
    this.render();
    void this.runComputer();
  }

  private async runComputer(): Promise<void> {
    const r = this.round;
    if (!r) return;
    const generation = this.generation;
    this.probe.busy = true;
    while (r.session.state.status === 'negotiating' && r.seats[r.session.state.turn] === 'computer') {
      await this.pause(this.animate ? 1200 : this.options.fast ? 0 : 250);
      if (generation !== this.generation || this.round !== r) return;
      const action = decide(r.opened.scenario, r.session.state, r.session.state.turn);
      const res = r.session.dispatch(action);
      if (!res.ok) break;
      r.play = appendAction(r.play, action);
      this.autosave(r);
      this.render();
    }
    this.probe.busy = false;
    if (r.session.state.status !== 'negotiating') {
      await this.pause(this.animate ? 1500 : 0);
      if (generation === this.generation && this.round === r) this.showOutcome();
      return;
    }
    const turn = r.session.state.turn;
    if (turn !== r.viewer) {
      // The other human's turn: hand the screen over (after a moment to see one's own move land).
      await this.pause(this.animate ? 900 : 0);
      if (generation === this.generation && this.round === r) this.showHandover(turn);
      return;
    }
    this.render();
    r.table?.focusFirstChoice();
  }

  /**
   * Rewind to just before action `move` of round `index` and go on from there
   * on a new branch (the branch left behind is kept).
   */
  private rewindTo(index: number, move: number): void {
    const r = this.round;
    if (!r || this.probe.busy) return;
    const next = rewind(r.play, index, move);
    if (!next.ok) {
      this.notices.push(next.error);
      return;
    }
    const left = currentBranch(r.play).name;
    const now = currentBranch(next.value).name;
    const notice = next.value === r.play ? undefined : `Rewound to just before decision ${move + 1}: you are now playing “${now}”. “${left}” is kept under Branches.`;
    const problem = this.enterPlay(next.value, r.bases, r.sources, 'rewind', notice);
    if (problem) this.showError({ title: 'This branch could not be replayed', file: '', errors: [], message: problem });
  }

  /** Change to another branch of the play, where it stands. */
  private openBranch(id: string): void {
    const r = this.round;
    if (!r) return;
    const problem = this.enterPlay(switchBranch(r.play, id), r.bases, r.sources, 'resume');
    if (problem) this.showError({ title: 'This branch could not be replayed', file: '', errors: [], message: problem });
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => (ms <= 0 ? queueMicrotask(resolve) : window.setTimeout(resolve, ms)));
  }

  private render(): void {
    const r = this.round;
    if (!r?.table) return;
    const state = r.session.state;
    const view = tableView(r.opened.scenario, state, r.viewer);
    r.table.update(view);
    this.store.set(this.picture(view, r.table));
    Object.assign(this.probe, {
      status: state.status,
      phase: view.phase.id,
      turn: state.turn,
      logLength: view.log.length,
      renders: this.probe.renders + 1,
    });
  }

  private picture(v: TableView, table: TableScreen): TablePicture {
    const last = lastSpoken(v);
    return {
      mode: 'table',
      seats: seats({ japan: v.sides.japan.delegation, russia: v.sides.russia.delegation }),
      speaker: last?.side && last.speakerId ? { side: last.side, id: last.speakerId, line: last.n } : null,
      meters: v.meters.map((m) => ({ id: m.id, value: m.value })),
      map: tableMapPicture(v.map, table.mapMode),
      flags: { japan: v.sides.japan.flag, russia: v.sides.russia.flag },
      notes: v.phase.style === 'notes',
      animate: this.animate,
    };
  }

  /** The played rounds of the current branch, this one included. */
  private playedRounds(r: Round): PlayedRound[] {
    return [...r.earlier, { ...r.opened, state: r.session.state, actions: actionsOf(r) }];
  }

  private showOutcome(): void {
    const r = this.round;
    if (!r) return;
    const state = r.session.state;
    const view = outcomeView(r.opened.scenario, state);
    Object.assign(this.probe, { status: state.status, logLength: tableView(r.opened.scenario, state, r.viewer).log.length });
    const campaign = r.play.kind === 'campaign';
    const rounds = this.catalog?.rounds ?? [];
    const nextId = campaign ? r.play.order[r.opened.index + 1] : rounds[rounds.findIndex((x) => x.id === r.opened.scenario.id) + 1]?.id;
    const nextCard = nextId !== undefined ? rounds.find((x) => x.id === nextId) : undefined;
    r.table?.dispose();
    r.table = null;
    this.store.set({ mode: 'outcome', yours: mapPicture(view.map.yours, null), record: mapPicture(view.map.record, null) });
    this.mount(
      'outcome',
      outcomeScreen(view, r.sources, this.mapAsset, {
        replay: () => (campaign ? this.rewindTo(r.opened.index, 0) : void this.openRound({ ...this.choice, round: r.opened.scenario.id, side: r.side })),
        switchSides: campaign ? null : () => void this.openRound({ ...this.choice, round: r.opened.scenario.id, side: other(r.side) }),
        next: nextCard ? () => (campaign ? this.nextRound() : void this.openRound({ ...this.choice, round: nextCard.id })) : null,
        nextLabel: nextCard ? (campaign ? `Next round of the campaign: ${nextCard.title} ▸` : 'Next round ▸') : null,
        timeline: campaign ? () => this.showTimeline() : null,
        branches: () => this.showBranches(),
        menu: () => this.showMenu(),
        debrief: () => this.showDebrief(),
        exportSave: () => download(`kuril-${slug(campaign ? 'campaign' : r.opened.scenario.id)}-save.json`, 'application/json', `${JSON.stringify(makeSave(r.play), null, 2)}\n`),
        shareLink: () => `${location.origin}${location.pathname}#replay=${encodeShare(makeSave(r.play))}`,
        decisions: decisionsOf(r.opened.scenario, state, r.viewer),
        rewind: (move) => this.rewindTo(r.opened.index, move),
        branch: currentBranch(r.play).name,
        campaign: campaign ? { round: r.opened.index + 1, of: r.play.order.length } : null,
      }),
    );
    this.overlay.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    this.overlay.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Campaign: on to the next round, opening in the world this one left. */
  private nextRound(): void {
    const r = this.round;
    if (!r) return;
    const problem = this.enterPlay(beginNextRound(r.play), r.bases, r.sources, 'new');
    if (problem) this.showError({ title: 'The next round could not be opened', file: '', errors: [], message: problem });
  }

  /** Take the table (or outcome) down for a page over the play; the callback goes back to it. */
  private stepAway(r: Round): () => void {
    r.table?.dispose();
    r.table = null;
    this.store.set({ mode: 'menu' });
    return r.session.state.status === 'negotiating' ? () => void this.enterTable() : () => this.showOutcome();
  }

  /** The campaign's timeline: your history beside the real one, year by year. */
  private showTimeline(): void {
    const r = this.round;
    if (!r) return;
    const back = this.stepAway(r);
    const rounds = this.playedRounds(r);
    this.mount('timeline', timelineScreen(timeline(r.play.order, rounds, r.bases), r.sources, { complete: isComplete(r.play, rounds), branch: currentBranch(r.play).name, back, branches: () => this.showBranches(), menu: () => this.showMenu() }));
    this.overlay.querySelector<HTMLElement>('h1')?.focus();
  }

  /** The branches of the play: named, renamed, opened, and compared side by side with history. */
  private showBranches(): void {
    const r = this.round;
    if (!r) return;
    const back = this.stepAway(r);
    const replayed = new Map(r.play.branches.map((b) => [b.id, replayBranch(r.play, r.bases, b.id)]));
    const compare = (ids: readonly string[]) =>
      compareBranches(
        r.play,
        r.bases,
        ids.flatMap((id) => {
          const branch = branchOf(r.play, id);
          const rounds = replayed.get(id);
          return branch && rounds?.ok ? [{ branch, rounds: rounds.value }] : [];
        }),
      );
    this.mount(
      'branches',
      branchesScreen(branchList(r.play), {
        compare,
        broken: Object.fromEntries([...replayed].flatMap(([id, x]) => (x.ok ? [] : [[id, x.error.message]]))),
        rename: (id, name) => {
          if (this.round !== r) return name;
          r.play = renameBranch(r.play, id, name);
          this.probe.branch = r.play.current;
          this.autosave(r);
          return branchOf(r.play, id)?.name ?? name;
        },
        open: (id) => this.openBranch(id),
        back,
        menu: () => this.showMenu(),
      }),
    );
    this.overlay.querySelector<HTMLElement>('h1')?.focus();
  }

  /** The debrief of the finished round: printable, exportable as Markdown and JSON. */
  private showDebrief(): void {
    const r = this.round;
    if (!r) return;
    const state = r.session.state;
    this.mount(
      'debrief',
      debriefScreen(this.pair, {
        make: (pair) => makeDebrief(r.opened.scenario, state, actionsOf(r), pair, r.opened.start),
        onPair: (pair) => (this.pair = pair),
        back: () => this.showOutcome(),
        menu: () => this.showMenu(),
      }),
    );
    this.overlay.querySelector<HTMLElement>('h1')?.focus();
  }

  private leaveRound(): void {
    this.generation++;
    this.banner.set('versions', null);
    this.round?.table?.dispose();
    this.round = null;
    Object.assign(this.probe, { busy: false, round: null, status: null, play: null, branch: null, branches: 0 });
    this.store.set({ mode: 'menu' });
  }

  private mount(screen: ScreenName, el: HTMLElement): void {
    this.screen = screen;
    this.probe.screen = screen;
    this.overlay.querySelectorAll(':scope > :not(#boot):not(#app-banner)').forEach((n) => n.remove());
    this.overlay.append(el);
    document.body.dataset.screen = screen;
  }

  private onKey(e: KeyboardEvent): void {
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    if (this.screen === 'table' && this.round?.table?.handleKey(e)) e.preventDefault();
  }
}
