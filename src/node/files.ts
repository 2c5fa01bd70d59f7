/**
 * Node-side file access for the CLIs and tests: read the source library and
 * scenario files from the repository's scenarios/ folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import { loadScenario, type ScenarioError } from '../engine/scenario/load';
import type { Scenario } from '../engine/scenario/schema';
import type { Shared } from '../engine/scenario/shared';
import { loadShared } from '../engine/scenario/sharedLoad';
import { buildLibrary, parseSourceIndex } from '../engine/scenario/sources';
import { err, type Result } from '../engine/result';
import { decodeScenarioBytes, MAX_SCENARIO_BYTES } from '../engine/scenario/text';

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

/** The shared data files every round refers to. */
export const SHARED_FILES = { common: join(SCENARIOS, 'common.yaml'), lint: join(SCENARIOS, 'history-lint.yaml') } as const;

/** The shared islands, names, meters and historical lint, read from disk now; errors name file and line. */
export function readShared(library: SourceLibrary = sourceLibrary()): Result<Shared, ScenarioError[]> {
  const file = (path: string) => {
    const name = displayPath(path);
    try {
      return { file: name, text: readFileSync(path, 'utf8') };
    } catch {
      return { file: name, text: '' };
    }
  };
  return loadShared({ common: file(SHARED_FILES.common), lint: file(SHARED_FILES.lint) }, library);
}

let shared: Shared | undefined;

/** The shared data, read once; throws with the formatted errors when it does not validate (tests and scripts). */
export function sharedData(): Shared {
  if (shared) return shared;
  const r = readShared();
  if (!r.ok) throw new Error(r.error.map((e) => `${e.file}:${e.line}:${e.column}: ${e.path}: ${e.message}`).join('\n'));
  shared = r.value;
  return shared;
}

/** The campaign's rounds in order: every round of scenarios/index.yaml but the practice one (as the game plays them). */
export function campaignRounds(): string[] {
  const r = parseCatalog(readFileSync(join(SCENARIOS, 'index.yaml'), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value.rounds.map((c) => c.id).filter((id) => id !== 'practice');
}

/** Every round file in scenarios/ (NNNN.yaml), sorted. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIOS)
    .filter((f) => /^(\d{4}|practice)\.yaml$/.test(f))
    .sort()
    .map((f) => join(SCENARIOS, f));
}

export const displayPath = (file: string): string => relative(process.cwd(), file) || file;

/**
 * Read and validate one scenario file. A missing file, a folder, an unreadable
 * or oversized file and bad encodings come back as errors naming the file,
 * like any other problem in it; nothing here throws for a bad file.
 */
export function loadScenarioFile(file: string): Result<Scenario, ScenarioError[]> {
  const name = displayPath(file);
  const fault = (message: string) => err([{ file: name, path: '', line: 1, column: 1, message }]);
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return fault('is a folder, not a scenario file (name the .yaml files, or give no argument to check every round)');
    if (!st.isFile()) return fault('is not a regular file');
    if (st.size > MAX_SCENARIO_BYTES) return fault(`the file is too large (${st.size.toLocaleString('en')} bytes; a round file may have at most ${MAX_SCENARIO_BYTES.toLocaleString('en')})`);
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fault(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${(e as Error).message})`);
  }
  const text = decodeScenarioBytes(name, bytes);
  if (!text.ok) return text;
  const common = readShared();
  return common.ok ? loadScenario(name, text.value, { sources: sourceLibrary(), shared: common.value }) : common;
}

/** Load a round by id ("1956"); throws with the formatted errors if it does not validate. */
export function loadRound(id: string): Scenario {
  const r = loadScenarioFile(join(SCENARIOS, `${id}.yaml`));
  if (!r.ok) throw new Error(r.error.map((e) => `${e.file}:${e.line}:${e.column}: ${e.path}: ${e.message}`).join('\n'));
  return r.value;
}
