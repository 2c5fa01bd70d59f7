import { describe, expect, it } from 'vitest';
import { dateRange } from '../../src/ui/format';
import { borderFor } from '../../src/view/bridge';
import { seats } from '../../src/view/layout';

describe('UI helpers (pure)', () => {
  it('formats date ranges', () => {
    expect(dateRange('1956-10-13', '1956-10-19')).toBe('13–19 October 1956');
    expect(dateRange('1960-01-27', '1960-02-24')).toBe('27 January – 24 February 1960');
    expect(dateRange('1988-12-20', '1988-12-20')).toBe('20 December 1988');
  });
  it('draws the border where Japan’s islands end', () => {
    expect(borderFor({ habomai: 'japan-after-treaty', shikotan: 'japan-after-treaty' })).toBe('shikotan-kunashiri');
    expect(borderFor({ habomai: 'japan', shikotan: 'japan', kunashiri: 'japan', etorofu: 'japan' })).toBe('etorofu-urup');
    expect(borderFor({ habomai: 'russia', shikotan: 'russia', kunashiri: 'russia', etorofu: 'russia' })).toBe('hokkaido-habomai');
    // Saying only that Kunashiri and Etorofu stay Soviet draws no line: Habomai and Shikotan are still open.
    expect(borderFor({ kunashiri: 'russia', etorofu: 'russia' })).toBeNull();
    expect(borderFor(null)).toBeNull();
  });
  it('seats every delegate, Japan left of the Soviet side, none overlapping', () => {
    const s = seats({ japan: [{ id: 'a', lead: true }, { id: 'b', lead: false }, { id: 'c', lead: false }], russia: [1, 2, 3, 4, 5].map((n) => ({ id: `r${n}`, lead: n === 1 })) });
    expect(s).toHaveLength(8);
    const xs = s.map((x) => x.x);
    expect(Math.max(...s.filter((x) => x.side === 'japan').map((x) => x.x))).toBeLessThan(Math.min(...s.filter((x) => x.side === 'russia').map((x) => x.x)));
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(70);
  });
});
