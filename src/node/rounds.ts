/**
 * Compiling the rounds for the game (node side): each YAML round is parsed
 * and validated by the same loader the CLIs use and written as JSON, with
 * the round index and the source library beside it (see
 * engine/scenario/bundle.ts for the files). The build writes them all and
 * stops on the first round that does not validate; the dev server compiles
 * the file it is asked for on every request, so an author sees live errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, bundlePath, type IndexBundle, type RoundBundle, type RoundErrors, type SourcesBundle } from '../engine/scenario/bundle';
import { parseCatalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import { formatError, loadScenario } from '../engine/scenario/load';
import { readShared, readSourceLibrary, SCENARIOS } from './files';

export function compileIndex(): IndexBundle {
  const r = parseCatalog(readFileSync(join(SCENARIOS, 'index.yaml'), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return { kind: 'kuril-index', format: BUNDLE_FORMAT, catalog: r.value };
}

export const compileSources = (library: SourceLibrary = readSourceLibrary()): SourcesBundle => ({ kind: 'kuril-sources', format: BUNDLE_FORMAT, library });

/** One round by id ("1956"): the validated scenario, or its errors with the text they point into. */
export function compileRound(id: string, library: SourceLibrary = readSourceLibrary()): RoundBundle | RoundErrors {
  const file = `scenarios/${id}.yaml`;
  const path = join(SCENARIOS, `${id}.yaml`);
  if (!/^(\d{4}|practice)$/.test(id) || !existsSync(path)) {
    return { kind: 'kuril-round-errors', file, errors: [{ file, path: '', line: 1, column: 1, message: `there is no round file ${file}` }], source: '' };
  }
  const text = readFileSync(path, 'utf8');
  const shared = readShared(library);
  if (!shared.ok) return { kind: 'kuril-round-errors', file: shared.error[0]?.file ?? file, errors: shared.error, source: '' };
  const r = loadScenario(file, text, { sources: library, shared: shared.value });
  return r.ok ? { kind: 'kuril-round', format: BUNDLE_FORMAT, file, scenario: r.value } : { kind: 'kuril-round-errors', file, errors: r.error, source: text };
}

/** Every compiled file of the game by its path (`rounds/…`), or an error listing every problem. */
export function compileAll(): Map<string, string> {
  const index = compileIndex();
  const library = readSourceLibrary();
  const out = new Map<string, string>([
    [bundlePath.index, JSON.stringify(index)],
    [bundlePath.sources, JSON.stringify(compileSources(library))],
  ]);
  const problems: string[] = [];
  for (const card of index.catalog.rounds) {
    const round = compileRound(card.id, library);
    if (round.kind === 'kuril-round-errors') problems.push(...round.errors.map(formatError));
    else out.set(bundlePath.round(card.id), JSON.stringify(round));
  }
  if (problems.length > 0) throw new Error(`the rounds do not validate:\n${problems.join('\n')}`);
  return out;
}
