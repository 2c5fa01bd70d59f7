/**
 * One pair's game on the server: the engine's state rebuilt by replaying the
 * stored action log through `step`, and the one way to change it — `play`,
 * which checks the seat, lets the engine check legality, writes the action
 * to the log (append-only, keyed by (game, seq)) and only then moves the
 * state on; the computer's replies are written the same way. Moves of one
 * game are applied one at a time, in arrival order.
 */
import { computerAction, newGame, step } from '../engine/game';
import type { Action, GameState } from '../engine/model/state';
import type { Scenario, SideId } from '../engine/model/types';
import { err, ok, type Result } from '../engine/result';
import type { GameRecord, Store } from './store/types';

export interface PlayError {
  readonly code: string;
  readonly message: string;
}

export class LiveGame {
  private queue: Promise<unknown> = Promise.resolve();
  private actions: Action[] = [];

  private constructor(
    readonly record: GameRecord,
    readonly scenario: Scenario,
    private current: GameState,
    private readonly store: Store,
  ) {}

  /** The game as its log leaves it; a log that does not replay is an error naming the game and move. */
  static async load(record: GameRecord, scenario: Scenario, store: Store): Promise<LiveGame> {
    const log = await store.actions(record.id);
    let state = newGame(scenario, { seed: record.seed, seats: record.seats });
    log.forEach((a, i) => {
      const r = step(scenario, state, a);
      if (!r.ok) throw new Error(`game ${record.id}: stored move ${i} does not replay (${r.error.message})`);
      state = r.value;
    });
    const game = new LiveGame(record, scenario, state, store);
    game.actions = log;
    return game;
  }

  get state(): GameState {
    return this.current;
  }

  get moves(): readonly Action[] {
    return this.actions;
  }

  /** Let the computer seats move until a person must (the opening of a game against the computer). */
  start(): Promise<Result<GameState, PlayError>> {
    return this.serial(async () => {
      await this.computerTurns();
      return ok(this.current);
    });
  }

  /** A person in seat `side` plays `action`; refused (state unchanged) if it is not theirs or not legal now. */
  play(side: SideId, action: Action): Promise<Result<GameState, PlayError>> {
    return this.serial(async () => {
      if (action.side !== side) return err({ code: 'wrong-seat', message: `you hold the ${side} seat and cannot act for the other side` });
      if (this.record.seats[side] !== 'human') return err({ code: 'wrong-seat', message: 'that seat is the computer’s' });
      const r = step(this.scenario, this.current, action);
      if (!r.ok) return err(r.error);
      await this.commit(action, r.value);
      await this.computerTurns();
      return ok(this.current);
    });
  }

  private async computerTurns(): Promise<void> {
    for (let i = 0; i < 500 && this.current.status === 'negotiating' && this.record.seats[this.current.turn] === 'computer'; i++) {
      const action = computerAction(this.scenario, this.current);
      const r = step(this.scenario, this.current, action);
      if (!r.ok) throw new Error(`game ${this.record.id}: the computer chose an illegal move (${r.error.message})`);
      await this.commit(action, r.value);
    }
  }

  private async commit(action: Action, next: GameState): Promise<void> {
    await this.store.append(this.record.id, this.actions.length, action, Date.now());
    this.actions.push(action);
    this.current = next;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
