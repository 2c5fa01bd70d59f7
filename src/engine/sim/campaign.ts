/**
 * Whole campaigns headless: one seat played by a policy, the other by the
 * computer, every round opening in the world the last one left (the same
 * `openingOf` and resolved rounds the browser plays). The result is a Play
 * that replays to the same states, and the rounds as played.
 */
import { newGame } from '../game';
import { newPlay, openingOf, type Play, type PlayedRound } from '../campaign/play';
import { resolveScenario } from '../model/variants';
import type { Scenario, SideId } from '../model/types';
import type { Policy } from './policies';
import { runNegotiation } from './run';

export interface CampaignRunOptions {
  readonly seed: number;
  /** The seat the policy plays; the other is the computer. Null: computer against computer. */
  readonly side: SideId | null;
  readonly policy: Policy;
}

export function runCampaign(bases: ReadonlyMap<string, Scenario>, order: readonly string[], o: CampaignRunOptions): { play: Play; rounds: PlayedRound[] } {
  const seats = { japan: o.side === 'japan' ? 'human' : 'computer', russia: o.side === 'russia' ? 'human' : 'computer' } as const;
  const versions = Object.fromEntries([...bases].filter(([id]) => order.includes(id)).map(([id, s]) => [id, s.version]));
  let play = newPlay('campaign', order, seats, o.seed, versions);
  const rounds: PlayedRound[] = [];
  for (const [index, id] of order.entries()) {
    const base = bases.get(id);
    if (!base) throw new Error(`round ${id} is not loaded`);
    const opening = openingOf(play, base, rounds[index - 1]);
    const scenario = resolveScenario(base, opening.world);
    const start = newGame(scenario, { seed: o.seed + index, seats, world: opening.world, meters: opening.meters });
    const r = runNegotiation(scenario, { seed: o.seed + index, side: o.side, policy: o.policy, start });
    rounds.push({ index, id, base, scenario, start, state: r.state, actions: r.actions, interludes: opening.interludes });
    play = { ...play, branches: [{ ...play.branches[0]!, rounds: rounds.map((x) => x.actions) }] };
  }
  return { play, rounds };
}
