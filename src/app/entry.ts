/**
 * What entering a play takes: its round files fetched and validated together
 * (any invalid one fails the whole load with a report for the error screen,
 * so nothing is half-loaded), and its current branch replayed. An `Entry` is
 * a play ready to be played: the app machine enters the round with it.
 */
import { newPlay, replayBranch, type Play, type PlayedRound } from '../engine/campaign/play';
import type { Seat } from '../engine/model/state';
import { other, type SideId } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';
import { err, ok, type Result } from '../engine/result';
import type { MenuChoice } from '../ui/menu';
import { Failure } from './failures';
import { fetchScenario } from './data';

export interface LoadedRounds {
  readonly bases: ReadonlyMap<string, Scenario>;
  readonly sources: SourceLibrary;
}

/** A play replayed and ready to be played. */
export interface Entry extends LoadedRounds {
  readonly play: Play;
  /** Its current branch, replayed (the last is the round to play). */
  readonly rounds: readonly PlayedRound[];
  /** A new play opens at the brief; a resumed one where it stands; a rewound one at the table. */
  readonly how: 'new' | 'resume' | 'rewind';
  /** Said on the table when it opens (a rewind). */
  readonly notice?: string | undefined;
  /** Where "Back" on the brief goes (the previous round's outcome in a campaign); else the menu. */
  readonly back?: (() => void) | undefined;
  /** The rounds changed since the save was made, for the banner. */
  readonly changed?: string | null;
}

/** The round files of a play, fetched and validated together; a Failure names the first that is not valid. */
export async function loadRounds(catalog: Catalog, ids: readonly string[]): Promise<LoadedRounds> {
  const unique = [...new Set(ids)];
  const cards = unique.map((id) => catalog.rounds.find((r) => r.id === id));
  const missing = unique.find((_, i) => !cards[i]);
  if (missing !== undefined) throw new Failure({ title: `Round ${missing} could not be loaded`, file: 'rounds/index.json', errors: [], message: `the round index has no round "${missing}"` });
  const loads = await Promise.all(cards.map((c) => fetchScenario(c?.file ?? '')));
  const bases = new Map<string, Scenario>();
  let sources: SourceLibrary | null = null;
  for (const [i, loaded] of loads.entries()) {
    if (!loaded.ok) throw new Failure({ title: `Round ${cards[i]?.id ?? ''} could not be loaded`, ...loaded.error });
    bases.set(loaded.value.scenario.id, loaded.value.scenario);
    sources = loaded.value.sources;
  }
  if (!sources) throw new Failure({ title: 'No round to load', file: 'rounds/index.json', errors: [], message: 'the play names no round' });
  return { bases, sources };
}

/** Replay the play's current branch; why it cannot be, in words. */
export function entryOf(play: Play, loaded: LoadedRounds, how: Entry['how'], extra: Pick<Entry, 'notice' | 'back' | 'changed'> = {}): Result<Entry, string> {
  const replayed = replayBranch(play, loaded.bases);
  if (!replayed.ok) return err(replayed.error.message);
  if (replayed.value.length === 0) return err('the save holds no round');
  return ok({ ...loaded, ...extra, play, rounds: replayed.value, how });
}

/** The rounds a menu choice plays: the chosen one, or the campaign's (every round of the index but the practice one). */
export const orderOf = (catalog: Catalog, choice: MenuChoice): string[] => (choice.mode === 'campaign' ? catalog.rounds.map((r) => r.id).filter((id) => id !== 'practice') : [choice.round]);

/** A new play of the menu's choice, its rounds loaded. */
export async function newEntry(catalog: Catalog, choice: MenuChoice, seed: number): Promise<Entry> {
  const order = orderOf(catalog, choice);
  const loaded = await loadRounds(catalog, order);
  const side = choice.side;
  const seats: Record<SideId, Seat> = choice.mode === 'hotseat' ? { japan: 'human', russia: 'human' } : ({ [side]: 'human', [other(side)]: 'computer' } as Record<SideId, Seat>);
  const versions = Object.fromEntries([...loaded.bases.values()].map((s) => [s.id, s.version]));
  const entry = entryOf(newPlay(choice.mode === 'campaign' ? 'campaign' : 'round', order, seats, seed, versions), loaded, 'new');
  if (!entry.ok) throw new Failure({ title: 'The round could not be opened', file: '', errors: [], message: entry.error });
  return entry.value;
}
