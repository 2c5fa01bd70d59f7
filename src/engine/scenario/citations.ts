/**
 * Citation checks: every quote must stand verbatim in its source document
 * after collapsing runs of whitespace (no other folding: a curly apostrophe or
 * a changed digit is a different text), may not span an ellipsis, and words
 * spoken after the round must be marked `retrospective`.
 */
import { suggestion } from './nearest';
import type { PathProblem, PathSegment } from './problems';
import type { Citation, Quote, Scenario } from './schema';

export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly file: string;
  readonly origin: string;
  readonly text: string;
}

export type SourceLibrary = Readonly<Record<string, SourceDocument>>;

/** Collapse every run of whitespace to one space. */
export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

const normalizedCache = new WeakMap<SourceDocument, string>();
const normalizedText = (doc: SourceDocument): string => {
  let t = normalizedCache.get(doc);
  if (t === undefined) {
    t = collapseWhitespace(doc.text);
    normalizedCache.set(doc, t);
  }
  return t;
};

/** Where a quote stands in its document (character offsets in the raw text), or null. */
export function findQuote(doc: SourceDocument, quote: string): { start: number; end: number } | null {
  const pattern = collapseWhitespace(quote)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(doc.text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** What is wrong with a quote, and which of its fields the author should look at. */
interface QuoteFault {
  readonly field: 'source' | 'quote' | 'date' | 'retrospective';
  readonly message: string;
}

function quoteFault(q: Quote, sources: SourceLibrary, roundEnd?: string): QuoteFault | null {
  const doc = sources[q.source];
  if (!doc) return { field: 'source', message: `unknown source "${q.source}"${suggestion(q.source, Object.keys(sources).sort(), 'known')}` };
  if (/\.\.\.|…/.test(q.quote)) return { field: 'quote', message: `a quote may not span an ellipsis: quote the words on one side of it` };
  if (!normalizedText(doc).includes(collapseWhitespace(q.quote))) {
    return {
      field: 'quote',
      message: `quote is not verbatim in source "${q.source}" (${doc.file}): ${JSON.stringify(q.quote)}${nearMiss(q.quote, normalizedText(doc))}`,
    };
  }
  if (roundEnd !== undefined) {
    if (q.date > roundEnd && q.retrospective !== true) {
      return { field: 'date', message: `quote dated ${q.date} was spoken after the round (ends ${roundEnd}): mark it retrospective: true` };
    }
    if (q.date <= roundEnd && q.retrospective === true) {
      return { field: 'retrospective', message: `quote dated ${q.date} is marked retrospective but falls within the round (ends ${roundEnd})` };
    }
  }
  return null;
}

/** Why a quote fails against the library, or null when it is good. */
export function quoteProblem(q: Quote, sources: SourceLibrary, roundEnd?: string): string | null {
  return quoteFault(q, sources, roundEnd)?.message ?? null;
}

/**
 * A hint when the quote differs from a passage of the source by one to three
 * characters (same length), found by anchoring either its first or its last
 * twelve characters in the source.
 */
function nearMiss(quote: string, text: string): string {
  const q = collapseWhitespace(quote);
  const anchor = Math.min(12, q.length);
  const starts = new Set<number>();
  for (let from = text.indexOf(q.slice(0, anchor)); from !== -1; from = text.indexOf(q.slice(0, anchor), from + 1)) starts.add(from);
  const tail = q.slice(q.length - anchor);
  for (let end = text.indexOf(tail); end !== -1; end = text.indexOf(tail, end + 1)) {
    if (end + anchor - q.length >= 0) starts.add(end + anchor - q.length);
  }
  for (const from of [...starts].sort((a, b) => a - b)) {
    const candidate = text.slice(from, from + q.length);
    if (candidate.length !== q.length) continue;
    const diffs: number[] = [];
    for (let i = 0; i < q.length && diffs.length <= 3; i++) if (candidate[i] !== q[i]) diffs.push(i);
    const [first] = diffs;
    if (first !== undefined && diffs.length <= 3) {
      return ` — the source has ${JSON.stringify(candidate[first] ?? '')} where the quote has ${JSON.stringify(q[first] ?? '')} at character ${first + 1}`;
    }
  }
  return '';
}

const isQuote = (c: Citation): c is Quote => 'quote' in c;

/** Walk every citation in a scenario with its path. */
export function* citationsOf(s: Scenario): Generator<{ path: PathSegment[]; cite: Citation }> {
  const list = function* (base: PathSegment[], cites: readonly Citation[]) {
    if (cites.length === 1 && cites[0]) yield { path: base, cite: cites[0] };
    else for (const [i, c] of cites.entries()) yield { path: [...base, i], cite: c };
  };
  for (const side of ['japan', 'russia'] as const) {
    for (const [i, q] of s.sides[side].brief.excerpts.entries()) yield { path: ['sides', side, 'brief', 'excerpts', i], cite: q };
  }
  for (const [i, issue] of s.agenda.entries())
    for (const [j, o] of issue.options.entries()) yield* list(['agenda', i, 'options', j, 'cite'], o.cite);
  for (const [i, m] of s.moves.entries()) yield* list(['moves', i, 'cite'], m.cite);
  for (const [i, l] of s.lines.entries()) yield* list(['lines', i, 'cite'], l.cite);
  for (const [i, e] of s.events.entries()) yield* list(['events', i, 'cite'], e.cite);
  for (const [i, c] of s.record.clauses.entries()) yield* list(['record', 'clauses', i, 'cite'], c.cite);
  for (const [i, n] of s.record.next.entries()) yield* list(['record', 'next', i, 'cite'], n.cite);
  for (const [i, c] of s.contested.entries()) yield* list(['contested', i, 'cite'], c.cite);
  for (const [i, x] of s.since.entries()) yield* list(['since', i, 'cite'], x.cite);
  for (const [i, v] of s.variants.entries()) yield* list(['variants', i, 'cite'], v.cite);
}

/** Verbatim, ellipsis and date checks for every quote, plus the quote-count rules. */
export function checkCitations(s: Scenario, sources: SourceLibrary): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const { path, cite } of citationsOf(s)) {
    if (!isQuote(cite)) continue;
    const fault = quoteFault(cite, sources, s.endDate);
    if (fault) problems.push({ path: [...path, fault.field], message: fault.message });
  }
  for (const [i, c] of s.record.clauses.entries()) {
    if (!c.cite.some(isQuote)) problems.push({ path: ['record', 'clauses', i, 'cite'], message: 'a record entry must carry a verbatim quote' });
  }
  for (const side of ['japan', 'russia'] as const) {
    const positions = s.moves.filter((m) => m.side === side && m.kind === 'position');
    const quoted = positions.filter((m) => m.cite.some(isQuote));
    if (positions.length < 6) problems.push({ path: ['moves'], message: `${side} needs at least 6 positions, has ${positions.length}` });
    if (quoted.length < 4) problems.push({ path: ['moves'], message: `${side} needs at least 4 positions with a verbatim quote, has ${quoted.length}` });
  }
  return problems;
}
