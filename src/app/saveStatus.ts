/**
 * Whether a saved play's last round has ended, for the menu to offer "See the
 * outcome again" instead of "Resume": the save is replayed against the round
 * files it names (fetched once per page, as for playing). Anything that
 * cannot be told (a round file missing or failing, moves that no longer
 * replay) is 'unknown', and the menu offers Resume, whose opening reports the
 * problem as before. Results are kept per save text, for the last few saves
 * only (every finished round writes a new save: an unbounded table would grow
 * with every round played in a long-open page). The replay is the round's
 * code (lazy.ts), loaded only when there is a save to tell about.
 */
import type { Save } from '../engine/log/save';
import type { Catalog } from '../engine/scenario/catalog';
import type { Scenario } from '../engine/scenario/schema';
import { fetchScenario } from './data';
import type { SaveStatus } from './describeSave';
import { loadRoundCode } from './lazy';

const known = new Map<string, SaveStatus>();
/** The menu shows two slots (and a kept-aside round); a few more cover going back and forth. */
const KEEP = 6;

function remember(key: string, status: SaveStatus): void {
  known.delete(key);
  known.set(key, status);
  for (const old of known.keys()) {
    if (known.size <= KEEP) break;
    known.delete(old);
  }
}

/** The status already worked out for this save, if any. */
export const knownStatus = (save: Save): SaveStatus | undefined => known.get(JSON.stringify(save));

export async function saveStatus(catalog: Catalog, save: Save): Promise<SaveStatus> {
  const key = JSON.stringify(save);
  const done = known.get(key);
  if (done) return done;
  const branch = save.branches.find((b) => b.id === save.current);
  const ids = save.order.slice(0, branch?.rounds.length ?? 0);
  const cards = ids.map((id) => catalog.rounds.find((r) => r.id === id));
  let status: SaveStatus = 'unknown';
  if (branch && cards.every((c) => c)) {
    const loads = await Promise.all(cards.map((c) => fetchScenario(c?.file ?? '')));
    const bases = new Map<string, Scenario>(loads.flatMap((l) => (l.ok ? [[l.value.scenario.id, l.value.scenario] as const] : [])));
    const { playOf, replayBranch } = await loadRoundCode();
    const replayed = bases.size === new Set(ids).size ? replayBranch(playOf(save), bases) : null;
    const last = replayed?.ok ? replayed.value[replayed.value.length - 1] : undefined;
    if (last) status = last.state.status === 'negotiating' ? 'playing' : 'ended';
  }
  remember(key, status);
  return status;
}
