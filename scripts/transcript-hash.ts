/**
 * `npx tsx scripts/transcript-hash.ts [rounds…]`: the sha-256 of 1,200 seeded
 * transcripts (200 seeds for each of practice, 1956, 1960, 1988, 1991 and
 * 2000; Japan, Russia or neither seat played by a noisy historical policy,
 * the rest by the computer). A change to the scenario format or its loader
 * that must not change play (a migration, shared data) keeps this hash.
 */
import { createHash } from 'node:crypto';
import { transcriptLines } from '../src/engine/log/transcript';
import { historical } from '../src/engine/sim/policies';
import { runNegotiation } from '../src/engine/sim/run';
import { loadRound } from '../src/node/files';

const SEEDS = 200;
const args = process.argv.slice(2);
const rounds = args.length > 0 ? args : ['practice', '1956', '1960', '1988', '1991', '2000'];
const hash = createHash('sha256');
let count = 0;
for (const id of rounds) {
  const s = loadRound(id);
  const one = createHash('sha256');
  for (let seed = 1; seed <= SEEDS; seed++) {
    const side = (['japan', 'russia', null] as const)[seed % 3] ?? null;
    const r = runNegotiation(s, { seed, side, policy: historical(0.3) });
    const text = `${transcriptLines(s, r.state).join('\n')}\n`;
    hash.update(text);
    one.update(text);
    count++;
  }
  console.log(`${id.padEnd(8)} ${one.digest('hex')}`);
}
console.log(`${count} transcripts: ${hash.digest('hex')}`);
