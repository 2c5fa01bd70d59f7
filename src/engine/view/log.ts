/**
 * The log view-model: each entry of the round's log as one side may read it
 * (its own capital's private replies only in its own view), and the decision
 * log: every action so far, what it did, and its sources.
 */
import { compile } from '../model/compiled';
import type { GameState, LogEntry } from '../model/state';
import type { Scenario, SideId } from '../model/types';
import { answerText, COMPOSED } from './answers';
import { EXPRESSION_WORDS, expressionAfter, type Expression } from './expressions';
import { meterNotes } from './meterNotes';
import { citationView, clauseView, KIND_VERB, marksOf, say, type CitationView, type Locale } from './text';

export interface LogLineView {
  readonly n: number;
  readonly kind: 'phase' | 'event' | 'action';
  readonly side: SideId | null;
  readonly speaker: string | null;
  /** The delegate's id, to find their seat at the table. */
  readonly speakerId: string | null;
  /** All that is said: the composed answer (if any), then the line or move. */
  readonly text: string;
  /** The computer's answer to the last move, composed by the game (it leads `text`). */
  readonly answer?: string;
  /** One line per meter the entry moved, with why ("Trust −3: …"). */
  readonly notes: readonly string[];
  /** How the speaker's delegation looks after speaking, and in words ("looks displeased"). */
  readonly mood?: Expression;
  readonly moodWords?: string;
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
  /** A person made it. */
  readonly byHuman: boolean;
  /** The viewer may rewind play to just before it: a person made it, and it was the viewer's own side (at one screen, a seat rewinds only its own decisions). */
  readonly rewindable: boolean;
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
    return { n: e.n, kind: 'phase', side: null, speaker: null, speakerId: null, text: `${say(p?.title, locale)}. ${say(p?.description, locale)}`, notes: [], citations: [] };
  }
  if (e.kind === 'event') {
    const ev = s.events.find((x) => x.id === e.event);
    return { n: e.n, kind: 'event', side: null, speaker: null, speakerId: null, text: `${say(ev?.title, locale)}: ${say(ev?.text, locale)}`, notes: meterNotes(s, e, locale), citations: (ev?.cite ?? []).map(citationView) };
  }
  const move = e.move ? c.moves.get(e.move) : undefined;
  const line = e.line ? c.lines.get(e.line) : undefined;
  const clauses = e.package ? Object.entries(e.package).map(([i, o]) => clauseView(s, i, o, locale)) : [];
  const optionCites = e.package
    ? Object.entries(e.package).flatMap(([i, o]) => c.options.get(i)?.get(o)?.cite ?? [])
    : e.issue && e.option
      ? (c.options.get(e.issue)?.get(e.option)?.cite ?? [])
      : [];
  const answer = e.answer ? answerText(s, e.side, e.answer, locale) : undefined;
  // A composed answer to a counter-proposal replaces the generic "we cannot take that" line, which would repeat word for word.
  const lineShown = answer && e.action === 'propose' && line?.kind === 'counter' ? undefined : line;
  let text: string;
  if (move) text = say(move.says, locale);
  else {
    const spoken = say(lineShown?.says, locale);
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
  if (answer) text = `${answer} ${text}`.trim();
  const reply = e.action === 'consult' && e.side === viewer && line?.reply ? say(line.reply, locale) : undefined;
  const speaker = speakerOf(s, e.side, move?.speaker ?? line?.speaker, locale);
  return {
    n: e.n,
    kind: 'action',
    side: e.side,
    speaker: speaker.name,
    speakerId: speaker.id,
    text,
    ...(answer ? { answer } : {}),
    notes: meterNotes(s, e, locale),
    ...(e.side ? { mood: expressionAfter(e, e.side), moodWords: EXPRESSION_WORDS[expressionAfter(e, e.side)] } : {}),
    ...(reply ? { reply } : {}),
    citations: [
      ...(answer ? [COMPOSED] : []),
      ...marksOf(s, move, e.package ?? (e.issue && e.option ? { [e.issue]: e.option } : (move?.package ?? (move?.issue && move.option ? { [move.issue]: move.option } : null))), locale),
      ...[...(move?.cite ?? []), ...(lineShown?.cite ?? []), ...optionCites].map(citationView),
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
    out.push({ index: out.length, side: e.side, sideName: say(s.sides[e.side].short, locale), speaker: line.speaker ?? '', label, citations: line.citations, byHuman: state.seats[e.side] === 'human', rewindable: state.seats[e.side] === 'human' && e.side === viewer });
  }
  return out;
}
