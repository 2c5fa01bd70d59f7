/**
 * `npm run new-round -- 1973`: start a round. Copies scenarios/TEMPLATE.yaml
 * to scenarios/1973.yaml with the year filled in (id, dates, title, the world's
 * year) and the shared parts left to scenarios/common.yaml, checks that the
 * copy validates, and adds its card to scenarios/index.yaml in year order (so
 * the menu lists it and the campaign plays it in its place). Refuses to
 * overwrite a round that exists. Then follow docs/authoring.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError, loadScenario } from '../engine/scenario/load';
import { readShared, SCENARIOS, sourceLibrary } from '../node/files';
import { cli, parseFlags, type Cli } from './args';

const USAGE = 'npm run new-round -- <year>';
const c: Cli = cli('new-round', USAGE);
const { positionals } = parseFlags(c, USAGE, {}, true);
const [year] = positionals;
if (year === undefined) c.usage('name the year of the round, e.g. 1973');
if (positionals.length !== 1) c.usage(`one year at a time (got ${positionals.join(' ')})`);
if (!/^\d{4}$/.test(year)) c.usage(`the round id is its year in four digits, not ${JSON.stringify(year)}`);
const file = join(SCENARIOS, `${year}.yaml`);
if (existsSync(file)) {
  console.error(`new-round: scenarios/${year}.yaml exists already; edit it, or remove it first to start again`);
  process.exit(1);
}

const template = readFileSync(join(SCENARIOS, 'TEMPLATE.yaml'), 'utf8');
const body = template.slice(template.indexOf('# --- 1.'));
const text = `# yaml-language-server: $schema=./round.schema.json
# Round ${year}, started from scenarios/TEMPLATE.yaml by \`npm run new-round\`.
# Rewrite it top to bottom with docs/authoring.md open, and keep
# \`npm run calibrate -- scenarios/${year}.yaml --watch\` running beside it.
${body
  .replace(/^id: "0000"$/m, `id: "${year}"`)
  .replace(/"2026-01-01"/g, `"${year}-01-01"`)
  .replace(/^ {2}year: 2026$/m, `  year: ${year}`)
  .replace(/^title: "Place, 0000: /m, `title: "Place, ${year}: `)
  .replace(/^ {2}id: template-document$/m, `  id: document-${year}`)}`;

const shared = readShared();
if (!shared.ok) {
  for (const e of shared.error) console.error(formatError(e));
  process.exit(1);
}
const checked = loadScenario(`scenarios/${year}.yaml`, text, { sources: sourceLibrary(), shared: shared.value });
if (!checked.ok) {
  for (const e of checked.error) console.error(formatError(e));
  console.error('new-round: the template does not validate; fix scenarios/TEMPLATE.yaml first');
  process.exit(1);
}
writeFileSync(file, text);

// The index card, before the first round of a later year (the campaign plays the index in order).
const indexFile = join(SCENARIOS, 'index.yaml');
const index = readFileSync(indexFile, 'utf8');
const s = checked.value;
const card = [
  `  - id: "${year}"`,
  `    file: ${year}.yaml`,
  `    title: ${JSON.stringify(s.title.en)}`,
  `    date: "${year}"`,
  `    place: ${JSON.stringify(s.place.en)}`,
  `    table: ${JSON.stringify(`${s.sides.japan.delegation.map((d) => d.name.en).join(', ')} · ${s.sides.russia.delegation.map((d) => d.name.en).join(', ')}`)}`,
  `    stake: ${JSON.stringify(s.stake.en)}`,
  '',
].join('\n');
const later = [...index.matchAll(/^ {2}- id: "(\d{4})"$/gm)].find((m) => Number(m[1]) > Number(year));
const at = later?.index ?? index.search(/^modes:/m);
writeFileSync(indexFile, at < 0 ? `${index}${card}` : `${index.slice(0, at)}${card}${index.slice(at)}`);

console.log(`wrote scenarios/${year}.yaml (from scenarios/TEMPLATE.yaml; it validates) and its card in scenarios/index.yaml
next:
  1. keep this running in a second terminal:  npm run calibrate -- scenarios/${year}.yaml --watch
  2. rewrite the file section by section with docs/authoring.md open
  3. when you change the title, date, place or delegations, change the card in scenarios/index.yaml too`);
