/**
 * `npm run validate [files…]`: check scenario files (default: every round in
 * scenarios/). Prints one line per error (file:line:column: path: message)
 * and exits 1 when any file fails.
 */
import { existsSync } from 'node:fs';
import { displayPath, loadScenarioFile, scenarioFiles } from '../node/files';
import { formatError } from '../engine/scenario/load';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : scenarioFiles();
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    failed++;
    continue;
  }
  const r = loadScenarioFile(file);
  if (r.ok) console.log(`ok ${displayPath(file)} (round ${r.value.id}, version ${r.value.version})`);
  else {
    failed++;
    for (const e of r.error) console.error(formatError(e));
  }
}
if (files.length === 0) console.log('no scenario files found');
process.exitCode = failed > 0 ? 1 : 0;
