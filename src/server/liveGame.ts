/**
 * One pair's game on the server: a single round, or a campaign (the
 * engine's play: its rounds in order, each opening in the world the pair's
 * previous outcome left), rebuilt by replaying the stored log. The log is
 * append-only, keyed by (game, seq); each row names its round, and "ready"
 * rows mark a campaign's boundaries: the next round begins when every
 * person at the table has said they are ready (the computer always is).
 * The one way to change a game is `play` — it checks the seat, lets the
 * engine check legality, writes the action and only then moves the state
 * on; the computer's replies are written the same way — or `ready`. Changes
 * to one game are applied one at a time, in arrival order.
 */
import { appendAction, beginNextRound, currentBranch, newPlay, replayBranch, type Play, type PlayedRound } from '../engine/campaign/play';
import { computerAction, newGame, step } from '../engine/game';
import type { Action, GameState } from '../engine/model/state';
import type { Scenario, SideId } from '../engine/model/types';
import { err, ok, type Result } from '../engine/result';
import { CAMPAIGN, orderOf, scenarioOf, scenariosOf } from './rounds';
import type { GameRecord, LogEntry, Store } from './store/types';

export interface PlayError {
  readonly code: string;
  readonly message: string;
}

/** One round of a game as played so far (the last of a game's rounds is the current one). */
export type LiveRound = Pick<PlayedRound, 'index' | 'id' | 'scenario' | 'start' | 'state' | 'actions'>;

const SIDES: readonly SideId[] = ['japan', 'russia'];

export class LiveGame {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly record: GameRecord,
    /** The rounds this game plays, in order (one unless a campaign). */
    readonly order: readonly string[],
    private played: LiveRound[],
    /** The engine's play of a campaign (null for a single round). */
    private campaign: Play | null,
    /** Who is ready for the round after the current one. */
    private readySides: Set<SideId>,
    private rows: number,
    private readonly store: Store,
  ) {}

  /** The game as its log leaves it (`plan`: the class's round id, or the campaign); a log that does not replay is an error naming the game and move. */
  static async load(record: GameRecord, plan: string, store: Store): Promise<LiveGame> {
    const log = await store.log(record.id);
    const order = orderOf(plan);
    if (plan !== CAMPAIGN) {
      const scenario = scenarioOf(plan);
      const start = newGame(scenario, { seed: record.seed, seats: record.seats });
      let state = start;
      const actions: Action[] = [];
      log.forEach((e, i) => {
        if (e.kind !== 'move' || e.round !== 0) throw new Error(`game ${record.id}: row ${i} of a one-round game belongs to another round`);
        const r = step(scenario, state, e.action);
        if (!r.ok) throw new Error(`game ${record.id}: stored move ${i} does not replay (${r.error.message})`);
        state = r.value;
        actions.push(e.action);
      });
      return new LiveGame(record, order, [{ index: 0, id: plan, scenario, start, state, actions }], null, new Set(), log.length, store);
    }
    let play = newPlay('campaign', order, record.seats, record.seed);
    const ready = new Map<number, Set<SideId>>();
    for (const [i, e] of log.entries()) {
      if (e.round >= order.length) throw new Error(`game ${record.id}: row ${i} belongs to round ${e.round + 1}, and the campaign has ${order.length}`);
      while (currentRounds(play) <= e.round) play = beginNextRound(play);
      if (e.kind === 'move') play = appendAction(play, e.action);
      else ready.set(e.round, (ready.get(e.round) ?? new Set()).add(e.side));
    }
    const last = currentRounds(play) - 1;
    const waiting = ready.get(last) ?? new Set<SideId>();
    if (allReady(record, waiting) && last + 1 < order.length) play = beginNextRound(play);
    const game = new LiveGame(record, order, [], play, new Set(), log.length, store);
    game.replay();
    if (game.round === last) game.readySides = waiting;
    return game;
  }

  get scenario(): Scenario {
    return this.current.scenario;
  }

  get state(): GameState {
    return this.current.state;
  }

  /** The current round's actions. */
  get moves(): readonly Action[] {
    return this.current.actions;
  }

  /** How many rows the log holds (the number the next row gets, and what a client's view is stamped with). */
  get seq(): number {
    return this.rows;
  }

  /** The current round's index in the order. */
  get round(): number {
    return this.current.index;
  }

  /** Every round played so far, the current one last. */
  get rounds(): readonly LiveRound[] {
    return this.played;
  }

  get isCampaign(): boolean {
    return this.campaign !== null;
  }

  /** Whether the current round is over and another follows it. */
  get between(): boolean {
    return this.campaign !== null && this.state.status !== 'negotiating' && this.round + 1 < this.order.length;
  }

  /** The seats that said they are ready for the next round. */
  get ready(): ReadonlySet<SideId> {
    return this.readySides;
  }

  private get current(): LiveRound {
    const r = this.played[this.played.length - 1];
    if (!r) throw new Error(`game ${this.record.id} has no round`);
    return r;
  }

  /** Let the computer seats move until a person must (the opening of a game against the computer). */
  start(): Promise<Result<GameState, PlayError>> {
    return this.serial(async () => {
      await this.computerTurns();
      return ok(this.state);
    });
  }

  /** A person in seat `side` plays `action`; refused (state unchanged) if it is not theirs or not legal now. */
  play(side: SideId, action: Action): Promise<Result<GameState, PlayError>> {
    return this.serial(async () => {
      if (action.side !== side) return err({ code: 'wrong-seat', message: `you hold the ${side} seat and cannot act for the other side` });
      if (this.record.seats[side] !== 'human') return err({ code: 'wrong-seat', message: 'that seat is the computer’s' });
      const r = step(this.scenario, this.state, action);
      if (!r.ok) return err(r.error);
      await this.commit(action, r.value);
      await this.computerTurns();
      return ok(this.state);
    });
  }

  /** Seat `side` is ready for the next round of the campaign; once every person is, it opens (in the world this pair's outcome left). */
  markReady(side: SideId): Promise<Result<GameState, PlayError>> {
    return this.serial(async () => {
      if (!this.campaign) return err({ code: 'no-next-round', message: 'this class plays one round' });
      if (this.record.seats[side] !== 'human') return err({ code: 'wrong-seat', message: 'that seat is the computer’s' });
      if (this.state.status === 'negotiating') return err({ code: 'not-over', message: 'this round is not over yet' });
      if (!this.between) return err({ code: 'no-next-round', message: 'that was the campaign’s last round' });
      if (this.readySides.has(side)) return ok(this.state);
      await this.write({ kind: 'ready', round: this.round, side });
      this.readySides.add(side);
      if (allReady(this.record, this.readySides)) {
        this.campaign = beginNextRound(this.campaign);
        this.replay();
        this.readySides = new Set();
        await this.computerTurns();
      }
      return ok(this.state);
    });
  }

  /** Rebuild the rounds from the campaign's actions through the engine's own replay (the next round's world follows from the outcome). */
  private replay(): void {
    if (!this.campaign) return;
    const r = replayBranch(this.campaign, scenariosOf(this.order));
    if (!r.ok) throw new Error(`game ${this.record.id}: ${r.error.message}`);
    this.played = r.value.map(({ index, id, scenario, start, state, actions }) => ({ index, id, scenario, start, state, actions }));
  }

  private async computerTurns(): Promise<void> {
    for (let i = 0; i < 500 && this.state.status === 'negotiating' && this.record.seats[this.state.turn] === 'computer'; i++) {
      const action = computerAction(this.scenario, this.state);
      const r = step(this.scenario, this.state, action);
      if (!r.ok) throw new Error(`game ${this.record.id}: the computer chose an illegal move (${r.error.message})`);
      await this.commit(action, r.value);
    }
  }

  private async commit(action: Action, next: GameState): Promise<void> {
    await this.write({ kind: 'move', round: this.round, action });
    const cur = this.current;
    this.played = [...this.played.slice(0, -1), { ...cur, state: next, actions: [...cur.actions, action] }];
    if (this.campaign) this.campaign = appendAction(this.campaign, action);
  }

  private async write(entry: LogEntry): Promise<void> {
    await this.store.appendEntry(this.record.id, this.rows, entry, Date.now());
    this.rows++;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

const currentRounds = (p: Play): number => currentBranch(p).rounds.length;

/** Every person at the table is ready (the computer's seat always is). */
const allReady = (record: GameRecord, ready: ReadonlySet<SideId>): boolean => SIDES.every((s) => record.seats[s] !== 'human' || ready.has(s));
