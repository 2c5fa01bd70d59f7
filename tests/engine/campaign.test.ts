// The campaign chains rounds through the world state: the historical 1956 path
// leaves exactly the historical end-of-1956 world; a breakdown leaves a world
// the next round can see diverging from history, and the timeline says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { divergences, finishRound, newCampaign, nextRound, startRound, timeline } from '../../src/engine/campaign/campaign';
import { WorldState, type Scenario } from '../../src/engine/scenario/schema';
import { playHistory } from '../../src/engine/sim/history';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound, SCENARIOS } from '../../src/node/files';

const after1956 = WorldState.parse(JSON.parse(readFileSync(join(SCENARIOS, 'worlds', 'after-1956.json'), 'utf8')));

describe('campaign', () => {
  const s = loadRound('1956');
  const scenarios = new Map<string, Scenario>([['1956', s]]);
  it('the historical path leaves the historical world, and nothing diverges', () => {
    let c = newCampaign(['1956'], 'japan', 40);
    expect(nextRound(c)).toBe('1956');
    const start = startRound(c, s);
    expect(start.world).toEqual(s.world);
    const run = playHistory(s, 'japan', start.seed);
    c = finishRound(c, s, start, run.state, run.actions);
    expect(nextRound(c)).toBeNull();
    expect(c.finished[0]?.outcome.world).toEqual(after1956);
    expect(divergences({ ...s, world: after1956 }, c.finished[0]!.outcome.world)).toEqual([]);
    const rows = timeline(c, scenarios);
    expect(rows[0]?.year).toBe(1956);
    expect(rows[0]?.yours.clauses.every((x) => x.comparison === 'same')).toBe(true);
  });
  it('a walk-out in 1956 leaves no Declaration and no promise of the two islands', () => {
    let c = newCampaign(['1956', '1960'], 'russia', 41);
    const start = startRound(c, s);
    const r = runNegotiation(s, { seed: start.seed, side: 'russia', policy: (_s, st) => ({ type: 'walk-out', side: st.turn }) });
    c = finishRound(c, s, start, r.state, r.actions);
    const world = c.finished[0]!.outcome.world;
    const next = { ...s, world: after1956 } as Scenario;
    const diff = divergences(next, world);
    expect(diff.map((d) => `${d.what}:${d.id}`).sort()).toEqual(['document:joint-declaration-1956', 'island:habomai', 'island:shikotan']);
    expect(diff.find((d) => d.id === 'habomai')?.history).toBe('promised to Japan after a peace treaty');
    expect(nextRound(c)).toBe('1960');
    expect(timeline(c, scenarios)[0]?.yours.status).toBe('breakdown');
  });
  it('carries half the meters’ drift into the next round', () => {
    let c = newCampaign(['1956', '1956'], 'japan', 42);
    const start = startRound(c, s);
    const r = runNegotiation(s, { seed: start.seed, side: 'japan', policy: (_s, st) => ({ type: 'walk-out', side: st.turn }) });
    c = finishRound(c, s, start, r.state, r.actions);
    const second = startRound(c, s);
    const drift = r.state.meters.trust - start.meters.trust;
    expect(second.meters.trust).toBe(Math.max(0, Math.min(100, Math.round(s.meters.trust.initial + drift / 2))));
  });
});
