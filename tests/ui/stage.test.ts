// Pure helpers behind the table picture: place-card names, where delegates
// sit, and which fates the map draws in each of its modes.
import { describe, expect, it } from 'vitest';
import { cardName } from '../../src/ui/table/room';
import { mapPicture, tableMapPicture } from '../../src/view/bridge';
import { seats } from '../../src/view/layout';
import { flagOf } from '../../src/engine/view/viewModel';
import { loadRound } from '../../src/node/files';

describe('the table picture', () => {
  it('puts surnames on place cards, whichever order the name is written in', () => {
    expect(cardName('Kōno Ichirō', 'kono')).toBe('Kōno');
    expect(cardName('Nikita Khrushchev', 'khrushchev')).toBe('Khrushchev');
    expect(cardName("Matsumoto Shun'ichi", 'matsumoto')).toBe('Matsumoto');
    // No word spells the id: the whole name.
    expect(cardName('Chair of the North Board', 'north-chair')).toBe('Chair of the North Board');
  });

  it('seats a delegation of five inside its half of the table, cards not overlapping', () => {
    const s = seats({ japan: [{ id: 'a', lead: true }], russia: [1, 2, 3, 4, 5].map((n) => ({ id: `r${n}`, lead: n === 1 })) });
    const russia = s.filter((x) => x.side === 'russia');
    for (const [i, seat] of russia.entries()) {
      expect(seat.x - seat.room / 2).toBeGreaterThanOrEqual(400);
      expect(seat.x + seat.room / 2).toBeLessThanOrEqual(800);
      const next = russia[i + 1];
      if (next) expect(seat.x + seat.room / 2).toBeLessThan(next.x - next.room / 2);
    }
    expect(s.find((x) => x.side === 'japan')?.x).toBe(200);
  });

  it('flies the flag of the state at the round’s date, or none for the invented practice round', () => {
    expect(flagOf(loadRound('1956'), 'russia')).toBe('ussr');
    expect(flagOf(loadRound('1991'), 'russia')).toBe('ussr');
    expect(flagOf(loadRound('2000'), 'russia')).toBe('russia');
    expect(flagOf(loadRound('2000'), 'japan')).toBe('japan');
    expect(flagOf(loadRound('practice'), 'japan')).toBe('none');
    expect(flagOf(loadRound('practice'), 'russia')).toBe('none');
  });

  it('draws a proposal over what is agreed, marking only what it changes as proposed', () => {
    const agreed = { habomai: 'japan-after-treaty' } as const;
    const onTable = { habomai: 'japan-after-treaty', shikotan: 'japan' } as const;
    expect(mapPicture(agreed, onTable)).toEqual({ fates: { habomai: 'japan-after-treaty', shikotan: 'japan' }, proposed: ['shikotan'], border: 'shikotan-kunashiri' });
    const map = { agreed, onTable, yours: { kunashiri: 'japan' }, theirs: { kunashiri: 'russia', etorofu: 'russia' } } as const;
    expect(tableMapPicture(map, 'agreed').proposed).toEqual([]);
    expect(tableMapPicture(map, 'now').fates.shikotan).toBe('japan');
    expect(tableMapPicture(map, 'yours')).toMatchObject({ proposed: ['kunashiri'], border: 'kunashiri-etorofu' });
    expect(tableMapPicture(map, 'theirs').fates).toEqual({ habomai: 'japan-after-treaty', kunashiri: 'russia', etorofu: 'russia' });
  });
});
