// The world state a round leaves behind: the shipped end-of-1956 fixture is
// what the historical path produces, and the record's world patch agrees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeOf, recordWorld } from '../../src/engine/model/outcome';
import { applyWorldPatch, holds } from '../../src/engine/model/world';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { WorldState } from '../../src/engine/scenario/schema';
import { loadRound, SCENARIOS } from '../../src/node/files';

describe('world state', () => {
  const s = loadRound('1956');
  const fixture = WorldState.parse(JSON.parse(readFileSync(join(SCENARIOS, 'worlds', 'after-1956.json'), 'utf8')));
  it('the end-of-1956 fixture is the record applied to the starting world', () => {
    expect(fixture).toEqual(recordWorld(s));
  });
  it('the historical path produces the end-of-1956 world', () => {
    const r = runNegotiation(s, { seed: 2, side: 'japan', policy: historical(0) });
    expect(outcomeOf(s, r.state).world).toEqual(fixture);
  });
  it('a breakdown leaves the islands as they were', () => {
    const r = runNegotiation(s, { seed: 2, side: 'japan', policy: (_s, st) => ({ type: 'walk-out', side: st.turn }) });
    expect(r.outcome.status).toBe('breakdown');
    expect(r.outcome.world.islands).toEqual(s.world.islands);
    expect(r.outcome.world.peaceTreaty).toBe(false);
  });
  it('conditions test the world', () => {
    expect(holds({ peaceTreaty: false, inForce: ['joint-declaration-1956'] }, fixture)).toBe(true);
    expect(holds({ islands: { shikotan: 'japan' } }, fixture)).toBe(false);
    expect(holds({ notInForce: ['joint-declaration-1956'] }, fixture)).toBe(false);
    // The security treaty may be one value or any of a list.
    expect(holds({ securityTreaty: '1951' }, fixture)).toBe(true);
    expect(holds({ securityTreaty: ['1951', '1960'] }, fixture)).toBe(true);
    expect(holds({ securityTreaty: ['none', '1960'] }, fixture)).toBe(false);
  });
  it('a peace treaty in force fulfils a promise to hand over islands after one, and takes none back', () => {
    const treaty = applyWorldPatch(fixture, { peaceTreaty: true });
    expect(treaty.islands).toEqual({ habomai: 'japan', shikotan: 'japan', kunashiri: 'russia', etorofu: 'russia' });
    expect(applyWorldPatch(treaty, { islands: { habomai: 'japan-after-treaty' } }).islands.habomai).toBe('japan');
  });
});
