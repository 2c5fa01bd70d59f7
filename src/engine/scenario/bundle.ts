/**
 * The compiled round files the game reads at run time. The build (and the
 * dev server, on every request) parses and validates each YAML round once —
 * schema, references, verbatim quotes, historical lint — and writes the
 * validated scenario as JSON beside the round index and the source library.
 * The browser then only reads JSON: no YAML parser, no quote search at round
 * start. A round that does not validate becomes an error document naming
 * file, line and path, which the game shows as its error screen (the dev
 * server's live errors for authors; a build stops on them instead).
 */
import type { Catalog } from './catalog';
import type { SourceLibrary } from './citations';
import type { ScenarioError } from './problems';
import type { Scenario } from './schema';
import { err, ok, type Result } from '../result';

/** Version of the compiled files; a game reading another version asks for a rebuild. */
export const BUNDLE_FORMAT = 1;

export interface RoundBundle {
  readonly kind: 'kuril-round';
  readonly format: typeof BUNDLE_FORMAT;
  /** The YAML file it was compiled from, as the error screen and the debrief name it. */
  readonly file: string;
  readonly scenario: Scenario;
}

export interface RoundErrors {
  readonly kind: 'kuril-round-errors';
  readonly file: string;
  readonly errors: readonly ScenarioError[];
  /** The YAML text, so the error screen can show the lines around each error. */
  readonly source: string;
}

export interface SourcesBundle {
  readonly kind: 'kuril-sources';
  readonly format: typeof BUNDLE_FORMAT;
  readonly library: SourceLibrary;
}

export interface IndexBundle {
  readonly kind: 'kuril-index';
  readonly format: typeof BUNDLE_FORMAT;
  readonly catalog: Catalog;
}

/** Where the game fetches compiled files, relative to the page. */
export const bundlePath = {
  index: 'rounds/index.json',
  sources: 'rounds/sources.json',
  round: (id: string) => `rounds/${id}.json`,
} as const;

/** Why a compiled file cannot be used: what and where, and what to do. */
export interface BundleProblem {
  readonly file: string;
  readonly errors: readonly ScenarioError[];
  readonly message?: string;
  readonly source?: string;
}

type Kind = RoundBundle['kind'] | SourcesBundle['kind'] | IndexBundle['kind'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readBundle<K extends Kind>(text: string, path: string, kind: K, body: string): Result<Record<string, unknown>, BundleProblem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err({ file: path, errors: [], message: `${path} is damaged (it is not complete JSON). Reload the page; if it happens again, the game needs to be rebuilt (npm run build).` });
  }
  if (isRecord(data) && data.kind === 'kuril-round-errors' && Array.isArray(data.errors) && typeof data.file === 'string') {
    return err({ file: data.file, errors: data.errors as ScenarioError[], source: typeof data.source === 'string' ? data.source : undefined });
  }
  if (!isRecord(data) || data.kind !== kind || !isRecord(data[body])) {
    return err({ file: path, errors: [], message: `${path} is not a compiled ${kind.replace('kuril-', '')} file of this game.` });
  }
  if (data.format !== BUNDLE_FORMAT) {
    return err({ file: path, errors: [], message: `${path} was compiled by another version of the game (format ${String(data.format)}, this game reads ${BUNDLE_FORMAT}): rebuild it (npm run build).` });
  }
  return ok(data);
}

/** A compiled round, or the errors it was compiled with. */
export function readRound(text: string, path: string): Result<Scenario, BundleProblem> {
  const r = readBundle(text, path, 'kuril-round', 'scenario');
  return r.ok ? ok(r.value.scenario as Scenario) : r;
}

export function readSources(text: string, path = bundlePath.sources): Result<SourceLibrary, BundleProblem> {
  const r = readBundle(text, path, 'kuril-sources', 'library');
  return r.ok ? ok(r.value.library as SourceLibrary) : r;
}

export function readIndex(text: string, path = bundlePath.index): Result<Catalog, BundleProblem> {
  const r = readBundle(text, path, 'kuril-index', 'catalog');
  return r.ok ? ok(r.value.catalog as Catalog) : r;
}
