/**
 * The shared pieces of every view-model: text in the chosen locale, sources
 * as citation views, clauses, delegations, islands and their fates on the
 * map. Nothing secret passes through here: each piece is built from
 * whitelisted scenario fields.
 */
import { compile } from '../model/compiled';
import type { Package } from '../model/state';
import { ISLAND_IDS, other, type Citation, type IslandFate, type IslandId, type Scenario, type SideId, type Text } from '../model/types';

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

export type MapFates = Partial<Record<IslandId, IslandFate>>;

export type Flag = 'japan' | 'ussr' | 'russia' | 'none';

/** The flag a delegation sits behind: the scenario's choice, or by side and date. */
export const flagOf = (s: Scenario, side: SideId): Flag => s.sides[side].flag ?? (side === 'japan' ? 'japan' : s.date < '1991-12-26' ? 'ussr' : 'russia');

export interface RoundView {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly endDate: string;
  readonly place: string;
}

export const people = (s: Scenario, side: SideId, locale: Locale): PersonView[] =>
  s.sides[side].delegation.map((d) => ({ id: d.id, name: say(d.name, locale), title: say(d.title, locale), lead: d.lead === true }));

export const roundView = (s: Scenario, locale: Locale): RoundView => ({ id: s.id, title: say(s.title, locale), date: s.date, endDate: s.endDate, place: say(s.place, locale) });

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


export function clauseView(s: Scenario, issueId: string, optionId: string, locale: Locale): ClauseView {
  const c = compile(s);
  const issue = c.issues.get(issueId);
  const option = c.options.get(issueId)?.get(optionId);
  return { issue: issueId, title: say(issue?.title, locale), option: optionId, label: say(option?.label, locale), clause: say(option?.clause, locale) };
}

export const fatesOf = (s: Scenario, pkg: Package | undefined | null): MapFates | null => {
  if (!pkg) return null;
  const c = compile(s);
  let fates: MapFates | null = null;
  for (const [issue, option] of Object.entries(pkg)) {
    const map = c.options.get(issue)?.get(option)?.map;
    if (map) fates = { ...(fates ?? {}), ...map };
  }
  return fates;
};

/** What each kind of scenario move is called on a button and in the decision log. */
export const KIND_VERB: Readonly<Record<string, string>> = {
  position: 'State a position',
  propose: 'Propose',
  appeal: 'Appeal',
  link: 'Link issues',
  unlink: 'Unlink issues',
};
