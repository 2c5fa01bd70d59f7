/**
 * The campaign: the rounds played in order as one history. Each round starts
 * from the world the previous one left (treaty or not, the islands, the
 * documents in force and how each side reads them, the security treaty) and
 * with meters carried over; scenario data reacts to that world through `when`
 * conditions. The campaign is plain JSON: round ids, seeds and action ids.
 */
import { newGame } from '../game';
import type { Action, GameState, Seat } from '../model/state';
import { outcomeOf, type Comparison } from '../model/outcome';
import { METER_IDS, other, type MeterId, type Scenario, type SideId, type WorldState } from '../model/types';
import { say } from '../view/viewModel';

export const CAMPAIGN_FORMAT = 'kuril-negotiation-campaign';
export const CAMPAIGN_VERSION = 1;

export interface FinishedRound {
  readonly round: string;
  readonly scenarioVersion: number;
  readonly seed: number;
  readonly seats: Readonly<Record<SideId, Seat>>;
  readonly start: WorldState;
  readonly meters: Readonly<Record<MeterId, number>>;
  readonly actions: readonly Action[];
  readonly outcome: {
    readonly status: 'concluded' | 'breakdown';
    readonly clauses: readonly { readonly issue: string; readonly option: string | null; readonly comparison: Comparison }[];
    readonly meters: Readonly<Record<MeterId, number>>;
    readonly world: WorldState;
  };
}

export interface Campaign {
  readonly format: typeof CAMPAIGN_FORMAT;
  readonly version: typeof CAMPAIGN_VERSION;
  readonly side: SideId;
  readonly seed: number;
  /** Round ids in the order they are played. */
  readonly order: readonly string[];
  readonly finished: readonly FinishedRound[];
}

export function newCampaign(order: readonly string[], side: SideId, seed: number): Campaign {
  return { format: CAMPAIGN_FORMAT, version: CAMPAIGN_VERSION, side, seed, order: [...order], finished: [] };
}

/** The round to play next, or null when the campaign is over. */
export const nextRound = (c: Campaign): string | null => c.order[c.finished.length] ?? null;

/**
 * Where the next round starts: the world the last round left (or the
 * scenario's historical world for the first), and its meters moved by half of
 * how far the last round ended from history.
 */
export function roundStart(c: Campaign, s: Scenario): { world: WorldState; meters: Record<MeterId, number> } {
  const last = c.finished[c.finished.length - 1];
  const meters = Object.fromEntries(METER_IDS.map((id) => [id, s.meters[id].initial])) as Record<MeterId, number>;
  if (!last) return { world: s.world, meters };
  return { world: { ...last.outcome.world, year: s.world.year }, meters: carryMeters(meters, last) };
}

function carryMeters(initial: Record<MeterId, number>, last: FinishedRound): Record<MeterId, number> {
  const out = { ...initial };
  for (const id of METER_IDS) {
    const drift = last.outcome.meters[id] - (last.meters[id] ?? initial[id]);
    out[id] = Math.max(0, Math.min(100, Math.round(initial[id] + drift / 2)));
  }
  return out;
}

/** The opening state of the campaign's next round. */
export function startRound(c: Campaign, s: Scenario): GameState {
  const { world, meters } = roundStart(c, s);
  const seats = { [c.side]: 'human', [other(c.side)]: 'computer' } as Record<SideId, Seat>;
  return newGame(s, { seed: c.seed + c.finished.length, seats, world, meters });
}

/** Record a finished round and move on. */
export function finishRound(c: Campaign, s: Scenario, start: GameState, end: GameState, actions: readonly Action[]): Campaign {
  const o = outcomeOf(s, end);
  const round: FinishedRound = {
    round: s.id,
    scenarioVersion: s.version,
    seed: start.seed,
    seats: { ...start.seats },
    start: start.world,
    meters: { ...start.meters },
    actions: [...actions],
    outcome: {
      status: o.status,
      clauses: o.clauses.map((x) => ({ issue: x.issue, option: x.option, comparison: x.comparison })),
      meters: { ...end.meters },
      world: o.world,
    },
  };
  return { ...c, finished: [...c.finished, round] };
}

export interface Divergence {
  readonly what: 'peace-treaty' | 'island' | 'document' | 'security-treaty';
  readonly id: string;
  readonly yours: string;
  readonly history: string;
}

const FATE_WORDS: Readonly<Record<string, string>> = {
  japan: 'held by Japan',
  'japan-after-treaty': 'promised to Japan after a peace treaty',
  russia: 'held by the Soviet Union/Russia',
  disputed: 'disputed',
  joint: 'under joint arrangements',
};

/** How a world differs from the historical world a round opened in. */
export function divergences(s: Scenario, world: WorldState): Divergence[] {
  const h = s.world;
  const out: Divergence[] = [];
  if (world.peaceTreaty !== h.peaceTreaty) {
    out.push({ what: 'peace-treaty', id: 'peace-treaty', yours: world.peaceTreaty ? 'a peace treaty is in force' : 'no peace treaty', history: h.peaceTreaty ? 'a peace treaty was in force' : 'no peace treaty had been signed' });
  }
  for (const island of s.islands) {
    const a = world.islands[island.id];
    const b = h.islands[island.id];
    if (a !== b) out.push({ what: 'island', id: island.id, yours: `${say(island.names.japan)} / ${say(island.names.russia)}: ${FATE_WORDS[a] ?? a}`, history: FATE_WORDS[b] ?? b });
  }
  const inForce = (w: WorldState) => new Set(w.documents.filter((d) => d.inForce).map((d) => d.id));
  const mine = inForce(world);
  const theirs = inForce(h);
  for (const d of [...world.documents, ...h.documents]) {
    if (mine.has(d.id) !== theirs.has(d.id) && !out.some((x) => x.what === 'document' && x.id === d.id)) {
      out.push({ what: 'document', id: d.id, yours: `${say(d.title)}: ${mine.has(d.id) ? 'in force' : 'not in force'}`, history: theirs.has(d.id) ? 'in force' : 'not in force' });
    }
  }
  if (world.securityTreaty !== h.securityTreaty) {
    out.push({ what: 'security-treaty', id: 'security-treaty', yours: `security treaty: ${world.securityTreaty}`, history: `security treaty: ${h.securityTreaty}` });
  }
  return out;
}

export interface TimelineRow {
  readonly year: number;
  readonly round: string;
  readonly title: string;
  readonly yours: { readonly status: string; readonly clauses: readonly { readonly title: string; readonly label: string | null; readonly comparison: Comparison }[] };
  readonly history: string;
  /** Where the world this round started from already differed from history. */
  readonly startedFrom: readonly Divergence[];
}

/** Your history beside the real one, round by round, each divergence explained. */
export function timeline(c: Campaign, scenarios: ReadonlyMap<string, Scenario>): TimelineRow[] {
  return c.finished.map((f) => {
    const s = scenarios.get(f.round);
    if (!s) return { year: f.start.year, round: f.round, title: f.round, yours: { status: f.outcome.status, clauses: [] }, history: '', startedFrom: [] };
    return {
      year: Number(s.endDate.slice(0, 4)),
      round: f.round,
      title: say(s.title),
      yours: {
        status: f.outcome.status,
        clauses: f.outcome.clauses.map((x) => ({
          title: say(s.agenda.find((i) => i.id === x.issue)?.title),
          label: x.option ? say(s.agenda.find((i) => i.id === x.issue)?.options.find((o) => o.id === x.option)?.label) : null,
          comparison: x.comparison,
        })),
      },
      history: say(s.record.summary),
      startedFrom: divergences(s, f.start),
    };
  });
}
