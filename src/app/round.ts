/**
 * The round controller: the round being played (the play's current round on
 * its current branch, as an engine Session), driven by its flow machine
 * (flow.ts). It supplies the flow's effects — the brief, the hand-over
 * between two students (the table is taken down and rebuilt from the next
 * side's own view-model, so the other side's brief and private replies are
 * never in the DOM while it plays), the table, the human's and the
 * computer's moves — and renders each move to the DOM overlay and the room.
 */
import { decide } from '../engine/counterpart/negotiator';
import { appendAction, currentBranch, rewind, switchBranch, type Play, type PlayedRound } from '../engine/campaign/play';
import type { Action, Seat } from '../engine/model/state';
import type { SideId } from '../engine/model/types';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import { Session } from '../engine/session';
import { briefView, decisionsOf, say, tableView, type TableView } from '../engine/view/viewModel';
import type { MapAsset } from '../map/asset';
import { tutorialSteps } from '../engine/view/tutorial';
import { briefingScreen } from '../ui/briefing';
import { Tutorial } from '../ui/tutorial';
import { handoverScreen } from '../ui/handover';
import type { ErrorReport } from '../ui/error';
import { lastSpoken, TableScreen } from '../ui/table/screen';
import { tableMapPicture, type RoomStore, type TablePicture } from '../view/bridge';
import { seats } from '../view/layout';
import { createActor, type Actor } from 'xstate';
import { roundFlow, type RoundFlow } from './flow';
import type { ScreenHost } from './host';
import type { Inspector } from './inspect';

/** What the round controller needs from the shell around it. */
export interface RoundShell {
  readonly host: ScreenHost;
  readonly store: RoomStore;
  readonly sceneReady: Promise<void>;
  readonly animate: boolean;
  readonly fast: boolean;
  /** The development inspector (?inspect=1), if on. */
  readonly inspector: Inspector | null;
  currentMap(): MapAsset | null;
  showMenu(): void;
  showError(report: ErrorReport): void;
  /** Open a play (replayed) in place of this round; returns why it could not. */
  enterPlay(play: Play, bases: ReadonlyMap<string, Scenario>, sources: SourceLibrary, how: 'new' | 'resume' | 'rewind', notice?: string, back?: () => void): string | null;
  /** Save the play (autosave). */
  save(play: Play): void;
  notice(message: string): void;
  /** The pages over the play: the outcome, timeline, branches. */
  showOutcome(round: RoundController): void;
  showTimeline(round: RoundController): void;
  showBranches(round: RoundController): void;
}

/** "Japan" → "Japanese", "USSR" → "Soviet", "Russia" → "Russian"; other names (the practice round's) as they are. */
const ADJECTIVES: Readonly<Record<string, string>> = { Japan: 'Japanese', USSR: 'Soviet', Russia: 'Russian' };
const delegationName = (short: string): string => ADJECTIVES[short] ?? short;

export class RoundController {
  readonly session: Session;
  readonly seats: Readonly<Record<SideId, Seat>>;
  /** Both seats human: hand the screen over between turns. */
  readonly hotseat: boolean;
  /** The side whose view the screen shows now. */
  viewer: SideId;
  private readonly briefed: Set<SideId>;
  private table: TableScreen | null = null;
  /** The practice round's guide, from the brief to the outcome (null in the real rounds). */
  readonly tutorial: Tutorial | null;
  private readonly flow: Actor<RoundFlow>;

  constructor(
    private readonly shell: RoundShell,
    /** The whole play (one round or the campaign), with its branches; replaced on every change. */
    public play: Play,
    readonly bases: ReadonlyMap<string, Scenario>,
    readonly sources: SourceLibrary,
    /** The earlier rounds of this branch, replayed. */
    readonly earlier: readonly PlayedRound[],
    /** This round as it stood when opened: its index in the order, its start, the round as resolved for its world. */
    readonly opened: PlayedRound,
    /** The side chosen in the menu (against the computer: the human side). */
    readonly side: SideId,
    fresh: boolean,
    private readonly notice?: string,
    /** Where "Back" on the brief goes: the screen the student came from (the previous round's outcome in a campaign), else the menu. */
    private readonly back: () => void = () => shell.showMenu(),
  ) {
    this.seats = { ...play.seats };
    this.hotseat = play.seats.japan === 'human' && play.seats.russia === 'human';
    this.viewer = this.hotseat ? opened.state.turn : side;
    this.briefed = new Set(fresh ? [] : ['japan', 'russia']);
    const steps = tutorialSteps(opened.scenario);
    this.tutorial = steps ? new Tutorial(steps) : null;
    this.session = new Session(opened.scenario, opened.state);
    const probe = shell.host.probe;
    Object.assign(probe, { round: opened.id, side: this.viewer, play: play.kind, branch: play.current, branches: play.branches.length });
    const state = () => this.session.state;
    this.flow = createActor(
      roundFlow({
        ended: () => state().status !== 'negotiating',
        fresh: () => fresh,
        hotseat: this.hotseat,
        computerToMove: () => this.seats[state().turn] === 'computer',
        otherHumanToMove: () => state().turn !== this.viewer,
        briefed: () => this.briefed.has(state().turn),
        mayAct: () => state().turn === this.viewer && this.seats[this.viewer] === 'human',
        showBrief: () => this.showBrief(),
        showHandover: () => this.showHandover(state().turn),
        takeSeat: () => {
          this.viewer = state().turn;
          probe.side = this.viewer;
        },
        showTable: () => this.showTable(),
        leaveTable: () => this.takeTableDown(),
        yourTurn: () => {
          this.render();
          this.table?.focusFirstChoice();
        },
        humanMove: (a) => this.move(a),
        computerMove: () => this.move(decide(opened.scenario, state(), state().turn)),
        showOutcome: () => shell.showOutcome(this),
        sceneReady: shell.sceneReady,
        save: (p) => shell.save(p),
        delays: { think: shell.animate ? 1200 : shell.fast ? 0 : 250, end: shell.animate ? 1500 : 0, pass: shell.animate ? 900 : 0 },
      }),
      shell.inspector ? { inspect: shell.inspector.inspect } : {},
    );
    shell.inspector?.note('round (engine)', this.session.round.value);
    this.flow.subscribe((s) => shell.host.busy('round', s.hasTag('busy')));
    this.flow.start();
  }

  get state() {
    return this.session.state;
  }

  /** This round's actions on the current branch. */
  get actions(): readonly Action[] {
    return currentBranch(this.play).rounds[this.opened.index] ?? [];
  }

  /** The played rounds of the current branch, this one included. */
  playedRounds(): PlayedRound[] {
    return [...this.earlier, { ...this.opened, state: this.session.state, actions: this.actions }];
  }

  /** Save the play now (a resumed, rewound or renamed play is saved at once). */
  save(): void {
    this.flow.send({ type: 'saved', play: this.play });
  }

  /** A page over the play (timeline, branches, debrief) is going up; `back` returns to the table or the outcome. */
  stepAway(): () => void {
    this.flow.send({ type: 'away' });
    this.shell.store.set({ mode: 'menu' });
    return () => this.flow.send({ type: 'back' });
  }

  /** The round is left: its timers and waits are cancelled, its table taken down. */
  stop(): void {
    this.flow.stop();
    this.shell.host.busy('round', false);
    this.takeTableDown();
  }

  private move(action: Action): void {
    if (!this.session.dispatch(action).ok) return;
    this.shell.inspector?.note('round (engine)', this.session.round.value, action.type);
    this.play = appendAction(this.play, action);
    this.save();
    this.render();
  }

  /** A side's private brief; only this side's is put in the DOM. */
  private showBrief(): void {
    const side = this.viewer;
    this.briefed.add(side);
    this.shell.host.probe.side = side;
    const context = this.play.kind === 'campaign' ? { round: this.opened.index + 1, of: this.play.order.length } : null;
    const brief = briefingScreen(briefView(this.opened.scenario, side, 'en', this.session.state.world), this.sources, () => this.flow.send({ type: 'begin' }), this.back, context);
    this.shell.host.mount('briefing', brief, '[data-testid="begin"]');
    this.tutorial?.show(brief);
  }

  /** Two students, one screen: ask for the screen to be passed to `side`. */
  private showHandover(side: SideId): void {
    this.takeTableDown();
    this.shell.host.probe.side = null;
    this.shell.store.set({ mode: 'menu' });
    const s = this.opened.scenario;
    const screen = handoverScreen(delegationName(say(s.sides[side].short)), side, say(s.title), !this.briefed.has(side), () => this.flow.send({ type: 'continue' }));
    this.shell.host.mount('handover', screen, '[data-testid="handover-continue"]');
  }

  private showTable(): void {
    this.takeTableDown();
    this.shell.host.probe.side = this.viewer;
    this.table = new TableScreen({
      onChoose: (a) => this.flow.send({ type: 'act', action: a }),
      onMapMode: () => this.render(),
      onRewind: (move) => this.rewindTo(move),
      sources: this.sources,
      map: this.shell.currentMap(),
      animate: this.shell.animate,
      tutorial: this.tutorial,
      branch: currentBranch(this.play).name,
      onBranches: () => this.shell.showBranches(this),
      onTimeline: this.play.kind === 'campaign' ? () => this.shell.showTimeline(this) : null,
      earlier: {
        title: say(this.opened.scenario.title),
        rounds: this.earlier.map((r) => ({ id: r.id, title: say(r.scenario.title), decisions: decisionsOf(r.scenario, r.state, this.viewer), onRewind: (move: number) => this.rewindTo(move, r.index) })),
      },
      ...(this.notice ? { notice: this.notice } : {}),
    });
    const table = this.table;
    this.shell.host.tableKeys = (e) => table.handleKey(e);
    this.shell.host.mount('table', table.root);
    this.render();
  }

  private takeTableDown(): void {
    this.table?.dispose();
    this.table = null;
    this.shell.host.tableKeys = null;
  }

  /**
   * Rewind to just before action `move` of this round (or of an earlier round
   * of the campaign) and go on from there on a new branch; the branch left
   * behind, with any rounds played after that one, is kept.
   */
  rewindTo(move: number, round: number = this.opened.index): void {
    if (this.flow.getSnapshot().hasTag('busy')) return;
    // At one screen, a seat rewinds only its own decisions.
    const action = currentBranch(this.play).rounds[round]?.[move];
    if (this.hotseat && action && action.side !== this.viewer) return;
    const next = rewind(this.play, round, move);
    if (!next.ok) return this.shell.notice(next.error);
    const left = currentBranch(this.play).name;
    const now = currentBranch(next.value).name;
    const earlier = round < this.opened.index ? ` of round ${this.play.order[round] ?? round + 1}` : '';
    const kept = earlier ? `“${left}”, with the rounds you played after it, is kept under Branches.` : `“${left}” is kept under Branches.`;
    const notice = next.value === this.play ? undefined : `Rewound to just before decision ${move + 1}${earlier}: you are now playing “${now}”. ${kept}`;
    const problem = this.shell.enterPlay(next.value, this.bases, this.sources, 'rewind', notice);
    if (problem) this.shell.showError({ title: 'This branch could not be replayed', file: '', errors: [], message: problem });
  }

  /** Change to another branch of the play, where it stands. */
  openBranch(id: string): void {
    const problem = this.shell.enterPlay(switchBranch(this.play, id), this.bases, this.sources, 'resume');
    if (problem) this.shell.showError({ title: 'This branch could not be replayed', file: '', errors: [], message: problem });
  }

  private render(): void {
    if (!this.table) return;
    const state = this.session.state;
    const view = tableView(this.opened.scenario, state, this.viewer);
    this.table.update(view);
    this.shell.store.set(this.picture(view, this.table));
    const probe = this.shell.host.probe;
    Object.assign(probe, { status: state.status, phase: view.phase.id, turn: state.turn, logLength: view.log.length, renders: probe.renders + 1 });
  }

  private picture(v: TableView, table: TableScreen): TablePicture {
    const last = lastSpoken(v);
    return {
      mode: 'table',
      seats: seats({ japan: v.sides.japan.delegation, russia: v.sides.russia.delegation }),
      speaker: last?.side && last.speakerId ? { side: last.side, id: last.speakerId, line: last.n } : null,
      meters: v.meters.map((m) => ({ id: m.id, value: m.value })),
      expressions: v.expressions,
      map: tableMapPicture(v.map, table.mapMode),
      flags: { japan: v.sides.japan.flag, russia: v.sides.russia.flag },
      notes: v.phase.style === 'notes',
      animate: this.shell.animate,
    };
  }
}
