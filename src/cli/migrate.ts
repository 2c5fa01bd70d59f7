/**
 * `npm run migrate -- scenarios/<round>.yaml … [--check]`: rewrite round files
 * written for an older scenario format in the current one (see
 * engine/scenario/migrate.ts for what each format changed). Only the changed
 * lines are edited; the file is written only when the migrated text loads to
 * exactly the same round as before. `--check` writes nothing and exits 1 when
 * a file still needs migrating.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalJson } from '../engine/log/canonical';
import { formatError, loadScenario } from '../engine/scenario/load';
import { migrateRoundText } from '../engine/scenario/migrateText';
import { displayPath, readShared, scenarioFiles, sourceLibrary } from '../node/files';
import { cli, parseFlags } from './args';

const USAGE = 'npm run migrate -- [scenarios/<round>.yaml …] [--check]';
const { values, positionals } = parseFlags(cli('migrate', USAGE), USAGE, { check: { type: 'boolean', default: false } }, true);
const shared = readShared();
if (!shared.ok) {
  for (const e of shared.error) console.error(formatError(e));
  process.exit(1);
}
const options = { sources: sourceLibrary(), shared: shared.value };
let pending = 0;
let failed = 0;
for (const path of positionals.length > 0 ? positionals : scenarioFiles()) {
  const file = displayPath(path);
  const text = readFileSync(path, 'utf8');
  const m = migrateRoundText(text, shared.value.common);
  if (m.changes.length === 0) {
    console.log(`ok ${file}: already the current format`);
    continue;
  }
  pending++;
  const before = loadScenario(file, text, options);
  const after = loadScenario(file, m.text, options);
  if (!before.ok || !after.ok) {
    failed++;
    for (const e of before.ok ? (after.ok ? [] : after.error) : before.error) console.error(formatError(e));
    continue;
  }
  if (canonicalJson(before.value) !== canonicalJson(after.value)) {
    failed++;
    console.error(`${file}: the migrated file would load differently; left as it is`);
    continue;
  }
  for (const c of m.changes) console.log(`${file}: ${c}`);
  if (!values.check) writeFileSync(path, m.text);
}
if (values.check && pending > 0) console.error(`${pending} file(s) need \`npm run migrate\``);
process.exitCode = failed > 0 || (values.check && pending > 0) ? 1 : 0;
