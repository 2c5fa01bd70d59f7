/**
 * Fetching game data at run time, by URL relative to the page: the round
 * index, the source documents and one round, all compiled and validated when
 * the game was built (engine/scenario/bundle.ts), so starting a round reads
 * JSON and nothing else. A round is fetched once per page, in parallel with
 * the sources, and can be asked for early (when its card is chosen).
 * Failures come back as values the error screen can show; nothing is
 * half-loaded.
 */
import { bundlePath, readIndex, readRound, readSources, type BundleProblem } from '../engine/scenario/bundle';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import { err, ok, type Result } from '../engine/result';
import { parseMapAsset, type MapAsset } from '../map/asset';

const fetchText = async (path: string): Promise<Result<string, string>> => {
  try {
    const res = await fetch(new URL(path, document.baseURI));
    if (!res.ok) return err(`${path}: the server answered ${res.status} ${res.statusText}`);
    return ok(await res.text());
  } catch (e) {
    return err(`${path}: could not be fetched (${(e as Error).message})`);
  }
};

const problemText = (p: BundleProblem) => p.message ?? p.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n');

export async function fetchCatalog(): Promise<Result<Catalog, string>> {
  const text = await fetchText(bundlePath.index);
  if (!text.ok) return text;
  const r = readIndex(text.value);
  return r.ok ? r : err(problemText(r.error));
}

/** The teacher guide (docs/teacher-guide.md, copied into the build). */
export const fetchGuide = (): Promise<Result<string, string>> => fetchText('docs/teacher-guide.md');

/** A fetch shared by every caller until it fails (a failure is tried again next time). */
function once<T, E>(run: () => Promise<Result<T, E>>): () => Promise<Result<T, E>> {
  let pending: Promise<Result<T, E>> | undefined;
  return () => {
    if (pending) return pending;
    const p = run();
    pending = p;
    void p.then((r) => {
      if (!r.ok && pending === p) pending = undefined;
    });
    return p;
  };
}

export const fetchSources = once(async (): Promise<Result<SourceLibrary, string>> => {
  const text = await fetchText(bundlePath.sources);
  if (!text.ok) return text;
  const r = readSources(text.value);
  return r.ok ? r : err(problemText(r.error));
});

export type ScenarioLoad = Result<{ scenario: Scenario; sources: SourceLibrary }, BundleProblem>;

const rounds = new Map<string, () => Promise<Result<Scenario, BundleProblem>>>();

/** The round's id from its card's file name ("1956.yaml" → "1956"). */
const roundId = (file: string) => file.replace(/\.yaml$/, '');

const fetchRound = (file: string): Promise<Result<Scenario, BundleProblem>> => fetchRoundById(roundId(file));

function fetchRoundById(id: string): Promise<Result<Scenario, BundleProblem>> {
  let f = rounds.get(id);
  if (!f) {
    const path = bundlePath.round(id);
    f = once(async () => {
      const text = await fetchText(path);
      return text.ok ? readRound(text.value, path) : err({ file: path, errors: [], message: text.error });
    });
    rounds.set(id, f);
  }
  return f();
}

/** Start fetching a round (and the sources) before it is opened; opening it then waits for nothing more. */
export function prefetchRound(file: string): void {
  void fetchRound(file);
  void fetchSources();
}

/** Start fetching rounds by id (and the sources) before the round index is read: the rounds a stored save names. */
export function prefetchRoundIds(ids: readonly string[]): void {
  for (const id of ids) void fetchRoundById(id);
  if (ids.length > 0) void fetchSources();
}

/** One round and the source library, fetched in parallel. */
export async function fetchScenario(file: string): Promise<ScenarioLoad> {
  const [sources, round] = await Promise.all([fetchSources(), fetchRound(file)]);
  if (!round.ok) return round;
  if (!sources.ok) return err({ file: bundlePath.sources, errors: [], message: sources.error });
  return ok({ scenario: round.value, sources: sources.value });
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
