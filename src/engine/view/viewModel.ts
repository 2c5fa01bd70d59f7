/**
 * View-models: what one side's screen may show, built from the game state and
 * the scenario. Everything a person reads is resolved to text here (in the
 * chosen locale), and everything secret — the other side's valuations, floors,
 * reservation point, brief and private replies — is left out by construction:
 * the view is assembled from whitelisted fields, never by copying the state.
 */
import { compile } from '../model/compiled';
import type { Action, GameState, LogEntry, Package } from '../model/state';
import { outcomeOf, type Comparison } from '../model/outcome';
import { currentPhase, requiredAgreed } from '../round/rules';
import { legalActions } from '../game';
import { ISLAND_IDS, METER_IDS, other, type Citation, type IslandFate, type IslandId, type MeterId, type Scenario, type SideId, type Text, type WorldState } from '../model/types';
import { canonicalJson } from '../log/canonical';
import { appliedVariants } from '../model/variants';
import { holds } from '../model/world';
import { actionCrossings } from '../stakes/redLines';

export type Locale = 'en' | 'ja' | 'ru';
export const say = (t: Text | undefined, locale: Locale = 'en'): string => (t ? (t[locale] ?? t.en) : '');

export type CitationView =
  | { readonly kind: 'quote'; readonly source: string; readonly quote: string; readonly speaker: string; readonly date: string; readonly retrospective: boolean }
  | { readonly kind: 'background'; readonly ref: string; readonly note: string };

export const citationView = (c: Citation): CitationView =>
  'quote' in c
    ? { kind: 'quote', source: c.source, quote: c.quote, speaker: c.speaker, date: c.date, retrospective: c.retrospective === true }
    : { kind: 'background', ref: c.ref, note: c.note };

/**
 * The marks a move carries besides its sources: a counterfactual ("No record
 * of this position; plausible because …") and any option not yet proposed by
 * the round's date ("Not yet on the table in 2000: proposed at Irkutsk, 2001").
 * They lead the move's citations, so the choice, the log and the debrief show them.
 */
export function marksOf(s: Scenario, move: { readonly counterfactual?: Text | undefined } | undefined, pkg: Readonly<Record<string, string>> | null, locale: Locale = 'en'): CitationView[] {
  const c = compile(s);
  const out: CitationView[] = [];
  if (move?.counterfactual) out.push({ kind: 'background', ref: 'Counterfactual', note: say(move.counterfactual, locale) });
  for (const [i, o] of Object.entries(pkg ?? {})) {
    const opt = c.options.get(i)?.get(o);
    if (opt?.counterfactual) out.push({ kind: 'background', ref: 'Counterfactual', note: say(opt.counterfactual, locale) });
    if (opt?.firstProposed && opt.firstProposed.date > s.endDate) {
      out.push({ kind: 'background', ref: `Not yet on the table in ${s.endDate.slice(0, 4)}`, note: `${opt.firstProposed.event}, ${opt.firstProposed.date.slice(0, 4)}` });
    }
  }
  return out;
}

/** The first mark's words, for the move's button: "Counterfactual: …". */
export const markLine = (marks: readonly CitationView[]): string | null => {
  const m = marks[0];
  return m && m.kind === 'background' ? `${m.ref}: ${m.note}` : null;
};

export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly lead: boolean;
}

export interface ChoiceView {
  /** Stable key for the choice (canonical JSON of its action). */
  readonly key: string;
  readonly action: Action;
  readonly kind: string;
  readonly label: string;
  /** A one-line explanation (what it puts on the table). */
  readonly detail: string;
  /** A counterfactual or not-yet-proposed mark, shown on the button. */
  readonly mark: string | null;
  readonly citations: readonly CitationView[];
  /** The chooser's own red lines this move would cross (their words; empty when it crosses none). */
  readonly crosses: readonly string[];
}

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

export interface ClauseView {
  readonly issue: string;
  readonly title: string;
  readonly option: string;
  readonly label: string;
  readonly clause: string;
}

export interface IslandView {
  readonly id: IslandId;
  /** The name on this side's own screens. */
  readonly name: string;
  /** Both sides' names, for shared screens: "Etorofu / Iturup". */
  readonly both: string;
  readonly native: string;
}

export interface TableView {
  readonly round: { readonly id: string; readonly title: string; readonly date: string; readonly endDate: string; readonly place: string };
  readonly you: SideId;
  readonly them: SideId;
  /** The title of the document the round is drafting (e.g. "Joint Declaration"). */
  readonly document: string;
  readonly sides: Readonly<Record<SideId, { readonly name: string; readonly short: string; readonly flag: Flag; readonly delegation: readonly PersonView[] }>>;
  readonly phase: { readonly id: string; readonly title: string; readonly description: string; readonly style: 'meeting' | 'notes'; readonly index: number; readonly count: number; readonly movesLeft: number };
  readonly status: GameState['status'];
  readonly turn: SideId;
  readonly yourTurn: boolean;
  readonly meters: readonly { readonly id: MeterId; readonly label: string; readonly value: number }[];
  readonly islands: readonly IslandView[];
  readonly agreed: readonly ClauseView[];
  readonly open: readonly { readonly issue: string; readonly title: string; readonly required: boolean; readonly yours: ClauseView | null; readonly theirs: ClauseView | null }[];
  readonly pending: null | { readonly from: SideId; readonly yours: boolean; readonly clauses: readonly ClauseView[] };
  readonly signed: readonly SideId[];
  readonly canSign: boolean;
  readonly choices: readonly ChoiceView[];
  readonly log: readonly LogLineView[];
  /** Every decision so far, with its source: the decision log. */
  readonly decisions: readonly DecisionView[];
  readonly map: { readonly agreed: MapFates; readonly onTable: MapFates | null; readonly yours: MapFates | null; readonly theirs: MapFates | null };
}

export type MapFates = Partial<Record<IslandId, IslandFate>>;

export type Flag = 'japan' | 'ussr' | 'russia' | 'none';

/** The flag a delegation sits behind: the scenario's choice, or by side and date. */
export const flagOf = (s: Scenario, side: SideId): Flag => s.sides[side].flag ?? (side === 'japan' ? 'japan' : s.date < '1991-12-26' ? 'ussr' : 'russia');

export interface BriefView {
  readonly side: SideId;
  readonly sideName: string;
  readonly round: TableView['round'];
  readonly setting: string;
  readonly stake: string;
  readonly delegation: readonly PersonView[];
  readonly counterpart: readonly PersonView[];
  readonly instructions: string;
  readonly interests: readonly string[];
  readonly redLines: readonly string[];
  readonly home: string;
  readonly excerpts: readonly CitationView[];
  readonly islands: readonly IslandView[];
  readonly collectiveName: string;
  readonly agenda: readonly { readonly id: string; readonly title: string; readonly description: string }[];
  /** How the world this round opens in differs from history's (campaign play), and what really happened. */
  readonly world: readonly WorldNoteView[];
}

const people = (s: Scenario, side: SideId, locale: Locale): PersonView[] =>
  s.sides[side].delegation.map((d) => ({ id: d.id, name: say(d.name, locale), title: say(d.title, locale), lead: d.lead === true }));

const roundView = (s: Scenario, locale: Locale) => ({ id: s.id, title: say(s.title, locale), date: s.date, endDate: s.endDate, place: say(s.place, locale) });

export function islandViews(s: Scenario, side: SideId, locale: Locale = 'en'): IslandView[] {
  return ISLAND_IDS.map((id) => {
    const i = s.islands.find((x) => x.id === id);
    const mine = say(i?.names[side], locale);
    const theirs = say(i?.names[other(side)], locale);
    const jp = say(i?.names.japan, locale);
    const ru = say(i?.names.russia, locale);
    return { id, name: mine, both: jp === ru ? jp : `${jp} / ${ru}`, native: i ? `${i.native.japan} · ${i.native.russia}` : theirs };
  });
}

/** The private brief for one side. */
export function briefView(s: Scenario, side: SideId, locale: Locale = 'en', world: WorldState = s.world): BriefView {
  const b = s.sides[side].brief;
  return {
    side,
    sideName: say(s.sides[side].name, locale),
    round: roundView(s, locale),
    setting: say(s.setting, locale),
    stake: say(s.stake, locale),
    delegation: people(s, side, locale),
    counterpart: people(s, other(side), locale),
    instructions: say(b.instructions, locale),
    interests: b.interests.map((t) => say(t, locale)),
    redLines: b.redLines.map((r) => say(r.text, locale)),
    home: say(b.home, locale),
    excerpts: b.excerpts.map(citationView),
    islands: islandViews(s, side, locale),
    collectiveName: say(s.collectiveNames[side], locale),
    agenda: s.agenda.map((i) => ({ id: i.id, title: say(i.title, locale), description: say(i.description, locale) })),
    world: worldNotes(s, world),
  };
}

function clauseView(s: Scenario, issueId: string, optionId: string, locale: Locale): ClauseView {
  const c = compile(s);
  const issue = c.issues.get(issueId);
  const option = c.options.get(issueId)?.get(optionId);
  return { issue: issueId, title: say(issue?.title, locale), option: optionId, label: say(option?.label, locale), clause: say(option?.clause, locale) };
}

const fatesOf = (s: Scenario, pkg: Package | undefined | null): MapFates | null => {
  if (!pkg) return null;
  const c = compile(s);
  let fates: MapFates | null = null;
  for (const [issue, option] of Object.entries(pkg)) {
    const map = c.options.get(issue)?.get(option)?.map;
    if (map) fates = { ...(fates ?? {}), ...map };
  }
  return fates;
};

const speakerOf = (s: Scenario, side: SideId, id: string | undefined, locale: Locale): { name: string; id: string | null } => {
  const d = s.sides[side].delegation;
  const person = (id !== undefined ? d.find((p) => p.id === id) : undefined) ?? d.find((p) => p.lead) ?? d[0];
  return person ? { name: say(person.name, locale), id: person.id } : { name: say(s.sides[side].short, locale), id: null };
};

/** One log entry as this side may read it. */
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

const KIND_VERB: Readonly<Record<string, string>> = {
  position: 'State a position',
  propose: 'Propose',
  appeal: 'Appeal',
  link: 'Link issues',
  unlink: 'Unlink issues',
};

function choiceView(s: Scenario, state: GameState, a: Action, locale: Locale): ChoiceView {
  const crosses = actionCrossings(s, state, a).map((x) => say(x.redLine.text, locale));
  return { ...choiceBody(s, state, a, locale), crosses };
}

function choiceBody(s: Scenario, state: GameState, a: Action, locale: Locale): Omit<ChoiceView, 'crosses'> {
  const c = compile(s);
  const side = a.side;
  const lineFor = (kind: string) => {
    const of = s.lines.filter((l) => l.side === side && l.kind === kind);
    return of.find((l) => holds(l.when, state.world)) ?? of[0];
  };
  const key = canonicalJson(a);
  switch (a.type) {
    case 'move': {
      const m = c.moves.get(a.move);
      const pkg = m?.package ?? (m?.issue && m.option ? { [m.issue]: m.option } : null);
      const detail = pkg ? Object.entries(pkg).map(([i, o]) => clauseView(s, i, o, locale).clause).join(' ') : say(m?.says, locale);
      const marks = marksOf(s, m, pkg, locale);
      return { key, action: a, kind: m?.kind ?? 'move', label: `${KIND_VERB[m?.kind ?? ''] ?? ''}: ${say(m?.label, locale)}`, detail, mark: markLine(marks), citations: [...marks, ...(m?.cite ?? []).map(citationView)] };
    }
    case 'propose': {
      const clauses = Object.entries(a.package).map(([i, o]) => clauseView(s, i, o, locale));
      return {
        key,
        action: a,
        kind: 'propose',
        label: `Table your draft (${clauses.length} clause${clauses.length === 1 ? '' : 's'})`,
        detail: clauses.map((x) => `${x.title}: ${x.label}`).join(' · '),
        mark: markLine(marksOf(s, undefined, a.package, locale)),
        citations: [...marksOf(s, undefined, a.package, locale), ...Object.entries(a.package).flatMap(([i, o]) => c.options.get(i)?.get(o)?.cite ?? []).map(citationView)],
      };
    }
    case 'concede': {
      const stance = state.stances[side][a.issue];
      const minds = state.minds[side].values[a.issue] ?? {};
      const here = stance !== undefined ? (minds[stance] ?? 0) : 0;
      const next = Object.entries(minds)
        .filter(([, v]) => v < here)
        .sort((x, y) => y[1] - x[1])[0]?.[0];
      const to = next ? clauseView(s, a.issue, next, locale) : null;
      return {
        key,
        action: a,
        kind: 'concede',
        label: `Concede on ${say(c.issues.get(a.issue)?.title, locale)}${to ? `: ${to.label}` : ''}`,
        detail: to?.clause ?? '',
        mark: next ? markLine(marksOf(s, undefined, { [a.issue]: next }, locale)) : null,
        citations: [...(lineFor('concede')?.cite ?? []), ...(next ? (c.options.get(a.issue)?.get(next)?.cite ?? []) : [])].map(citationView),
      };
    }
    case 'accept': {
      const clauses = state.pending ? Object.entries(state.pending.package).map(([i, o]) => clauseView(s, i, o, locale)) : [];
      return { key, action: a, kind: 'accept', label: 'Accept their proposal', detail: clauses.map((x) => `${x.title}: ${x.label}`).join(' · '), mark: null, citations: (lineFor('accept')?.cite ?? []).map(citationView) };
    }
    case 'sign':
      return { key, action: a, kind: 'sign', label: 'Sign the document as it stands', detail: `${state.agreed.length} agreed clause${state.agreed.length === 1 ? '' : 's'}`, mark: null, citations: (lineFor('sign')?.cite ?? []).map(citationView) };
    case 'consult':
      return { key, action: a, kind: 'consult', label: 'Consult your capital', detail: 'Ask for instructions; the turn passes.', mark: null, citations: (lineFor('consult')?.cite ?? []).map(citationView) };
    case 'walk-out':
      return { key, action: a, kind: 'walk-out', label: 'Walk out of the talks', detail: 'The round ends without a document.', mark: null, citations: (lineFor('walk-out')?.cite ?? []).map(citationView) };
  }
}

/** What `viewer` sees at the table now. */
export function tableView(s: Scenario, state: GameState, viewer: SideId, locale: Locale = 'en'): TableView {
  const c = compile(s);
  const phase = currentPhase(s, state);
  const agreedIds = new Set(state.agreed.map((a) => a.issue));
  const them = other(viewer);
  const mapAgreed: MapFates = fatesOf(s, Object.fromEntries(state.agreed.map((a) => [a.issue, a.option]))) ?? {};
  const log = state.log.map((e) => logLine(s, e, viewer, locale));
  return {
    round: roundView(s, locale),
    you: viewer,
    them,
    document: say(s.document.title, locale),
    sides: {
      japan: { name: say(s.sides.japan.name, locale), short: say(s.sides.japan.short, locale), flag: flagOf(s, 'japan'), delegation: people(s, 'japan', locale) },
      russia: { name: say(s.sides.russia.name, locale), short: say(s.sides.russia.short, locale), flag: flagOf(s, 'russia'), delegation: people(s, 'russia', locale) },
    },
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
    pending: state.pending
      ? { from: state.pending.from, yours: state.pending.from === viewer, clauses: Object.entries(state.pending.package).map(([i, o]) => clauseView(s, i, o, locale)) }
      : null,
    signed: [...state.signed],
    canSign: requiredAgreed(c, state) && state.agreed.length > 0,
    choices: state.turn === viewer ? legalActions(s, state).map((a) => choiceView(s, state, a, locale)) : [],
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

export const COMPARISON_WORDS: Readonly<Record<Comparison, string>> = {
  same: 'Same as in history',
  'better-for-japan': 'Better for Japan than in history',
  'better-for-russia': 'Better for the Soviet/Russian side than in history',
  'not-in-record': 'Not in the historical document',
  missing: 'In the historical document, missing from yours',
  'other-world': 'History answered another world here: not compared',
};

/** A variant as the players read it: what differs, what really happened, and the sources. */
export interface WorldNoteView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly history: string;
  readonly citations: readonly CitationView[];
}

export const worldNotes = (s: Scenario, world: WorldState): WorldNoteView[] =>
  appliedVariants(s, world).map((v) => ({ id: v.id, title: say(v.title), text: say(v.text), history: say(v.history), citations: v.cite.map(citationView) }));



export interface OutcomeView {
  readonly round: TableView['round'];
  /** The title of the real document the round produced. */
  readonly document: string;
  /** Each side's short name in this round. */
  readonly sides: Readonly<Record<SideId, string>>;
  readonly status: 'concluded' | 'breakdown';
  readonly headline: string;
  readonly summary: string;
  readonly clauses: readonly {
    readonly issue: string;
    readonly title: string;
    readonly yours: string | null;
    readonly yoursLabel: string | null;
    readonly record: string | null;
    readonly recordLabel: string | null;
    readonly comparison: Comparison;
    readonly words: string;
    /** For a unilateral issue, whose declaration stands. */
    readonly declaredBy: string | null;
    /** Why the record clause is not compared (it answered a world this round did not open in). */
    readonly note: string | null;
    readonly citations: readonly CitationView[];
  }[];
  /** How the world this round opened in differed from history's, and what really happened. */
  readonly world: readonly WorldNoteView[];
  readonly meters: readonly { readonly id: MeterId; readonly label: string; readonly value: number; readonly historical: number }[];
  readonly next: readonly { readonly text: string; readonly citations: readonly CitationView[] }[];
  readonly contested: readonly { readonly title: string; readonly japan: string; readonly russia: string; readonly historiansDisagree: string | null; readonly citations: readonly CitationView[] }[];
  readonly questions: readonly string[];
  readonly islands: readonly IslandView[];
  /** The islands as the player's document leaves them, and as the real document did. */
  readonly map: { readonly yours: MapFates; readonly record: MapFates };
}

/** The outcome screen: the player's document beside the real one. Shared by both sides. */
export function outcomeView(s: Scenario, state: GameState, locale: Locale = 'en'): OutcomeView {
  const o = outcomeOf(s, state);
  const sameCount = o.clauses.filter((c) => c.comparison === 'same').length;
  const compared = o.clauses.filter((c) => c.comparison !== 'other-world').length;
  const variants = appliedVariants(s, state.world);
  const ended =
    o.endedBy?.reason === 'walk-out'
      ? `${say(s.sides[o.endedBy.side ?? 'japan'].short, locale)} walked out: no document was signed.`
      : o.status === 'concluded'
        ? 'A document was agreed.'
        : 'Time ran out before both sides signed: no document.';
  return {
    round: roundView(s, locale),
    document: say(s.document.title, locale),
    sides: { japan: say(s.sides.japan.short, locale), russia: say(s.sides.russia.short, locale) },
    status: o.status,
    headline: `${ended} ${sameCount} of ${compared} clauses match the historical record.${compared < o.clauses.length ? ` ${o.clauses.length - compared} answered a world history never reached and are not compared.` : ''}`,
    summary: say(s.record.summary, locale),
    clauses: o.clauses.map((cl) => {
      const rec = cl.record ? s.record.clauses.find((r) => r.id === cl.record?.id) : undefined;
      const mine = cl.option ? clauseView(s, cl.issue, cl.option, locale) : null;
      const recordOption = cl.record ? clauseView(s, cl.issue, cl.record.option, locale) : null;
      return {
        issue: cl.issue,
        title: say(compile(s).issues.get(cl.issue)?.title, locale),
        yours: mine?.clause ?? null,
        yoursLabel: mine?.label ?? null,
        record: rec ? say(rec.text, locale) : null,
        recordLabel: recordOption ? (rec?.agreed === false ? `No agreement (${recordOption.label})` : recordOption.label) : null,
        comparison: cl.comparison,
        words: COMPARISON_WORDS[cl.comparison],
        declaredBy: cl.decidedBy ? say(s.sides[cl.decidedBy].short, locale) : null,
        note: cl.variant ? say(variants.find((v) => v.id === cl.variant)?.record.find((r) => r.clause === cl.record?.id)?.note, locale) || null : null,
        citations: (rec?.cite ?? []).map(citationView),
      };
    }),
    meters: o.meters.map((m) => ({ ...m, label: say(s.meters[m.id].label, locale) })),
    next: s.record.next.map((n) => ({ text: say(n.text, locale), citations: n.cite.map(citationView) })),
    contested: s.contested.map((x) => ({
      title: say(x.title, locale),
      japan: say(x.japan, locale),
      russia: say(x.russia, locale),
      historiansDisagree: x.historiansDisagree ? say(x.historiansDisagree, locale) : null,
      citations: x.cite.map(citationView),
    })),
    questions: s.questions.map((q) => say(q, locale)),
    world: worldNotes(s, state.world),
    islands: islandViews(s, 'japan', locale),
    map: {
      yours: fatesOf(s, Object.fromEntries(o.clauses.flatMap((cl) => (cl.option !== null ? [[cl.issue, cl.option]] : [])))) ?? {},
      record: fatesOf(s, Object.fromEntries(s.record.clauses.filter((r) => r.agreed).map((r) => [r.issue, r.option]))) ?? {},
    },
  };
}
