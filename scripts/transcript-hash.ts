/**
 * `npx tsx scripts/transcript-hash.ts [--list]`: the sha-256 of 1,200 seeded
 * transcripts (6 rounds × 2 sides × 5 policies × 20 seeds, noise 0.2), each
 * the canonical JSON lines of a whole negotiation plus the action ids taken.
 * A refactor of the engine's control (the machine, the clock) must leave this
 * hash unchanged; `--list` prints one hash per round/side/policy to find where
 * two engines part.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { transcriptLines } from '../src/engine/log/transcript';
import { POLICIES } from '../src/engine/sim/policies';
import { runNegotiation } from '../src/engine/sim/run';
import { loadRound, scenarioFiles } from '../src/node/files';

const SEEDS = 20;
const SIDES = ['japan', 'russia'] as const;
const rounds = scenarioFiles().map((f) => basename(f, '.yaml')).sort();
const list = process.argv.includes('--list');
const all = createHash('sha256');
let count = 0;
for (const round of rounds) {
  const s = loadRound(round);
  for (const side of SIDES) {
    for (const [name, make] of Object.entries(POLICIES).sort(([a], [b]) => a.localeCompare(b))) {
      const part = createHash('sha256');
      for (let seed = 1; seed <= SEEDS; seed++) {
        const r = runNegotiation(s, { seed, side, policy: make(0.2) });
        const text = `${transcriptLines(s, r.state).join('\n')}\n${JSON.stringify(r.actions)}\n`;
        all.update(text);
        part.update(text);
        count++;
      }
      if (list) console.log(`${round} ${side} ${name} ${part.digest('hex').slice(0, 16)}`);
    }
  }
}
console.log(`${count} transcripts sha256 ${all.digest('hex')}`);
