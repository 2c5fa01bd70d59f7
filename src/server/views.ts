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
import type { ClassMode, Pairing } from './store/types';

export interface SeatView {
  readonly game: string;
  readonly pair: number;
  readonly side: SideId;
  readonly you: string;
  /** The other delegation's display name (null: empty seat or the computer). */
  readonly them: string | null;
  readonly waiting: boolean;
  readonly moves: number;
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

export interface PairSummary {
  readonly game: string;
  readonly pair: number;
  readonly players: Readonly<Record<SideId, string | null>>;
  readonly seats: GameState['seats'];
  readonly status: GameState['status'];
  readonly phase: { readonly title: string; readonly index: number; readonly count: number };
  readonly turn: SideId;
  readonly moves: number;
  readonly meters: readonly { readonly id: string; readonly label: string; readonly value: number }[];
  readonly outcome: null | {
    readonly headline: string;
    readonly same: number;
    readonly compared: number;
    /** Issue id → the agreed option's label (or null when not agreed). */
    readonly clauses: Readonly<Record<string, string | null>>;
    /** Each side's result against its brief. */
    readonly sides: Readonly<Record<SideId, SideScore>>;
  };
}

export interface ClassSummary {
  readonly code: string;
  readonly round: { readonly id: string; readonly title: string };
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

export function seatView(s: Scenario, state: GameState, o: { game: string; pair: number; side: SideId; you: string; them: string | null; waiting: boolean; moves: number }): SeatView {
  return { ...o, table: tableView(s, state, o.side), outcome: state.status === 'negotiating' ? null : outcomeView(s, state) };
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

export function pairSummary(s: Scenario, state: GameState, game: string, pair: number, players: Record<SideId, string | null>, moves: number): PairSummary {
  const phase = s.phases[Math.min(state.phase, s.phases.length - 1)];
  let outcome: PairSummary['outcome'] = null;
  if (state.status !== 'negotiating') {
    const view = outcomeView(s, state);
    const o = outcomeOf(s, state);
    const compared = o.clauses.filter((c) => c.comparison !== 'other-world');
    outcome = {
      headline: view.headline,
      same: compared.filter((c) => c.comparison === 'same').length,
      compared: compared.length,
      clauses: Object.fromEntries(view.clauses.map((c) => [c.issue, c.yoursLabel])),
      sides: { japan: sideScore(s, state, 'japan'), russia: sideScore(s, state, 'russia') },
    };
  }
  return {
    game,
    pair,
    players,
    seats: state.seats,
    status: state.status,
    phase: { title: say(phase?.title), index: Math.min(state.phase, s.phases.length - 1), count: s.phases.length },
    turn: state.turn,
    moves,
    meters: Object.entries(state.meters).map(([id, value]) => ({ id, label: say(s.meters[id as keyof typeof s.meters].label), value })),
    outcome,
  };
}
