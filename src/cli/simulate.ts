/**
 * `npm run simulate -- --round 1956 --runs 10000 --seed 1 [--side japan|russia]
 * [--policy NAME] [--noise 0.2] [--json] [--trace]`: the outcome explorer.
 * Plays many negotiations of one policy against the computer and prints
 * per-clause frequencies, distinct outcomes, distance from the record and
 * throughput. With `--campaign` it plays whole campaigns (1956 to 2000) and
 * prints, per round, how often it ended each way, which worlds it opened in
 * (the variants that applied) and which of history's interludes could not
 * happen — the scenario author's view of the campaign.
 *
 * `--workers N` (default: every core) plays the runs on N worker threads,
 * each a contiguous slice of the seeds; the summary is the one thread's, run
 * for run (`simulateWork.ts`). `npm run simulate` runs this file from a
 * cached build (`scripts/simulate.mjs`), not through tsx.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { outcomeKey, summarize, type Summary } from '../engine/sim/summary';
import { POLICIES } from '../engine/sim/policies';
import { runNegotiation } from '../engine/sim/run';
import { transcript } from '../engine/log/transcript';
import { campaignRounds, loadRound, scenarioFiles } from '../node/files';
import { basename } from 'node:path';
import type { SideId } from '../engine/model/types';
import { cli, decimal, lookup, parseFlags, wholeNumber, type Cli } from './args';
import { playAll, playChunk, threadsFor, type Job } from './simulateWork';

const USAGE = 'npm run simulate -- [--round ID] [--runs N] [--seed N] [--side japan|russia|ussr|none] [--policy NAME] [--noise 0..1] [--workers N] [--json] [--trace] [--campaign]';

/** The most runs one command plays (a million negotiations take several minutes; a campaign is every round of the index). */
const MAX_RUNS = 1_000_000;
const MAX_CAMPAIGNS = 200_000;

async function main(): Promise<void> {
  const c: Cli = cli('simulate', USAGE);
  const { values } = parseFlags(
    c,
    USAGE,
    {
      round: { type: 'string', default: '1956' },
      runs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      side: { type: 'string', default: 'japan' },
      policy: { type: 'string', default: 'historical' },
      noise: { type: 'string', default: '0.2' },
      workers: { type: 'string', default: String(availableParallelism()) },
      json: { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
      campaign: { type: 'boolean', default: false },
    },
    false,
  );
  const fail: (message: string) => never = c.usage;

  const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));
  const round = values.round;
  if (!rounds.includes(round)) fail(`unknown round "${round}" (available: ${rounds.join(', ')})`);
  const sideArg = values.side === 'ussr' ? 'russia' : values.side;
  if (sideArg !== 'japan' && sideArg !== 'russia' && sideArg !== 'none') fail(`--side must be japan, russia (or ussr) or none, not "${values.side}"`);
  const side: SideId | null = sideArg === 'japan' || sideArg === 'russia' ? sideArg : null;
  if (!lookup(POLICIES, values.policy)) fail(`unknown policy "${values.policy}" (available: ${Object.keys(POLICIES).join(', ')})`);
  const runs = wholeNumber(c, '--runs', values.runs, 1, values.campaign ? MAX_CAMPAIGNS : MAX_RUNS);
  // Seeds are whole numbers of 32 bits: exact in JSON and saves, and seed + run number never rounds.
  const seed = wholeNumber(c, '--seed', values.seed, 0, 2 ** 32 - 1);
  const noise = decimal(c, '--noise', values.noise, 0, 1);
  const workers = wholeNumber(c, '--workers', values.workers, 1, 256);

  const order = values.campaign ? campaignRounds().filter((id) => rounds.includes(id)) : [];
  const job: Job = { round: values.campaign ? null : round, order, seed, runs, side, policy: values.policy, noise };
  const threads = threadsFor(job, workers);
  const cores = `${threads} ${threads === 1 ? 'thread' : 'threads'}`;
  /** On stderr, for long runs on one thread: how far along (stdout stays clean for --json). */
  const progress = (i: number): void => {
    if (runs >= 20_000 && i > 0 && i % Math.ceil(runs / 10) === 0) process.stderr.write(`simulate: ${Math.round((i / runs) * 100)}% (${i.toLocaleString('en')} of ${runs.toLocaleString('en')})\n`);
  };
  const entry = fileURLToPath(import.meta.url);

  if (values.campaign) {
    const report = order.map((id) => ({ id, concluded: 0, notRatified: 0, breakdown: 0, identical: 0, variants: new Map<string, number>(), missed: new Map<string, number>() }));
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    const t0 = performance.now();
    const records = await playAll(job, threads, entry, progress);
    const seconds = (performance.now() - t0) / 1000;
    for (const played of records.kind === 'campaign' ? records.campaigns : []) {
      for (const r of played) {
        const line = report[r.index]!;
        if (r.concluded) line.concluded++;
        else line.breakdown++;
        if (r.concluded && !r.ratified) line.notRatified++;
        if (r.identical) line.identical++;
        bump(line.variants, r.variants.length ? r.variants.join(' + ') : '(history’s world)');
        for (const x of r.missed) bump(line.missed, x);
      }
    }
    if (values.json) {
      console.log(JSON.stringify({ runs, seed, side, policy: values.policy, seconds, threads, rounds: report.map((r) => ({ ...r, variants: Object.fromEntries(r.variants), missed: Object.fromEntries(r.missed) })) }, null, 2));
    } else {
      console.log(`campaign ${order.join(' → ')} · ${side ?? 'computer'} playing ${values.policy} vs the computer · ${runs} campaigns from seed ${seed}`);
      for (const r of report) {
        console.log(`\n${r.id}: concluded ${r.concluded} (signed, not ratified ${r.notRatified}) · breakdown ${r.breakdown} · as in history (same world, same clauses) ${r.identical}`);
        for (const [k, n] of [...r.variants].sort((a, b) => b[1] - a[1])) console.log(`  opened in ${k.padEnd(48)} ${String(n).padStart(7)}`);
        for (const [k, n] of r.missed) console.log(`  interlude that could not happen: ${k.padEnd(28)} ${String(n).padStart(7)}`);
      }
      console.log(`\nthroughput: ${(runs / seconds).toFixed(1)} campaigns/s (${seconds.toFixed(2)} s, ${cores})`);
    }
    return;
  }

  const scenario = loadRound(round);

  if (values.trace) {
    const make = POLICIES[values.policy]!;
    const r = runNegotiation(scenario, { seed, side, policy: make(values.policy === 'historical' ? noise : 0) });
    process.stdout.write(transcript(scenario, r.state).join('\n') + '\n');
    console.log(`outcome: ${r.outcome.status} (${outcomeKey(r.outcome)}), distance ${r.outcome.distance}`);
    return;
  }

  const t0 = performance.now();
  const records = await playAll(job, threads, entry, progress);
  const seconds = (performance.now() - t0) / 1000;
  const outcomes = records.kind === 'round' ? records.outcomes : [];
  const summary: Summary & { readonly threads: number } = { ...summarize(scenario, outcomes, { seconds, policy: values.policy, side, seed, runs }), threads };

  if (values.json) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(`round ${round} · ${side ?? 'computer'} playing ${values.policy}${values.policy === 'historical' ? ` (noise ${noise})` : ''} vs the computer · ${runs} runs from seed ${seed}`);
    console.log(`concluded ${summary.concluded} (ratified ${summary.ratified} · signed, not ratified ${summary.notRatified}) · breakdown ${summary.breakdown} · distinct outcomes ${summary.distinct}`);
    console.log(`distance from the record: mean ${summary.meanDistance.toFixed(2)} clauses · identical to the record ${summary.identical}`);
    console.log(`mean worth: japan ${summary.meanWorth.japan.toFixed(1)} · russia ${summary.meanWorth.russia.toFixed(1)}`);
    console.log(`mean score against the brief (worth − reservation): japan ${summary.meanScore.japan.toFixed(1)} · russia ${summary.meanScore.russia.toFixed(1)}`);
    for (const issue of summary.issues) {
      console.log(`\n${issue.issue} (record: ${issue.record ?? '—'})`);
      for (const o of issue.options) console.log(`  ${o.option.padEnd(34)} ${String(o.count).padStart(7)}  ${(o.share * 100).toFixed(1).padStart(5)}%`);
    }
    console.log(`\nthroughput: ${Math.round(summary.perSecond).toLocaleString('en')} negotiations/s (${seconds.toFixed(2)} s, ${cores})`);
  }
}

if (isMainThread) await main();
else {
  // A worker thread: play the slice handed over and send its records back.
  const { job, from, count } = workerData as { job: Job; from: number; count: number };
  parentPort?.postMessage(playChunk(job, from, count));
}
