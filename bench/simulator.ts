/**
 * The simulator's part of `npm run bench` (alone: `npm run bench -- --only
 * simulator`): negotiations per second per round, computer against computer,
 * from the built simulator (`npm run simulate`) on one thread (`sims_per_s`)
 * and on every core (`sims_per_s_all`); and what one event costs, in µs, split
 * into the round machine's step through XState (`advance`, the rules inside
 * it included), the rules alone (legality, the move applied, the clock) and the
 * computer's choice of action. The split replays recorded positions, so each
 * part is timed over the same events; the fastest of five passes counts.
 * Beside it, XState's floor: one transition of a two-state machine with one
 * event and nothing else (no guard, no action, no context), stepped the way
 * the engine steps its round machine. No round's move can cost less than that
 * while every move is an XState transition.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createActor, setup, type ActorScope, type AnyStateMachine } from 'xstate';
import { decide } from '../src/engine/counterpart/negotiator';
import { newGame } from '../src/engine/game';
import { compile } from '../src/engine/model/compiled';
import type { Action } from '../src/engine/model/state';
import { advance, openRound, type RoundSnapshot } from '../src/engine/round/advance';
import { fireEvents, phaseSpent } from '../src/engine/round/clock';
import { applyAction } from '../src/engine/round/apply';
import { checkAction } from '../src/engine/round/rules';
import { loadRound, ROOT } from '../src/node/files';

function perSecond(round: string, workers: number, runs: number): number {
  const args = ['scripts/simulate.mjs', '--round', round, '--runs', String(runs), '--seed', '1', '--side', 'none', '--policy', 'computer', '--workers', String(workers), '--json'];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`simulate ${round} failed: ${r.stderr}`);
  return Math.round((JSON.parse(r.stdout) as { perSecond: number }).perSecond);
}

export interface EventCost {
  readonly events: number;
  /** One step of the round machine (XState's transition, with the rules it runs). */
  readonly step_us: number;
  /** The rules alone: checkAction, applyAction, phase spent, outside events. */
  readonly rules_us: number;
  /** The machine's own share: step minus rules. */
  readonly xstate_us: number;
  /** The computer choosing its action. */
  readonly decide_us: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The per-event split for a round, over the events of `games` computer-against-computer games. */
export function eventCost(round: string, games = 200): EventCost {
  const s = loadRound(round);
  const c = compile(s);
  const events: [RoundSnapshot, Action][] = [];
  for (let i = 0; i < games; i++) {
    let snap = openRound(s, newGame(s, { seed: 1 + i, seats: { japan: 'computer', russia: 'computer' } }));
    while (snap.status === 'active') {
      const action = decide(s, snap.context, snap.context.turn);
      events.push([snap, action]);
      const r = advance(s, snap, action);
      if (!r.ok) throw new Error(`round ${round}: the computer's ${action.type} was refused: ${r.error.message}`);
      snap = r.value;
    }
  }
  const best = (pass: () => void) => {
    let ms = Infinity;
    for (let k = 0; k < 5; k++) {
      const t = cpuMs();
      pass();
      ms = Math.min(ms, cpuMs() - t);
    }
    return (ms * 1000) / events.length;
  };
  const step = best(() => {
    for (const [snap, action] of events) advance(s, snap, action);
  });
  const rules = best(() => {
    for (const [snap, action] of events) {
      if (checkAction(s, snap.context, action) !== null) continue;
      const next = applyAction(s, snap.context, action);
      if (!phaseSpent(c, next)) fireEvents(s, next);
    }
  });
  const chosen = best(() => {
    for (const [snap] of events) decide(s, snap.context, snap.context.turn);
  });
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return { events: events.length, step_us: r2(step), rules_us: r2(rules), xstate_us: r2(step - rules), decide_us: r2(chosen) };
}

/** µs of CPU for one `transition()` of a bare two-state toggle, through an inert scope as in round/advance.ts (fastest of five passes). */
export function xstateFloor(steps = 200_000): number {
  const machine: AnyStateMachine = setup({}).createMachine({ initial: 'a', states: { a: { on: { GO: 'b' } }, b: { on: { GO: 'a' } } } });
  const self = createActor(machine);
  const scope = { self, id: '', sessionId: '', logger: () => undefined, defer: () => undefined, system: self.system, stopChild: () => undefined, emit: () => undefined, actionExecutor: () => undefined } as unknown as ActorScope<never, never>;
  const go = { type: 'GO' };
  let snap = machine.getInitialSnapshot(scope as never, undefined);
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = cpuMs();
    for (let i = 0; i < steps; i++) snap = machine.transition(snap, go, scope as never);
    best = Math.min(best, cpuMs() - t);
  }
  if (snap.value !== 'a') throw new Error(`xstate floor: the toggle ended in ${JSON.stringify(snap.value)}`);
  return Math.round((best * 1000 * 100) / steps) / 100;
}

export interface SimulatorBench {
  readonly sims_per_s: Record<string, number>;
  readonly sims_per_s_all: Record<string, number>;
  readonly sims_threads_all: number;
  readonly event_cost_us: Record<string, EventCost>;
  /** XState's own cost of one transition of a bare two-state machine (see xstateFloor). */
  readonly xstate_floor_us: number;
}

/** Every round, one core then all of them, `runs` negotiations each (20,000 in the full bench). */
export function measureSimulator(rounds: readonly string[], runs = 20_000): SimulatorBench {
  const cores = availableParallelism();
  const one: Record<string, number> = {};
  const all: Record<string, number> = {};
  const cost: Record<string, EventCost> = {};
  for (const r of rounds) {
    one[r] = perSecond(r, 1, runs);
    all[r] = perSecond(r, cores, runs);
    cost[r] = eventCost(r);
  }
  return { sims_per_s: one, sims_per_s_all: all, sims_threads_all: cores, event_cost_us: cost, xstate_floor_us: xstateFloor() };
}
