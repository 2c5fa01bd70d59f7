/**
 * Your history beside the real one. `divergences` says how the world a round
 * opened in differs from the world history gave it; `timeline` lays a played
 * branch out year by year — what history did between rounds and whether it
 * still could, each round's result against the record, and for every
 * divergence what caused it and what really happened, with the sources.
 */
import { compile } from '../model/compiled';
import { outcomeOf, type Comparison } from '../model/outcome';
import type { Scenario, WorldState } from '../model/types';
import type { PlayedRound } from '../campaign/play';
import { citationView, COMPARISON_WORDS, say, worldNotes, type CitationView, type WorldNoteView } from './viewModel';

export interface Divergence {
  readonly what: 'peace-treaty' | 'island' | 'document' | 'security-treaty';
  readonly id: string;
  readonly yours: string;
  readonly history: string;
  /** What in your earlier rounds made it so (in the timeline). */
  readonly because?: string;
}

const FATE_WORDS: Readonly<Record<string, string>> = {
  japan: 'held by Japan',
  'japan-after-treaty': 'promised to Japan after a peace treaty',
  russia: 'held by the Soviet Union/Russia',
  disputed: 'disputed',
  joint: 'under joint arrangements',
};

/** How a world differs from the historical world the round opened in. */
export function divergences(s: Scenario, world: WorldState): Divergence[] {
  const h = s.world;
  const out: Divergence[] = [];
  if (world.peaceTreaty !== h.peaceTreaty) {
    out.push({ what: 'peace-treaty', id: 'peace-treaty', yours: world.peaceTreaty ? 'a peace treaty is in force' : 'no peace treaty', history: h.peaceTreaty ? 'a peace treaty was in force' : 'no peace treaty had been signed' });
  }
  for (const island of s.islands) {
    const a = world.islands[island.id];
    const b = h.islands[island.id];
    // One name where both sides spell it alike (not "Shikotan / Shikotan").
    const jp = say(island.names.japan);
    const ru = say(island.names.russia);
    if (a !== b) out.push({ what: 'island', id: island.id, yours: `${jp === ru ? jp : `${jp} / ${ru}`}: ${FATE_WORDS[a] ?? a}`, history: FATE_WORDS[b] ?? b });
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

export interface InterludeView {
  readonly kind: 'interlude';
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
  /** Whether it happened in your history. */
  readonly happened: boolean;
  /** Why it could not, where it did not. */
  readonly otherwise: string | null;
  readonly citations: readonly CitationView[];
}

export interface TimelineClause {
  readonly issue: string;
  readonly title: string;
  readonly yours: string | null;
  readonly record: string | null;
  readonly comparison: Comparison;
  readonly words: string;
}

export interface RoundRowView {
  readonly kind: 'round';
  readonly round: string;
  readonly year: number;
  readonly title: string;
  readonly played: boolean;
  /** Played to its end (signed, or broken off). */
  readonly finished: boolean;
  /** Your result in words ("A document was signed", "No document"…), or null if not played. */
  readonly yours: string | null;
  readonly history: string;
  readonly historyOutcome: 'concluded' | 'breakdown';
  readonly clauses: readonly TimelineClause[];
  /** How the world this round opened in differed from history's. */
  readonly startedFrom: readonly Divergence[];
  /** What that changed in the round, and what really happened. */
  readonly notes: readonly WorldNoteView[];
  /** Clauses that differ from the record (0 = as in history). */
  readonly distance: number;
  readonly citations: readonly CitationView[];
}

export type TimelineRow = InterludeView | RoundRowView;

const yearOf = (s: Scenario) => Number(s.endDate.slice(0, 4));

/** Which earlier round of yours made the world differ here: the latest whose result touched it. */
function causeOf(d: Divergence, earlier: readonly PlayedRound[]): string | undefined {
  for (const r of [...earlier].reverse()) {
    if (r.state.status === 'negotiating') continue;
    const s = r.scenario;
    const o = outcomeOf(s, r.state);
    const year = yearOf(s);
    if (d.what === 'document' && d.id === s.document.id) {
      if (o.status !== 'concluded') return `no document was signed in ${year}`;
      return o.ratification?.ratified === false ? `you signed it in ${year}, but it was not ratified at home and never came into force` : `you signed it in ${year}`;
    }
    for (const cl of o.clauses) {
      if (!cl.agreed || cl.option === null) continue;
      const opt = compile(s).options.get(cl.issue)?.get(cl.option);
      const w = opt?.world;
      if (!w) continue;
      const touches =
        (d.what === 'island' && w.islands?.[d.id as keyof NonNullable<typeof w.islands>] !== undefined) ||
        (d.what === 'peace-treaty' && w.peaceTreaty !== undefined) ||
        (d.what === 'security-treaty' && w.securityTreaty !== undefined) ||
        (d.what === 'document' && (w.documents ?? []).some((x) => x.id === d.id));
      if (touches) return `your ${year} ${o.status === 'concluded' ? 'document' : 'declaration'} said “${say(opt.label)}”`;
    }
    if (d.what === 'island' && o.status !== 'concluded') {
      const rec = s.record.clauses.find((c) => compile(s).options.get(c.issue)?.get(c.option)?.world?.islands?.[d.id as 'habomai'] !== undefined);
      if (rec && s.record.outcome === 'concluded') return `no document was signed in ${year}, “${say(compile(s).options.get(rec.issue)?.get(rec.option)?.label)}” never came`;
    }
  }
  return undefined;
}

function statusWords(status: 'concluded' | 'breakdown' | 'negotiating', document: string, ratified = true): string {
  if (status === 'concluded') return ratified ? `Signed and ratified: ${document}` : `Signed, not ratified: ${document} (rejected at home, not in force)`;
  if (status === 'breakdown') return 'No joint document';
  return 'Still at the table';
}

/**
 * The timeline of a branch: for each round of the order, the interludes
 * before it and the round itself (unplayed rounds show history only).
 */
export function timeline(order: readonly string[], rounds: readonly PlayedRound[], scenarios: ReadonlyMap<string, Scenario>): TimelineRow[] {
  const out: TimelineRow[] = [];
  for (const [index, id] of order.entries()) {
    const played = rounds[index];
    const base = played?.base ?? scenarios.get(id);
    if (!base) continue;
    if (index > 0) {
      for (const step of base.since) {
        const happened = played ? (played.interludes.find((x) => x.id === step.id)?.happened ?? true) : true;
        out.push({ kind: 'interlude', id: step.id, date: step.date, title: say(step.title), text: say(step.text), happened, otherwise: !happened && step.otherwise ? say(step.otherwise) : null, citations: step.cite.map(citationView) });
      }
    }
    const recordCites = base.record.clauses.flatMap((c) => c.cite).slice(0, 2).map(citationView);
    if (!played) {
      out.push({ kind: 'round', round: id, year: yearOf(base), title: say(base.title), played: false, finished: false, yours: null, history: say(base.record.summary), historyOutcome: base.record.outcome, clauses: [], startedFrom: [], notes: [], distance: 0, citations: recordCites });
      continue;
    }
    const s = played.scenario;
    const c = compile(s);
    const o = played.state.status === 'negotiating' ? null : outcomeOf(s, played.state);
    const label = (issue: string, option: string | null) => (option ? say(c.options.get(issue)?.get(option)?.label ?? compile(base).options.get(issue)?.get(option)?.label) : null);
    out.push({
      kind: 'round',
      round: id,
      year: yearOf(base),
      title: say(base.title),
      played: true,
      finished: o !== null,
      yours: o ? statusWords(o.status, say(s.document.title), o.ratification?.ratified !== false) : statusWords('negotiating', ''),
      history: say(base.record.summary),
      historyOutcome: base.record.outcome,
      clauses: (o?.clauses ?? []).map((cl) => ({
        issue: cl.issue,
        title: say(c.issues.get(cl.issue)?.title),
        yours: cl.agreed ? label(cl.issue, cl.option) : null,
        record: cl.record ? (cl.record.agreed ? label(cl.issue, cl.record.option) : `No agreement (${label(cl.issue, cl.record.option) ?? ''})`) : null,
        comparison: cl.comparison,
        words: COMPARISON_WORDS[cl.comparison],
      })),
      startedFrom: divergences(base, played.start.world).map((d) => {
        const because = causeOf(d, rounds.slice(0, index));
        return because ? { ...d, because } : d;
      }),
      notes: worldNotes(base, played.start.world),
      distance: o?.distance ?? 0,
      citations: recordCites,
    });
  }
  return out;
}
