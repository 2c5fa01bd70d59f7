/**
 * The outcome view-model: the player's document beside the real one, clause
 * by clause, with the world the round opened in, the meters against
 * history's, what came next and what is contested. Shared by both sides.
 */
import { compile } from '../model/compiled';
import { outcomeOf, type Comparison } from '../model/outcome';
import type { GameState } from '../model/state';
import { SIDE_IDS, type MeterId, type Scenario, type SideId } from '../model/types';
import { appliedVariants } from '../model/variants';
import { worldNotes, type WorldNoteView } from './brief';
import { recordFactsView, type RecordFactsView } from './record';
import { inProse } from '../stakes/ratification';
import { citationView, clauseView, fatesOf, islandViews, roundView, say, type CitationView, type IslandView, type Locale, type MapFates, type RoundView } from './text';

export const COMPARISON_WORDS: Readonly<Record<Comparison, string>> = {
  same: 'Same as in history',
  'better-for-japan': 'Better for Japan than in history',
  'better-for-russia': 'Better for the Soviet/Russian side than in history',
  'not-in-record': 'Not in the historical document',
  missing: 'In the historical document, missing from yours',
  'other-world': 'History answered another world here: not compared',
};

/**
 * The comparison in words naming this round's own sides ("Better for the
 * USSR…", "Better for Russia…", "Better for the South…" in the practice),
 * never a side the round does not have.
 */
export function comparisonWords(s: Scenario, locale: Locale = 'en'): Readonly<Record<Comparison, string>> {
  const side = (id: SideId): string => inProse(say(s.sides[id].short, locale));
  return { ...COMPARISON_WORDS, 'better-for-japan': `Better for ${side('japan')} than in history`, 'better-for-russia': `Better for ${side('russia')} than in history` };
}

export interface OutcomeView {
  readonly round: RoundView;
  /** The title of the real document the round produced. */
  readonly document: string;
  /** Each side's short name in this round. */
  readonly sides: Readonly<Record<SideId, string>>;
  readonly status: 'concluded' | 'breakdown';
  /** A guided tutorial (the practice round): no comparison with history, no maps. */
  readonly tutorial: boolean;
  /** How the round ended (signed and ratified, signed but not ratified, no document) and, as one line of it (not in the tutorial), how far it matches history. */
  readonly headline: string;
  /** The history line alone: "Against history: 5 of 6 clauses match the historical record." */
  readonly history: string;
  /**
   * What each side's principals at home said of the signed document, in
   * words either side may read (no values, no red lines quoted): null when
   * nothing was signed.
   */
  readonly ratification: null | {
    readonly ratified: boolean;
    readonly sides: readonly { readonly side: SideId; readonly body: string; readonly ratified: boolean; readonly reason: string; readonly note: string; readonly citations: readonly CitationView[] }[];
  };
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
  /** The real record in brief (null for a round without one). */
  readonly facts: RecordFactsView | null;
  /** The islands as the player's document leaves them, and as the real document did; a border only where the document drew one. */
  readonly map: { readonly yours: MapFates; readonly record: MapFates; readonly borders: { readonly yours: boolean; readonly record: boolean } };
}


/** The outcome screen: the player's document beside the real one. Shared by both sides. */
export function outcomeView(s: Scenario, state: GameState, locale: Locale = 'en'): OutcomeView {
  const o = outcomeOf(s, state);
  const words = comparisonWords(s, locale);
  const sameCount = o.clauses.filter((c) => c.comparison === 'same').length;
  const compared = o.clauses.filter((c) => c.comparison !== 'other-world').length;
  const variants = appliedVariants(s, state.world);
  const ended =
    o.endedBy?.reason === 'walk-out'
      ? `${say(s.sides[o.endedBy.side ?? 'japan'].short, locale)} walked out: no document was signed.`
      : o.status === 'concluded'
        ? o.ratification?.ratified
          ? 'The document was signed and ratified at home.'
          : 'The document was signed, but not ratified at home: it does not come into force.'
        : 'Time ran out before both sides signed: no document.';
  const history = `Against history: ${sameCount} of ${compared} clauses match the historical record.${compared < o.clauses.length ? ` ${o.clauses.length - compared} answered a world history never reached and are not compared.` : ''}`;
  return {
    round: roundView(s, locale),
    document: say(s.document.title, locale),
    sides: { japan: say(s.sides.japan.short, locale), russia: say(s.sides.russia.short, locale) },
    status: o.status,
    tutorial: s.tutorial !== undefined,
    headline: s.tutorial ? ended : `${ended} ${history}`,
    history,
    ratification: o.ratification
      ? {
          ratified: o.ratification.ratified,
          sides: SIDE_IDS.map((side) => {
            const r = o.ratification?.sides[side];
            return { side, body: r?.body ?? '', ratified: r?.ratified ?? false, reason: r?.publicReason ?? '', note: r?.note ?? '', citations: (r?.cite ?? []).map(citationView) };
          }),
        }
      : null,
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
        words: words[cl.comparison],
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
    facts: recordFactsView(s, locale),
    map: {
      yours: fatesOf(s, Object.fromEntries(o.clauses.flatMap((cl) => (cl.option !== null ? [[cl.issue, cl.option]] : [])))) ?? {},
      record: fatesOf(s, Object.fromEntries(s.record.clauses.filter((r) => r.agreed).map((r) => [r.issue, r.option]))) ?? {},
      // Only a peace treaty concluded by this document draws a border; a promise of islands after one does not.
      borders: { yours: o.status === 'concluded' && o.world.peaceTreaty && !state.world.peaceTreaty, record: s.record.facts?.border ?? false },
    },
  };
}
