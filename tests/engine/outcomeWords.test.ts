// The comparison words name the round's own sides. Regression: the invented
// practice round's outcome said "Better for the Soviet/Russian side than in
// history" of a harbour board.
import { describe, expect, it } from 'vitest';
import { comparisonWords } from '../../src/engine/view/outcome';
import { loadRound } from '../../src/node/files';

describe('comparison words', () => {
  it.each([
    ['practice', 'Better for the North than in history', 'Better for the South than in history'],
    ['1956', 'Better for Japan than in history', 'Better for the USSR than in history'],
    ['2000', 'Better for Japan than in history', 'Better for Russia than in history'],
  ])('round %s names its own sides', (id, japan, russia) => {
    const w = comparisonWords(loadRound(id));
    expect(w['better-for-japan']).toBe(japan);
    expect(w['better-for-russia']).toBe(russia);
    expect(w.same).toBe('Same as in history');
  });
});
