/**
 * The table view-model: what one side sees at the table now (the phase, the
 * meters, the open issues with both sides' stances, the offer on the table,
 * the document so far, its choices, the log and the map). The other side's
 * valuations, floors and private replies are left out by construction.
 */
import { legalActions } from '../game';
import { compile } from '../model/compiled';
import type { GameState } from '../model/state';
import { METER_IDS, other, type MeterId, type Scenario, type SideId } from '../model/types';
import { currentPhase, requiredAgreed } from '../round/rules';
import { choiceView, type ChoiceView } from './choices';
import { proposalView, type ProposalView } from './proposal';
import { expressions, type Expression } from './expressions';
import { decisionsOf, logLine, type DecisionView, type LogLineView } from './log';
import { clauseView, fatesOf, flagOf, islandViews, people, roundView, say, type ClauseView, type Flag, type IslandView, type Locale, type MapFates, type PersonView, type RoundView } from './text';

export interface TableView {
  readonly round: RoundView;
  readonly you: SideId;
  readonly them: SideId;
  /** The title of the document the round is drafting (e.g. "Joint Declaration"). */
  readonly document: string;
  readonly sides: Readonly<Record<SideId, { readonly name: string; readonly short: string; readonly flag: Flag; readonly delegation: readonly PersonView[] }>>;
  /** How each delegation looks now, from trust and the last exchange. */
  readonly expressions: Readonly<Record<SideId, Expression>>;
  readonly phase: { readonly id: string; readonly title: string; readonly description: string; readonly style: 'meeting' | 'notes'; readonly index: number; readonly count: number; readonly movesLeft: number };
  readonly status: GameState['status'];
  readonly turn: SideId;
  readonly yourTurn: boolean;
  readonly meters: readonly { readonly id: MeterId; readonly label: string; readonly value: number }[];
  readonly islands: readonly IslandView[];
  readonly agreed: readonly ClauseView[];
  readonly open: readonly { readonly issue: string; readonly title: string; readonly required: boolean; readonly yours: ClauseView | null; readonly theirs: ClauseView | null }[];
  /** The proposal on the table, set against the viewer's draft clause by clause. */
  readonly pending: ProposalView | null;
  readonly signed: readonly SideId[];
  readonly canSign: boolean;
  readonly choices: readonly ChoiceView[];
  readonly log: readonly LogLineView[];
  /** Every decision so far, with its source: the decision log. */
  readonly decisions: readonly DecisionView[];
  readonly map: { readonly agreed: MapFates; readonly onTable: MapFates | null; readonly yours: MapFates | null; readonly theirs: MapFates | null };
}

/** What `viewer` sees at the table now. */
export function tableView(s: Scenario, state: GameState, viewer: SideId, locale: Locale = 'en'): TableView {
  const c = compile(s);
  const phase = currentPhase(s, state);
  const agreedIds = new Set(state.agreed.map((a) => a.issue));
  const them = other(viewer);
  const mapAgreed: MapFates = fatesOf(s, Object.fromEntries(state.agreed.map((a) => [a.issue, a.option]))) ?? {};
  const log = state.log.map((e) => logLine(s, e, viewer, locale));
  const choices = state.turn === viewer ? legalActions(s, state).map((a) => choiceView(s, state, a, locale)) : [];
  return {
    round: roundView(s, locale),
    you: viewer,
    them,
    document: say(s.document.title, locale),
    sides: {
      japan: { name: say(s.sides.japan.name, locale), short: say(s.sides.japan.short, locale), flag: flagOf(s, 'japan'), delegation: people(s, 'japan', locale) },
      russia: { name: say(s.sides.russia.name, locale), short: say(s.sides.russia.short, locale), flag: flagOf(s, 'russia'), delegation: people(s, 'russia', locale) },
    },
    expressions: expressions(state),
    phase: {
      id: phase?.id ?? '',
      title: say(phase?.title, locale),
      description: say(phase?.description, locale),
      style: phase?.style ?? 'meeting',
      index: state.phase,
      count: s.phases.length,
      movesLeft: phase ? Math.max(0, phase.turns - state.phaseMoves) : 0,
    },
    status: state.status,
    turn: state.turn,
    yourTurn: state.status === 'negotiating' && state.turn === viewer,
    meters: METER_IDS.map((id) => ({ id, label: say(s.meters[id].label, locale), value: state.meters[id] })),
    islands: islandViews(s, viewer, locale),
    agreed: state.agreed.map((a) => clauseView(s, a.issue, a.option, locale)),
    open: s.agenda
      .filter((i) => !agreedIds.has(i.id))
      .map((i) => {
        const mine = state.stances[viewer][i.id];
        const theirs = state.stances[them][i.id];
        return {
          issue: i.id,
          title: say(i.title, locale),
          required: i.required,
          yours: mine !== undefined ? clauseView(s, i.id, mine, locale) : null,
          theirs: theirs !== undefined ? clauseView(s, i.id, theirs, locale) : null,
        };
      }),
    pending: proposalView(s, state, viewer, choices, locale),
    signed: [...state.signed],
    canSign: requiredAgreed(c, state) && state.agreed.length > 0,
    choices,
    log,
    decisions: decisionsOf(s, state, viewer, locale, log),
    map: {
      agreed: mapAgreed,
      onTable: fatesOf(s, state.pending?.package),
      yours: fatesOf(s, state.stances[viewer]),
      theirs: fatesOf(s, state.stances[them]),
    },
  };
}
