/**
 * Fetching game data at run time, by URL relative to the page: the round
 * index, the source documents and one round's scenario (validated in the
 * browser by the same loader the CLI uses). Failures come back as values the
 * error screen can show; nothing is half-loaded.
 */
import { parseCatalog, type Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import { loadScenario, type ScenarioError } from '../engine/scenario/load';
import type { Scenario } from '../engine/scenario/schema';
import { buildLibrary, parseSourceIndex } from '../engine/scenario/sources';
import { err, ok, type Result } from '../engine/result';
import { parseMapAsset, type MapAsset } from './mapAsset';

const fetchText = async (path: string): Promise<Result<string, string>> => {
  try {
    const res = await fetch(new URL(path, document.baseURI));
    if (!res.ok) return err(`${path}: the server answered ${res.status} ${res.statusText}`);
    return ok(await res.text());
  } catch (e) {
    return err(`${path}: could not be fetched (${(e as Error).message})`);
  }
};

export async function fetchCatalog(): Promise<Result<Catalog, string>> {
  const text = await fetchText('scenarios/index.yaml');
  return text.ok ? parseCatalog(text.value) : text;
}

/** The teacher guide (docs/teacher-guide.md, copied into the build). */
export const fetchGuide = (): Promise<Result<string, string>> => fetchText('docs/teacher-guide.md');

let library: Promise<Result<SourceLibrary, string>> | undefined;
export function fetchSources(): Promise<Result<SourceLibrary, string>> {
  library ??= (async () => {
    const index = await fetchText('scenarios/sources/index.yaml');
    if (!index.ok) return index;
    const parsed = parseSourceIndex(index.value);
    if (!parsed.ok) return parsed;
    const texts: Record<string, string> = {};
    for (const s of parsed.value.sources) {
      const t = await fetchText(`scenarios/sources/${s.file}`);
      if (!t.ok) return t;
      texts[s.file] = t.value;
    }
    return buildLibrary(parsed.value, texts);
  })();
  const pending = library;
  void pending.then((r) => {
    if (!r.ok && library === pending) library = undefined;
  });
  return pending;
}

export type ScenarioLoad = Result<{ scenario: Scenario; sources: SourceLibrary }, { file: string; errors: readonly ScenarioError[]; message?: string; source?: string }>;

/** Fetch and validate one round. */
export async function fetchScenario(file: string): Promise<ScenarioLoad> {
  const path = `scenarios/${file}`;
  const sources = await fetchSources();
  if (!sources.ok) return err({ file: 'scenarios/sources/index.yaml', errors: [], message: sources.error });
  const text = await fetchText(path);
  if (!text.ok) return err({ file: path, errors: [], message: text.error });
  const loaded = loadScenario(path, text.value, { sources: sources.value });
  return loaded.ok ? ok({ scenario: loaded.value, sources: sources.value }) : err({ file: path, errors: loaded.error, source: text.value });
}

export interface MapLoad {
  readonly asset: MapAsset | null;
  /** Why there is no map, in words for the menu (null when it loaded, or when it could not be fetched at all). */
  readonly problem: string | null;
}

let map: Promise<MapLoad> | undefined;
/** The drawn map; a damaged file is reported, never thrown (the game runs without the drawing). */
export function fetchMap(): Promise<MapLoad> {
  map ??= fetchText('map/islands.json').then((t) => (t.ok ? parseMapAsset(t.value) : { asset: null, problem: null }));
  return map;
}

/** The game's own rounds by id (for the class results): ids not in the index, or whose file fails to load, are left out. */
export async function fetchRoundsById(catalog: Catalog | null, ids: readonly string[]): Promise<Map<string, Scenario>> {
  const files = ids.flatMap((id) => catalog?.rounds.find((r) => r.id === id)?.file ?? []);
  const loads = await Promise.all(files.map((f) => fetchScenario(f)));
  return new Map(loads.flatMap((l) => (l.ok ? [[l.value.scenario.id, l.value.scenario] as const] : [])));
}
