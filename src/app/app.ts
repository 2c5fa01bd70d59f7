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
import { newGame } from '../engine/game';
import { decodeShare, encodeShare, makeSave, parseSave, replay, type RoundSave } from '../engine/log/save';
import type { Action, GameState } from '../engine/model/state';
import { other, type SideId } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import { Session } from '../engine/session';
import { briefView, outcomeView, say, tableView, type TableView } from '../engine/view/viewModel';
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
import { discardAutosave, readAutosave, setAside, writeAutosave } from './autosave';
import { fetchCatalog, fetchGuide, fetchMap, fetchScenario, fetchSources } from './data';
import type { MapAsset } from './mapAsset';
import type { PageOptions } from './params';

export type ScreenName = 'boot' | 'menu' | 'credits' | 'guide' | 'class' | 'briefing' | 'handover' | 'table' | 'outcome' | 'debrief' | 'error';

type Seat = 'human' | 'computer';

interface Round {
  readonly scenario: Scenario;
  readonly sources: SourceLibrary;
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
  readonly actions: Action[];
  table: TableScreen | null;
}

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
  private readonly probe: GameProbe = { screen: 'boot', round: null, side: null, status: null, phase: null, turn: null, busy: false, logLength: 0, renders: 0 };

  constructor(
    private readonly overlay: HTMLElement,
    private readonly store: RoomStore,
    private readonly options: PageOptions,
  ) {
    window.__game = this.probe;
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
    this.mapAsset = map;
    if (r.ok) {
      this.catalog = r.value;
      if (!r.value.rounds.some((x) => x.id === this.choice.round)) this.choice.round = r.value.rounds[0]?.id ?? this.choice.round;
    } else this.showError({ title: 'The round index could not be read', file: 'scenarios/index.yaml', errors: [], message: r.error });
  }

  showMenu(): void {
    this.leaveRound();
    if (!this.catalog) return;
    const auto = readAutosave();
    const notices = [...this.notices, ...auto.problems];
    this.notices = [];
    const save = auto.save;
    this.mount(
      'menu',
      menuScreen(
        this.catalog,
        this.choice,
        this.mapAsset,
        {
          start: (c) => void this.openRound(c),
          credits: () => void this.showCredits(),
          guide: () => void this.showGuide(),
          classResults: () => this.showClassResults(),
          resume: () => {
            if (save) void this.openSave(save, 'autosave');
          },
          discard: () => {
            discardAutosave();
            this.showMenu();
          },
          openFile: (file) => void this.openFile(file),
        },
        save ? this.describeSave(save) : null,
        notices,
      ),
    );
    this.overlay.querySelector<HTMLElement>(save ? '[data-testid="resume"]' : '.card[aria-pressed="true"]')?.focus();
  }

  /** If the page was opened with a share link (#replay=…), replay it and show the outcome. */
  async openShareLink(): Promise<void> {
    const m = /^#replay=(.*)$/.exec(location.hash);
    if (!m || !this.catalog) return;
    const r = decodeShare(m[1] ?? '');
    if (!r.ok) {
      this.notices.push(r.error);
      this.showMenu();
      return;
    }
    await this.openSave(r.value, 'share link');
  }

  private describeSave(save: RoundSave): SavedRound {
    const card = this.catalog?.rounds.find((x) => x.id === save.round);
    const human = save.seats.japan === 'human' ? 'japan' : 'russia';
    return { title: card?.title ?? `Round ${save.round}`, side: human === 'japan' ? 'Japan' : 'the Soviet Union / Russia', moves: save.actions.length };
  }

  private async openFile(file: File): Promise<void> {
    const text = await file.text();
    const r = parseSave(text, file.name);
    if (!r.ok) {
      this.notices.push(r.error);
      this.showMenu();
      return;
    }
    await this.openSave(r.value, 'file');
  }

  /** The round's scenario file, fetched and validated (an invalid one shows the error screen). */
  private async fetchRound(id: string): Promise<{ scenario: Scenario; sources: SourceLibrary } | null> {
    const card = this.catalog?.rounds.find((r) => r.id === id);
    if (!card) return null;
    const generation = ++this.generation;
    this.probe.busy = true;
    const [loaded, map] = await Promise.all([fetchScenario(card.file), fetchMap()]);
    this.probe.busy = false;
    if (generation !== this.generation) return null;
    this.mapAsset = map;
    if (!loaded.ok) {
      this.showError({ title: `Round ${card.id} could not be loaded`, ...loaded.error });
      return null;
    }
    return loaded.value;
  }

  /** Replay a save (autosave, file or share link) and go straight to the table, or to the outcome if the round had ended. */
  private async openSave(save: RoundSave, from: 'autosave' | 'file' | 'share link'): Promise<void> {
    if (!this.catalog?.rounds.some((r) => r.id === save.round)) {
      this.fail(from, `${from}: this save is for round ${save.round}, which this version of the game does not have`);
      return;
    }
    const loaded = await this.fetchRound(save.round);
    if (!loaded) return;
    const { scenario, sources } = loaded;
    const replayed = replay(scenario, save);
    if (!replayed.ok) {
      this.fail(from, `${from}: ${replayed.error.message}`);
      return;
    }
    const state = replayed.value;
    const hotseat = save.seats.japan === 'human' && save.seats.russia === 'human';
    const side: SideId = save.seats.japan === 'human' ? 'japan' : 'russia';
    this.choice = { round: scenario.id, side, mode: hotseat ? 'hotseat' : 'computer' };
    const viewer = hotseat ? state.turn : side;
    const session = new Session(scenario, state);
    this.round = { scenario, sources, side, seats: { ...save.seats }, hotseat, viewer, briefed: new Set(['japan', 'russia']), session, actions: [...save.actions], table: null };
    this.probe.round = scenario.id;
    this.probe.side = viewer;
    if (state.status !== 'negotiating') this.showOutcome();
    else void this.enterTable();
  }

  private fail(from: 'autosave' | 'file' | 'share link', message: string): void {
    if (from === 'autosave') this.notices.push(...setAside(message).problems);
    else this.notices.push(message);
    this.showMenu();
  }

  private saveOf(r: Round): RoundSave {
    return makeSave(r.scenario, r.session.state, r.actions);
  }

  /** Autosave after every move (against the computer only: a hot-seat round is not resumed). */
  private autosave(r: Round): void {
    if (!r.hotseat) writeAutosave(this.saveOf(r));
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
    this.mount('class', classResultsScreen(() => this.showMenu()));
    this.overlay.querySelector<HTMLElement>('input[type="file"]')?.focus();
  }

  private showError(report: ErrorReport): void {
    this.leaveRound();
    this.mount('error', errorScreen(report, () => this.showMenu()));
    this.overlay.querySelector<HTMLElement>('button')?.focus();
  }

  /** Fetch and validate the chosen round, then show the brief. */
  private async openRound(choice: MenuChoice): Promise<void> {
    this.choice = choice;
    const loaded = await this.fetchRound(choice.round);
    if (!loaded) return;
    const { scenario, sources } = loaded;
    const side = choice.side;
    const hotseat = choice.mode === 'hotseat';
    const seatsFor: Record<SideId, Seat> = hotseat ? { japan: 'human', russia: 'human' } : ({ [side]: 'human', [other(side)]: 'computer' } as Record<SideId, Seat>);
    const seed = this.options.seed ?? Math.floor(Math.random() * 2 ** 31);
    const session = new Session(scenario, newGame(scenario, { seed, seats: seatsFor }));
    const viewer = hotseat ? session.state.turn : side;
    this.round = { scenario, sources, side, seats: seatsFor, hotseat, viewer, briefed: new Set(), session, actions: [], table: null };
    this.probe.round = scenario.id;
    if (hotseat) this.showHandover(viewer);
    else this.showBriefing(viewer);
  }

  /** A side's private brief; only this side's is put in the DOM. */
  private showBriefing(side: SideId): void {
    const r = this.round;
    if (!r) return;
    r.viewer = side;
    r.briefed.add(side);
    this.probe.side = side;
    this.mount('briefing', briefingScreen(briefView(r.scenario, side), r.sources, () => void this.enterTable(), () => this.showMenu()));
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
      handoverScreen(delegationName(say(r.scenario.sides[side].short)), side, say(r.scenario.title), first, () => {
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

  private async enterTable(): Promise<void> {
    const r = this.round;
    if (!r) return;
    await this.sceneReady;
    if (this.round !== r) return;
    r.table?.dispose();
    r.table = new TableScreen({ onChoose: (a) => this.act(a), onMapMode: () => this.render(), sources: r.sources, map: this.mapAsset, animate: this.animate });
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
    r.actions.push(action);
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
      const action = decide(r.scenario, r.session.state, r.session.state.turn);
      const res = r.session.dispatch(action);
      if (!res.ok) break;
      r.actions.push(action);
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

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => (ms <= 0 ? queueMicrotask(resolve) : window.setTimeout(resolve, ms)));
  }

  private render(): void {
    const r = this.round;
    if (!r?.table) return;
    const state = r.session.state;
    const view = tableView(r.scenario, state, r.viewer);
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

  private showOutcome(): void {
    const r = this.round;
    if (!r) return;
    const view = outcomeView(r.scenario, r.session.state);
    Object.assign(this.probe, { status: r.session.state.status, logLength: tableView(r.scenario, r.session.state, r.viewer).log.length });
    const rounds = this.catalog?.rounds ?? [];
    const index = rounds.findIndex((x) => x.id === r.scenario.id);
    const next = rounds[index + 1];
    r.table?.dispose();
    r.table = null;
    this.store.set({ mode: 'outcome', yours: mapPicture(view.map.yours, null), record: mapPicture(view.map.record, null) });
    this.mount(
      'outcome',
      outcomeScreen(view, r.sources, this.mapAsset, {
        replay: () => void this.openRound({ ...this.choice, side: r.side }),
        switchSides: () => void this.openRound({ ...this.choice, side: other(r.side) }),
        next: next ? () => void this.openRound({ ...this.choice, round: next.id }) : null,
        menu: () => this.showMenu(),
        debrief: () => this.showDebrief(),
        exportSave: () => download(`kuril-${slug(r.scenario.id)}-save.json`, 'application/json', `${JSON.stringify(this.saveOf(r), null, 2)}\n`),
        shareLink: () => `${location.origin}${location.pathname}#replay=${encodeShare(this.saveOf(r))}`,
      }),
    );
    this.overlay.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
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
        make: (pair) => makeDebrief(r.scenario, state, r.actions, pair),
        onPair: (pair) => (this.pair = pair),
        back: () => this.showOutcome(),
        menu: () => this.showMenu(),
      }),
    );
    this.overlay.querySelector<HTMLElement>('h1')?.focus();
  }

  private leaveRound(): void {
    this.generation++;
    this.round?.table?.dispose();
    this.round?.session.stop();
    this.round = null;
    this.probe.busy = false;
    this.probe.round = null;
    this.probe.status = null;
    this.store.set({ mode: 'menu' });
  }

  private mount(screen: ScreenName, el: HTMLElement): void {
    this.screen = screen;
    this.probe.screen = screen;
    this.overlay.querySelectorAll(':scope > :not(#boot)').forEach((n) => n.remove());
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
