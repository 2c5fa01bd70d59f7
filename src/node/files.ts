/**
 * Node-side file access for the CLIs and tests: read the source library and
 * scenario files from the repository's scenarios/ folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLibrary } from '../engine/scenario/citations';
import { loadScenario, type ScenarioError } from '../engine/scenario/load';
import type { Scenario } from '../engine/scenario/schema';
import { buildLibrary, parseSourceIndex } from '../engine/scenario/sources';
import type { Result } from '../engine/result';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SCENARIOS = join(ROOT, 'scenarios');

let library: SourceLibrary | undefined;

/** The source documents, read from disk now. Throws if the index itself is broken (a repository fault). */
export function readSourceLibrary(): SourceLibrary {
  const dir = join(SCENARIOS, 'sources');
  const index = parseSourceIndex(readFileSync(join(dir, 'index.yaml'), 'utf8'));
  if (!index.ok) throw new Error(index.error);
  const texts = Object.fromEntries(index.value.sources.map((s) => [s.file, readFileSync(join(dir, s.file), 'utf8')]));
  const lib = buildLibrary(index.value, texts);
  if (!lib.ok) throw new Error(lib.error);
  return lib.value;
}

/** The source documents, read once. */
export function sourceLibrary(): SourceLibrary {
  library ??= readSourceLibrary();
  return library;
}

/** Every round file in scenarios/ (NNNN.yaml), sorted. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIOS)
    .filter((f) => /^(\d{4}|practice)\.yaml$/.test(f))
    .sort()
    .map((f) => join(SCENARIOS, f));
}

export const displayPath = (file: string): string => relative(process.cwd(), file) || file;

export function loadScenarioFile(file: string): Result<Scenario, ScenarioError[]> {
  return loadScenario(displayPath(file), readFileSync(file, 'utf8'), { sources: sourceLibrary() });
}

/** Load a round by id ("1956"); throws with the formatted errors if it does not validate. */
export function loadRound(id: string): Scenario {
  const r = loadScenarioFile(join(SCENARIOS, `${id}.yaml`));
  if (!r.ok) throw new Error(r.error.map((e) => `${e.file}:${e.line}:${e.column}: ${e.path}: ${e.message}`).join('\n'));
  return r.value;
}
