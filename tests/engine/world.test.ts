// The world state a round leaves behind: the shipped end-of-1956 fixture is
// what the historical path produces, and the record's world patch agrees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeOf, recordWorld } from '../../src/engine/model/outcome';
import { newGame } from '../../src/engine/game';
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

describe('unilateral declarations', () => {
  const s60 = loadRound('1960');
  const handedOver = { ...s60.world, islands: { ...s60.world.islands, habomai: 'japan', shikotan: 'japan' } as const, documents: s60.world.documents.filter((d) => d.id !== 'joint-declaration-1956') };
  // Regression: a harsher Soviet note once turned islands Japan already held back into Soviet ones, and put a Declaration that never was into force.
  it('a note cannot take an island from the side that holds it, nor bring a document into force', () => {
    const state = { ...newGame(s60, { seed: 1, seats: { japan: 'human', russia: 'computer' }, world: handedOver }), status: 'breakdown' as const, stances: { japan: {}, russia: { 'soviet-condition': 'question-closed' } } };
    const world = outcomeOf(s60, state).world;
    expect(world.islands.habomai).toBe('japan');
    expect(world.islands.shikotan).toBe('japan');
    expect(world.documents.some((d) => d.id === 'joint-declaration-1956')).toBe(false);
    expect(world.securityTreaty).toBe('1960');
  });
  it('in history’s world the same note does change what Moscow holds', () => {
    const state = { ...newGame(s60, { seed: 1, seats: { japan: 'human', russia: 'computer' } }), status: 'breakdown' as const, stances: { japan: {}, russia: { 'soviet-condition': 'question-closed' } } };
    expect(outcomeOf(s60, state).world.islands.habomai).toBe('russia');
  });
});
