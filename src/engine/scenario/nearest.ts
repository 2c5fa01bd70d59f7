/**
 * "Did you mean": the known name a mistyped key or id was most likely meant
 * to be (edit distance, ignoring case, a swap of two neighbours counting as
 * one edit), for every error that names something unknown.
 */

/** Edit distance between two names, ignoring case; swapping two neighbours counts as one edit. */
export const distance = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(x.length, y.length);
};

/** The candidate a mistyped name was most likely meant to be, if one is close enough. */
export const closest = (name: string, candidates: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  if (best !== undefined && bestD <= Math.max(1, Math.min(3, Math.floor(best.length / 3)))) return best;
  // A shortened or lengthened id ("jp-four" for "jp-four-islands"): the one candidate that contains it or is contained in it.
  const lower = name.toLowerCase();
  const within = [...candidates].filter((c) => c.length >= 4 && lower.length >= 4 && (lower.includes(c.toLowerCase()) || c.toLowerCase().includes(lower)));
  return within.length === 1 ? within[0] : undefined;
};

/**
 * The end of an "unknown id" message: the nearest known id, or the known ids
 * when there are few, e.g. `: did you mean "islands"?` or ` (known: a, b)`.
 */
export function suggestion(name: string, known: Iterable<string>, what = 'known'): string {
  const list = [...known];
  const meant = closest(name, list);
  if (meant !== undefined) return `: did you mean "${meant}"?`;
  return list.length === 0 ? '' : list.length <= 12 ? ` (${what}: ${list.join(', ')})` : '';
}
