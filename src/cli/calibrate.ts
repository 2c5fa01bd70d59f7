/**
 * `npm run calibrate -- scenarios/1956.yaml [--quiet] [--watch]`: the scenario
 * author's check. Validates the file, plays each side's historical sequence
 * strictly against the computer (and computer against computer), prints the
 * transcript with the computer's aspiration, compares each result with the
 * record, says which value to move when a run misses it, and checks that no
 * policy repeating one move beats the historical path. With `--watch` it
 * runs again on every save of the round (or of scenarios/common.yaml and
 * history-lint.yaml) and prints what changed since the last run.
 */
import { watchFile } from 'node:fs';
import { aspiration } from '../engine/counterpart/negotiator';
import { describeEntry } from '../engine/log/transcript';
import type { GameState } from '../engine/model/state';
import type { Scenario, SideId } from '../engine/model/types';
import { formatError } from '../engine/scenario/load';
import { calibrate, reportChanges, runLabel, type CalibrationReport } from '../engine/sim/calibration';
import { loadScenarioFile, SHARED_FILES } from '../node/files';
import { cli, parseFlags, type Cli } from './args';

const USAGE = 'npm run calibrate -- scenarios/<round>.yaml [--quiet] [--watch]';
const c: Cli = cli('calibrate', USAGE);
const { values, positionals } = parseFlags(c, USAGE, { quiet: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } }, true);
const file = positionals[0];
if (!file) c.usage('name one scenario file');
if (positionals.length > 1) c.usage(`one scenario file at a time (got ${positionals.length}: ${positionals.join(' ')})`);

const trace = (s: Scenario, state: GameState, watchSide: SideId | null) => {
  for (const e of state.log) console.log(`   ${describeEntry(s, e)}`);
  if (watchSide) console.log(`   (computer ${watchSide}'s aspiration at the end: ${aspiration(s, state, watchSide).toFixed(1)})`);
};

/** One pass: validate, calibrate, print; the report (null when the file does not validate) and the failure count. */
function pass(quiet: boolean): { report: CalibrationReport | null; failures: number } {
  const loaded = loadScenarioFile(file as string);
  if (!loaded.ok) {
    for (const e of loaded.error) console.error(formatError(e));
    return { report: null, failures: 1 };
  }
  const s = loaded.value;
  const report = calibrate(s);
  for (const run of report.runs) {
    console.log(`${run.ok ? 'ok  ' : 'FAIL'} ${runLabel(run.side)}: ${run.status} (record: ${s.record.outcome}), distance ${run.distance}`);
    if (run.problem) console.log(`     ${run.problem}`);
    for (const d of run.diffs) console.log(`     ${d}`);
    for (const h of run.hints) console.log(`     → ${h}`);
    if (!run.ok || !quiet) trace(s, run.state, run.side ? (run.side === 'japan' ? 'russia' : 'japan') : null);
  }
  for (const e of report.exploits) console.log(`FAIL ${e}`);
  for (const side of ['japan', 'russia'] as const) {
    if (!report.exploits.some((e) => e.includes(`gives ${side} `))) console.log(`ok   ${side}: no single repeated move beats the historical path (worth ${report.historyWorth[side]})`);
  }
  return { report, failures: report.runs.filter((r) => !r.ok).length + report.exploits.length };
}

if (!values.watch) {
  process.exitCode = pass(values.quiet).failures > 0 ? 1 : 0;
} else {
  let last: CalibrationReport | null = null;
  let timer: NodeJS.Timeout | undefined;
  const again = () => {
    console.log(`\n=== ${new Date().toLocaleTimeString('en-GB')} ${file} ===`);
    const { report, failures } = pass(true);
    if (report && last) {
      const changes = reportChanges(last, report);
      console.log(changes.length > 0 ? `changed since the last save:\n${changes.map((x) => `  * ${x}`).join('\n')}` : 'nothing changed in the outcome since the last save');
    }
    if (report) last = report;
    console.log(failures === 0 && report ? 'all calibrated; watching for changes (Ctrl-C to stop)' : 'watching for changes (Ctrl-C to stop)');
  };
  // Editors save in bursts (write, rename, touch), and some replace the file: poll it, and run once when they settle.
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(again, 150);
  };
  for (const f of [file, SHARED_FILES.common, SHARED_FILES.lint]) watchFile(f, { interval: 300 }, soon);
  again();
}
