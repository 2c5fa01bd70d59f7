/**
 * `npm run calibrate -- scenarios/1956.yaml [--quiet]`: the scenario author's
 * check. Validates the file, plays each side's historical sequence strictly
 * against the computer (and computer against computer), prints the transcript
 * with the computer's aspiration, compares each result with the record, and
 * checks that no policy repeating one move beats the historical path.
 */
import { aspiration } from '../engine/counterpart/negotiator';
import { checkAction } from '../engine/round/rules';
import { outcomeOf } from '../engine/model/outcome';
import type { Action, GameState } from '../engine/model/state';
import { other, type Scenario, type SideId } from '../engine/model/types';
import { formatError } from '../engine/scenario/load';
import { playHistory } from '../engine/sim/history';
import { historical } from '../engine/sim/policies';
import { runNegotiation } from '../engine/sim/run';
import { describeEntry } from '../engine/log/transcript';
import { loadScenarioFile } from '../node/files';
import { cli, parseFlags, type Cli } from './args';

const USAGE = 'npm run calibrate -- scenarios/<round>.yaml [--quiet]';
const c: Cli = cli('calibrate', USAGE);
const { values, positionals } = parseFlags(c, USAGE, { quiet: { type: 'boolean', default: false } }, true);
const file = positionals[0];
if (!file) c.usage('name one scenario file');
if (positionals.length > 1) c.usage(`one scenario file at a time (got ${positionals.length}: ${positionals.join(' ')})`);
const loaded = loadScenarioFile(file);
if (!loaded.ok) {
  for (const e of loaded.error) console.error(formatError(e));
  process.exit(1);
}
const s: Scenario = loaded.value;
let failures = 0;

const trace = (state: GameState, watch: SideId | null) => {
  for (const e of state.log) console.log(`   ${describeEntry(s, e)}`);
  if (watch) console.log(`   (computer ${watch}'s aspiration at the end: ${aspiration(s, state, watch).toFixed(1)})`);
};

for (const side of ['japan', 'russia', null] as const) {
  const run = playHistory(s, side);
  const o = outcomeOf(s, run.state);
  const label = side ? `${side} plays history vs the computer` : 'computer vs computer';
  const diffs = o.clauses.filter((c) => c.comparison !== 'same').map((c) => `${c.issue}: ${c.option ?? '(none)'} vs record ${c.record?.option ?? '(none)'} → ${c.comparison}`);
  const good = !run.problem && o.status === s.record.outcome && diffs.length === 0;
  if (!good) failures++;
  console.log(`${good ? 'ok  ' : 'FAIL'} ${label}: ${o.status} (record: ${s.record.outcome}), distance ${o.distance}`);
  if (run.problem) console.log(`     ${run.problem}`);
  for (const d of diffs) console.log(`     ${d}`);
  if (!good || !values.quiet) trace(run.state, side ? other(side) : null);
}

for (const side of ['japan', 'russia'] as const) {
  const history = runNegotiation(s, { seed: 1, side, policy: historical(0) }).outcome.worth[side];
  const candidates: Action[] = [
    ...s.moves.filter((m) => m.side === side).map((m): Action => ({ type: 'move', side, move: m.id })),
    ...s.agenda.map((i): Action => ({ type: 'concede', side, issue: i.id })),
    ...(['consult', 'accept', 'sign', 'walk-out'] as const).map((type): Action => ({ type, side })),
  ];
  let beaten = 0;
  for (const a of candidates) {
    const worth = runNegotiation(s, { seed: 1, side, policy: (sc, st) => (checkAction(sc, st, a) === null ? a : { type: 'consult', side }) }).outcome.worth[side];
    if (worth > history) {
      beaten++;
      console.log(`FAIL repeating ${JSON.stringify(a)} gives ${side} ${worth}, more than the historical path's ${history}`);
    }
  }
  failures += beaten;
  if (beaten === 0) console.log(`ok   ${side}: no single repeated move beats the historical path (worth ${history})`);
}
process.exitCode = failures > 0 ? 1 : 0;
