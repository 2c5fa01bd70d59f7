/**
 * The simulator's work, split so worker threads can share it: a job names the
 * round (or the campaign), the policy and a run of seeds; `playChunk` plays a
 * contiguous slice of it and returns one compact record per run, in seed
 * order; `playAll` cuts the job into one slice per worker thread, or plays it
 * here with one. Slices are joined in seed order, so any number of workers
 * gives exactly the records (and so the summary) of one thread.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runCampaign } from '../engine/sim/campaign';
import { POLICIES } from '../engine/sim/policies';
import { runNegotiation } from '../engine/sim/run';
import { outcomeOf, type Outcome } from '../engine/model/outcome';
import { appliedVariants } from '../engine/model/variants';
import type { Scenario, SideId } from '../engine/model/types';
import { loadRound } from '../node/files';

export interface Job {
  /** The round, or null for whole campaigns over `order`. */
  readonly round: string | null;
  readonly order: readonly string[];
  readonly seed: number;
  readonly runs: number;
  readonly side: SideId | null;
  readonly policy: string;
  readonly noise: number;
}

/** One campaign's rounds as the report counts them. */
export interface CampaignRecord {
  readonly index: number;
  readonly concluded: boolean;
  /** Signed and ratified at home by both sides (false when signed but rejected, or not signed). */
  readonly ratified: boolean;
  readonly identical: boolean;
  readonly variants: readonly string[];
  readonly missed: readonly string[];
}

export type Records = { readonly kind: 'round'; readonly outcomes: Outcome[] } | { readonly kind: 'campaign'; readonly campaigns: CampaignRecord[][] };

/** The fewest runs worth a worker thread of their own (a thread loads the rounds before it plays): negotiations, campaigns. */
export const RUNS_PER_WORKER = { round: 100, campaign: 5 } as const;

const loaded = new Map<string, Scenario>();
const scenario = (id: string): Scenario => {
  let s = loaded.get(id);
  if (!s) loaded.set(id, (s = loadRound(id)));
  return s;
};

/** Play runs [from, from + count) of a job, in seed order, calling `tick` after each. */
export function playChunk(job: Job, from: number, count: number, tick: (i: number) => void = () => undefined): Records {
  const make = POLICIES[job.policy];
  if (!make) throw new Error(`unknown policy "${job.policy}"`);
  const policy = make(job.policy === 'historical' ? job.noise : 0);
  if (job.round === null) {
    const bases = new Map(job.order.map((id) => [id, scenario(id)]));
    const campaigns: CampaignRecord[][] = [];
    for (let i = from; i < from + count; i++) {
      tick(i);
      const { rounds } = runCampaign(bases, job.order, { seed: job.seed + i * job.order.length, side: job.side, policy });
      campaigns.push(
        rounds.map((r) => {
          const o = outcomeOf(r.scenario, r.state);
          const applied = appliedVariants(r.base, r.start.world).map((v) => v.id);
          return { index: r.index, concluded: o.status === 'concluded', ratified: o.ratification?.ratified === true, identical: o.distance === 0 && applied.length === 0, variants: applied, missed: r.interludes.filter((x) => !x.happened).map((x) => x.id) };
        }),
      );
    }
    return { kind: 'campaign', campaigns };
  }
  const s = scenario(job.round);
  const outcomes: Outcome[] = [];
  for (let i = from; i < from + count; i++) {
    tick(i);
    outcomes.push(runNegotiation(s, { seed: job.seed + i, side: job.side, policy }).outcome);
  }
  return { kind: 'round', outcomes };
}

/** How many threads a job gets: as asked, but never fewer than RUNS_PER_WORKER runs each. */
export const threadsFor = (job: Job, asked: number): number =>
  Math.max(1, Math.min(asked, Math.floor(job.runs / RUNS_PER_WORKER[job.round === null ? 'campaign' : 'round'])));

function join(parts: readonly Records[]): Records {
  if (parts[0]?.kind === 'campaign') return { kind: 'campaign', campaigns: parts.flatMap((p) => (p.kind === 'campaign' ? p.campaigns : [])) };
  return { kind: 'round', outcomes: parts.flatMap((p) => (p.kind === 'round' ? p.outcomes : [])) };
}

/** A worker starts from the built file itself; from the TypeScript source (tsx, as the tests run it) through tsx's loader. */
function workerEntry(entry: string): string | URL {
  if (!entry.endsWith('.ts')) return entry;
  const source = `import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; await tsImport(${JSON.stringify(pathToFileURL(entry).href)}, ${JSON.stringify(pathToFileURL(entry).href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/**
 * Play a whole job on `threads` threads (this one when 1): slice k of n plays
 * runs [k·runs/n, (k+1)·runs/n). `entry` is the module a worker starts from
 * (the simulator's own file, which plays the slice it is handed).
 */
export async function playAll(job: Job, threads: number, entry: string, tick?: (i: number) => void): Promise<Records> {
  if (threads <= 1) return playChunk(job, 0, job.runs, tick);
  const bounds = Array.from({ length: threads + 1 }, (_, k) => Math.floor((k * job.runs) / threads));
  const parts = await Promise.all(
    bounds.slice(0, -1).map(
      (from, k) =>
        new Promise<Records>((resolve, reject) => {
          const w = new Worker(workerEntry(entry), { workerData: { job, from, count: (bounds[k + 1] ?? job.runs) - from } });
          w.once('message', (r: Records) => resolve(r));
          w.once('error', reject);
          w.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`simulator worker ${k + 1} stopped with code ${code}`))));
        }),
    ),
  );
  return join(parts);
}
