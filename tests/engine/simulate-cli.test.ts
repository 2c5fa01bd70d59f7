// The outcome explorer CLI as `npm run simulate` runs it (from its cached
// build): JSON output with per-clause frequencies and throughput, `ussr`
// accepted for the Soviet side, clear errors for bad flags, and worker
// threads that give exactly the summary of one thread.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaignRounds, ROOT } from '../../src/node/files';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/simulate.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
/** One thread unless a test asks for more (a worker thread costs its start-up). */
const sim = (...args: string[]) => run('--workers', '1', ...args);

/** The JSON summary without what depends on the clock and the thread count. */
const timeless = (stdout: string) => {
  const { seconds: _s, perSecond: _p, threads: _t, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest;
};

// The first run builds the simulator (or finds its build current).
beforeAll(() => expect(sim('--help').status).toBe(0));

describe('npm run simulate', () => {
  it('prints a JSON summary for the Soviet side (as ussr)', () => {
    const r = sim('--round', '1956', '--runs', '200', '--seed', '1', '--side', 'ussr', '--policy', 'historical', '--json');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as { runs: number; side: string; distinct: number; issues: { issue: string; options: { count: number }[] }[]; perSecond: number };
    expect(summary.runs).toBe(200);
    expect(summary.side).toBe('russia');
    expect(summary.distinct).toBeGreaterThan(1);
    expect(summary.perSecond).toBeGreaterThan(0);
    for (const issue of summary.issues) expect(issue.options.reduce((n, o) => n + o.count, 0)).toBe(200);
  });
  it('prints a readable table', () => {
    const r = sim('--round', '1956', '--runs', '50', '--policy', 'hard-line');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('distance from the record');
    expect(r.stdout).toContain('throughput');
  });
  it('plays whole campaigns: per round, how each ended and which worlds it opened in', () => {
    const r = sim('--campaign', '--runs', '30', '--seed', '4', '--policy', 'random', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { runs: number; rounds: { id: string; concluded: number; breakdown: number; variants: Record<string, number> }[] };
    expect(out.rounds.map((x) => x.id)).toEqual(campaignRounds());
    for (const x of out.rounds) {
      expect(x.concluded + x.breakdown).toBe(30);
      expect(Object.values(x.variants).reduce((a, b) => a + b, 0)).toBe(30);
    }
    // 1956 always opens in history's world; random play leads later rounds elsewhere.
    expect(out.rounds[0]?.variants).toEqual({ '(history’s world)': 30 });
    expect(Object.keys(out.rounds[1]?.variants ?? {}).length).toBeGreaterThan(1);
  });
  it('worker threads give the summary of one thread, run for run', () => {
    const args = ['--round', 'practice', '--runs', '200', '--seed', '9', '--policy', 'random', '--json'];
    const one = run(...args, '--workers', '1');
    const two = run(...args, '--workers', '2');
    expect([one.status, two.status]).toEqual([0, 0]);
    expect((JSON.parse(two.stdout) as { threads: number }).threads).toBe(2);
    expect(timeless(two.stdout)).toEqual(timeless(one.stdout));
  });
  it('worker threads give the campaigns of one thread', () => {
    const args = ['--campaign', '--runs', '10', '--seed', '2', '--policy', 'random', '--json'];
    const one = run(...args, '--workers', '1');
    const two = run(...args, '--workers', '2');
    expect([one.status, two.status]).toEqual([0, 0]);
    expect((JSON.parse(two.stdout) as { threads: number }).threads).toBe(2);
    expect(timeless(two.stdout)).toEqual(timeless(one.stdout));
  });
  it('rejects an unknown policy and an unknown round with a message', () => {
    const a = sim('--policy', 'sneaky');
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('unknown policy "sneaky" (available: historical, hard-line, conciliatory, random, computer)');
    const b = sim('--round', '1066');
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('unknown round "1066"');
  });
});
