/**
 * The islands' names: Japan says Kunashiri and Etorofu, Russia Kunashir and
 * Iturup. Shared screens and records (narration, the document, the record,
 * notes) give both, "Kunashiri/Kunashir" and "Etorofu/Iturup"; each side's own
 * screens (its brief, its delegates' words) keep its own. `nameCounts` counts
 * the uses, and `islandNames` reports every text that breaks the rule.
 */
import type { PathProblem, PathSegment } from './problems';
import type { Scenario, SideId } from './schema';

const BOTH = /\b(Kunashiri|Kunashir)\s*(?:\/|\(|or)\s*(?:Kunashiri|Kunashir)\b\)?|\b(Etorofu|Iturup)\s*(?:\/|\(|or)\s*(?:Etorofu|Iturup)\b\)?/g;
const JAPANESE = /\b(Kunashiri|Etorofu)\b/g;
const RUSSIAN = /\b(Kunashir|Iturup)\b/g;

/** Whose screen a text is on: a side's own, shared by both, or not a text a person reads as narration. */
type Owner = SideId | 'shared' | 'skip';

/** Keys whose text is not narration: verbatim quotes, bibliographic references, the names themselves. */
const SKIP_KEYS = new Set(['quote', 'excerpts', 'ref', 'speaker', 'source', 'native']);

function owner(s: Scenario, path: readonly PathSegment[]): Owner {
  if (path[0] === 'islands' || path[0] === 'collectiveNames') return 'skip';
  if (path.some((p) => typeof p === 'string' && SKIP_KEYS.has(p))) return 'skip';
  const [top, i, key, sub] = path;
  if (top === 'sides' && (i === 'japan' || i === 'russia')) return i;
  if ((top === 'moves' || top === 'lines') && typeof i === 'number' && key !== 'cite') {
    const item = top === 'moves' ? s.moves[i] : s.lines[i];
    return item ? item.side : 'shared';
  }
  if (top === 'variants' && key === 'brief' && (sub === 'japan' || sub === 'russia')) return sub;
  return 'shared';
}

function* texts(value: unknown, path: PathSegment[]): Generator<{ path: PathSegment[]; text: string }> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'en' && typeof v === 'string') yield { path, text: v };
      else if (k === 'note' && typeof v === 'string') yield { path: [...path, k], text: v };
      else yield* texts(v, [...path, k]);
    }
  }
}

export interface NameCounts {
  /** Shared texts: uses of both names together, of the Japanese name alone, of the Russian name alone. */
  readonly shared: { both: number; japanese: number; russian: number };
  /** Each side's own texts using the other side's name alone. */
  readonly crossed: Readonly<Record<SideId, number>>;
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

function scan(s: Scenario): { counts: NameCounts; problems: PathProblem[] } {
  const shared = { both: 0, japanese: 0, russian: 0 };
  const crossed = { japan: 0, russia: 0 };
  const problems: PathProblem[] = [];
  for (const { path, text } of texts(s, [])) {
    const who = owner(s, path);
    if (who === 'skip') continue;
    const both = count(text, BOTH);
    const rest = text.replace(BOTH, '');
    const jp = count(rest, JAPANESE);
    const ru = count(rest, RUSSIAN);
    if (who === 'shared') {
      shared.both += both;
      shared.japanese += jp;
      shared.russian += ru;
      if (jp + ru > 0) problems.push({ path, message: `shared text names ${[...new Set(rest.match(JAPANESE) ?? []), ...new Set(rest.match(RUSSIAN) ?? [])].join(', ')} with one side's name only (${jp + ru}×): write both, "Kunashiri/Kunashir", "Etorofu/Iturup" [both-names]` });
    } else {
      const foreign = who === 'japan' ? ru : jp;
      crossed[who] += foreign;
      if (foreign > 0) problems.push({ path, message: `${who === 'japan' ? "Japan's" : "the Soviet/Russian side's"} own screen uses the other side's name alone (${foreign}×): keep its own name [own-names]` });
    }
  }
  return { counts: { shared, crossed }, problems };
}

/** How the round names the islands, counted (what the both-names rule enforces). */
export const nameCounts = (s: Scenario): NameCounts => scan(s).counts;

/** Texts that name Kunashiri/Kunashir or Etorofu/Iturup the wrong way for whose screen they are on. */
export const islandNames = (s: Scenario): PathProblem[] => scan(s).problems;
