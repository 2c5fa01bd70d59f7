/**
 * What goes on the wire, built from the engine's own view-models. A seat's
 * view is `tableView` for that side (its choices, its capital's replies)
 * plus its own brief; the other side's brief, values, floors and reservation
 * are never in it. The teacher's view is a summary per pair: round, phase,
 * meters, whose turn, and once finished the outcome against the record
 * and each side's score against its own brief (worth, walk-away point,
 * red lines kept, ratified at home or not): the teacher's eyes only.
 */
import { outcomeOf } from '../engine/model/outcome';
import { briefScore, type Grade } from '../engine/stakes/briefScore';
import type { GameState } from '../engine/model/state';
import type { Scenario, SideId } from '../engine/model/types';
import { briefView, outcomeView, say, tableView, type BriefView, type OutcomeView, type TableView } from '../engine/view/viewModel';
import type { LiveGame, LiveRound } from './liveGame';
import { roundCard } from './rounds';
import type { ClassMode, Pairing } from './store/types';

/** A round of the class's plan: its id (the year), title, place in the order, and what each side is called that year. */
export interface RoundRef {
  readonly id: string;
  readonly title: string;
  readonly index: number;
  readonly count: number;
  readonly sides: Readonly<Record<SideId, string>>;
}

/** Where a pair stands in a campaign, as its students see it (null in a one-round class). */
export interface CampaignView {
  readonly rounds: readonly { readonly id: string; readonly title: string }[];
  readonly index: number;
  /** The round after this one, once this one is over (null at the last). */
  readonly next: { readonly id: string; readonly title: string } | null;
  /** Who said they are ready for the next round: this seat, the other (always true for the computer). */
  readonly ready: { readonly you: boolean; readonly them: boolean };
}

export interface SeatView {
  readonly game: string;
  readonly pair: number;
  readonly side: SideId;
  readonly you: string;
  /** The other delegation's display name (null: empty seat or the computer). */
  readonly them: string | null;
  readonly waiting: boolean;
  /** The game's log length: what the client sends back with a move (a stale view is refused). */
  readonly moves: number;
  readonly round: RoundRef;
  readonly campaign: CampaignView | null;
  readonly table: TableView;
  readonly outcome: OutcomeView | null;
}

/** How a finished pair did for one side against its own brief (the engine's score sheet, for the teacher only). */
export interface SideScore {
  /** The document's worth to the side (its no-deal value without one), its walk-away point, and the real document's worth. */
  readonly worth: number;
  readonly walkAway: number;
  readonly recordWorth: number;
  readonly grade: Grade;
  /** Null when nothing was signed. */
  readonly ratified: boolean | null;
  readonly redLinesKept: number;
  readonly redLines: number;
  readonly verdict: string;
}

/** How a pair's round ended: against the record, and each side against its brief (null while it goes on). */
export type RoundOutcome = null | {
  readonly headline: string;
  readonly same: number;
  readonly compared: number;
  /** Issue id → the agreed option's label (or null when not agreed). */
  readonly clauses: Readonly<Record<string, string | null>>;
  /** Each side's result against its brief. */
  readonly sides: Readonly<Record<SideId, SideScore>>;
};

/** One finished round of a pair's campaign. */
export interface FinishedRound {
  readonly round: RoundRef;
  readonly status: GameState['status'];
  readonly moves: number;
  readonly outcome: RoundOutcome;
}

export interface PairSummary {
  readonly game: string;
  /** The round being played (or the last one played), and in a campaign the rounds finished before it. */
  readonly round: RoundRef;
  readonly finished: readonly FinishedRound[];
  /** Between two rounds of a campaign: who is ready for the next (null otherwise). */
  readonly ready: Readonly<Record<SideId, boolean>> | null;
  readonly pair: number;
  readonly players: Readonly<Record<SideId, string | null>>;
  readonly seats: GameState['seats'];
  readonly status: GameState['status'];
  readonly phase: { readonly title: string; readonly index: number; readonly count: number };
  readonly turn: SideId;
  readonly moves: number;
  readonly meters: readonly { readonly id: string; readonly label: string; readonly value: number }[];
  readonly outcome: RoundOutcome;
}

export interface ClassSummary {
  readonly code: string;
  /** A round id and title, or the campaign ("campaign"). */
  readonly round: { readonly id: string; readonly title: string };
  /** The rounds the class plays, in order (one unless a campaign). */
  readonly order: readonly { readonly id: string; readonly title: string }[];
  readonly mode: ClassMode;
  readonly pairing: Pairing;
  readonly ended: boolean;
  readonly expiresAt: number;
  readonly students: number;
  /** Students waiting for the teacher to pair them (by the order they came). */
  readonly waiting: readonly { readonly id: string; readonly name: string; readonly side: SideId | null }[];
  readonly pairs: readonly PairSummary[];
}

export const briefOf = (s: Scenario, state: GameState, side: SideId): BriefView => briefView(s, side, 'en', state.world);

export function roundRef(game: LiveGame, r: Pick<LiveRound, 'id' | 'index' | 'scenario'>): RoundRef {
  const card = roundCard(r.id);
  const name = (side: SideId) => card?.sides[side].name ?? say(r.scenario.sides[side].name);
  return { id: r.id, title: card?.title ?? say(r.scenario.title), index: r.index, count: game.order.length, sides: { japan: name('japan'), russia: name('russia') } };
}

const titled = (id: string) => ({ id, title: roundCard(id)?.title ?? id });

export function campaignView(game: LiveGame, side: SideId): CampaignView | null {
  if (!game.isCampaign) return null;
  const them = side === 'japan' ? 'russia' : 'japan';
  const next = game.between ? game.order[game.round + 1] : undefined;
  return {
    rounds: game.order.map(titled),
    index: game.round,
    next: next ? titled(next) : null,
    ready: { you: game.ready.has(side), them: game.record.seats[them] !== 'human' || game.ready.has(them) },
  };
}

export function seatView(game: LiveGame, o: { pair: number; side: SideId; you: string; them: string | null; waiting: boolean }): SeatView {
  const { scenario: s, state } = game;
  return {
    ...o,
    game: game.record.id,
    moves: game.seq,
    round: roundRef(game, game.rounds[game.rounds.length - 1]!),
    campaign: campaignView(game, o.side),
    table: tableView(s, state, o.side),
    outcome: state.status === 'negotiating' ? null : outcomeView(s, state),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function sideScore(s: Scenario, state: GameState, side: SideId): SideScore {
  const b = briefScore(s, state, side);
  return {
    worth: round1(b.worth),
    walkAway: round1(b.reservation),
    recordWorth: round1(b.recordWorth),
    grade: b.grade,
    ratified: b.ratified,
    redLinesKept: b.redLines.filter((r) => r.kept).length,
    redLines: b.redLines.length,
    verdict: b.verdict,
  };
}

function roundOutcome(s: Scenario, state: GameState): RoundOutcome {
  if (state.status === 'negotiating') return null;
  const view = outcomeView(s, state);
  const o = outcomeOf(s, state);
  const compared = o.clauses.filter((c) => c.comparison !== 'other-world');
  return {
    headline: view.headline,
    same: compared.filter((c) => c.comparison === 'same').length,
    compared: compared.length,
    clauses: Object.fromEntries(view.clauses.map((c) => [c.issue, c.yoursLabel])),
    sides: { japan: sideScore(s, state, 'japan'), russia: sideScore(s, state, 'russia') },
  };
}

/** The teacher's line for one pair: the round being played and, in a campaign, the rounds it finished. */
export function pairSummary(game: LiveGame, players: Record<SideId, string | null>): PairSummary {
  const { scenario: s, state } = game;
  const rounds = game.rounds;
  const phase = s.phases[Math.min(state.phase, s.phases.length - 1)];
  return {
    game: game.record.id,
    pair: game.record.n,
    round: roundRef(game, rounds[rounds.length - 1]!),
    finished: rounds.slice(0, -1).map((r) => ({ round: roundRef(game, r), status: r.state.status, moves: r.actions.length, outcome: roundOutcome(r.scenario, r.state) })),
    ready: game.between ? { japan: game.record.seats.japan !== 'human' || game.ready.has('japan'), russia: game.record.seats.russia !== 'human' || game.ready.has('russia') } : null,
    players,
    seats: state.seats,
    status: state.status,
    phase: { title: say(phase?.title), index: Math.min(state.phase, s.phases.length - 1), count: s.phases.length },
    turn: state.turn,
    moves: game.moves.length,
    meters: Object.entries(state.meters).map(([id, value]) => ({ id, label: say(s.meters[id as keyof typeof s.meters].label), value })),
    outcome: roundOutcome(s, state),
  };
}
