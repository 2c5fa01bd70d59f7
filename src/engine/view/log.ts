/**
 * The log view-model: each entry of the round's log as one side may read it
 * (its own capital's private replies only in its own view), and the decision
 * log: every action so far, what it did, and its sources.
 */
import { compile } from '../model/compiled';
import type { GameState, LogEntry } from '../model/state';
import type { Scenario, SideId } from '../model/types';
import { citationView, clauseView, KIND_VERB, marksOf, say, type CitationView, type Locale } from './text';

export interface LogLineView {
  readonly n: number;
  readonly kind: 'phase' | 'event' | 'action';
  readonly side: SideId | null;
  readonly speaker: string | null;
  /** The delegate's id, to find their seat at the table. */
  readonly speakerId: string | null;
  readonly text: string;
  /** Private reply from one's own capital (only in that side's view). */
  readonly reply?: string;
  readonly citations: readonly CitationView[];
}

/** One decision of the round so far (every action, in order), with its sources. */
export interface DecisionView {
  /** Index of the action in the round's action list (what a rewind keeps before). */
  readonly index: number;
  readonly side: SideId;
  readonly sideName: string;
  readonly speaker: string;
  /** What was done, in words. */
  readonly label: string;
  readonly citations: readonly CitationView[];
  /** A person made it (so play can be rewound to just before it). */
  readonly byHuman: boolean;
}

const speakerOf = (s: Scenario, side: SideId, id: string | undefined, locale: Locale): { name: string; id: string | null } => {
  const d = s.sides[side].delegation;
  const person = (id !== undefined ? d.find((p) => p.id === id) : undefined) ?? d.find((p) => p.lead) ?? d[0];
  return person ? { name: say(person.name, locale), id: person.id } : { name: say(s.sides[side].short, locale), id: null };
};

export /** One log entry as this side may read it. */
function logLine(s: Scenario, e: LogEntry, viewer: SideId, locale: Locale): LogLineView {
  const c = compile(s);
  if (e.kind === 'phase') {
    const p = s.phases.find((x) => x.id === e.phase);
    return { n: e.n, kind: 'phase', side: null, speaker: null, speakerId: null, text: `${say(p?.title, locale)}. ${say(p?.description, locale)}`, citations: [] };
  }
  if (e.kind === 'event') {
    const ev = s.events.find((x) => x.id === e.event);
    return { n: e.n, kind: 'event', side: null, speaker: null, speakerId: null, text: `${say(ev?.title, locale)}: ${say(ev?.text, locale)}`, citations: (ev?.cite ?? []).map(citationView) };
  }
  const move = e.move ? c.moves.get(e.move) : undefined;
  const line = e.line ? c.lines.get(e.line) : undefined;
  const clauses = e.package ? Object.entries(e.package).map(([i, o]) => clauseView(s, i, o, locale)) : [];
  const optionCites = e.package
    ? Object.entries(e.package).flatMap(([i, o]) => c.options.get(i)?.get(o)?.cite ?? [])
    : e.issue && e.option
      ? (c.options.get(e.issue)?.get(e.option)?.cite ?? [])
      : [];
  let text: string;
  if (move) text = say(move.says, locale);
  else {
    const spoken = say(line?.says, locale);
    const listed = clauses.map((x) => `“${x.clause}”`).join(' ');
    text =
      e.action === 'propose'
        ? `${spoken ? `${spoken} ` : ''}We propose: ${listed}`
        : e.action === 'accept'
          ? `${spoken} ${listed}`.trim()
          : e.action === 'concede' && e.issue && e.option
            ? `${spoken} ${clauseView(s, e.issue, e.option, locale).clause}`.trim()
            : spoken;
  }
  const reply = e.action === 'consult' && e.side === viewer && line?.reply ? say(line.reply, locale) : undefined;
  const speaker = speakerOf(s, e.side, move?.speaker ?? line?.speaker, locale);
  return {
    n: e.n,
    kind: 'action',
    side: e.side,
    speaker: speaker.name,
    speakerId: speaker.id,
    text,
    ...(reply ? { reply } : {}),
    citations: [
      ...marksOf(s, move, e.package ?? (e.issue && e.option ? { [e.issue]: e.option } : (move?.package ?? (move?.issue && move.option ? { [move.issue]: move.option } : null))), locale),
      ...[...(move?.cite ?? []), ...(line?.cite ?? []), ...optionCites].map(citationView),
    ],
  };
}

const DONE: Readonly<Record<string, string>> = {
  accept: 'Accepted the proposal on the table',
  sign: 'Signed the document',
  consult: 'Consulted the capital',
  'walk-out': 'Walked out of the talks',
};

/** The decision log: every action of the round, what it did and its sources. */
export function decisionsOf(s: Scenario, state: GameState, viewer: SideId, locale: Locale = 'en', lines: readonly LogLineView[] = state.log.map((e) => logLine(s, e, viewer, locale))): DecisionView[] {
  const c = compile(s);
  const out: DecisionView[] = [];
  for (const [i, e] of state.log.entries()) {
    const line = lines[i];
    if (e.kind !== 'action' || !line) continue;
    const move = e.move ? c.moves.get(e.move) : undefined;
    let label: string;
    if (move) label = `${KIND_VERB[move.kind] ?? move.kind}: ${say(move.label, locale)}`;
    else if (e.action === 'propose' && e.package) label = `Proposed: ${Object.entries(e.package).map(([i, o]) => clauseView(s, i, o, locale).label).join(' · ')}`;
    else if (e.action === 'concede' && e.issue && e.option) label = `Conceded on ${say(c.issues.get(e.issue)?.title, locale)}: ${clauseView(s, e.issue, e.option, locale).label}`;
    else label = DONE[e.action] ?? e.action;
    out.push({ index: out.length, side: e.side, sideName: say(s.sides[e.side].short, locale), speaker: line.speaker ?? '', label, citations: line.citations, byHuman: state.seats[e.side] === 'human' });
  }
  return out;
}
