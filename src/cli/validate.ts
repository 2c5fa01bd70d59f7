/**
 * `npm run validate [files…]`: check scenario files (default: every round in
 * scenarios/). Prints one line per error (file:line:column: path: message)
 * and exits 1 when any file fails; every file of the batch is checked. A bad
 * command line prints the usage and exits 2.
 */
import { displayPath, loadScenarioFile, scenarioFiles } from '../node/files';
import { formatError } from '../engine/scenario/load';
import { cli, parseFlags } from './args';

const USAGE = 'npm run validate [-- scenarios/<round>.yaml …]';
const { positionals } = parseFlags(cli('validate', USAGE), USAGE, {}, true);
const files = positionals.length > 0 ? positionals : scenarioFiles();
let failed = 0;
// One file's fault (missing, a folder, unreadable, an alias bomb) is reported and the batch goes on.
for (const file of files) {
  const r = loadScenarioFile(file);
  if (r.ok) console.log(`ok ${displayPath(file)} (round ${r.value.id}, version ${r.value.version})`);
  else {
    failed++;
    for (const e of r.error) console.error(formatError(e));
  }
}
if (files.length === 0) console.log('no scenario files found');
process.exitCode = failed > 0 ? 1 : 0;
