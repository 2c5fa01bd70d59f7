/**
 * A save as the menu and the confirmations describe it: which round or
 * campaign, the side the student plays named as in that round's year (the
 * card's side names: "the Soviet Union" in 1956, "Russia" in 2000), how many
 * moves it holds, and whether its round has ended (known only once the save
 * has been replayed; see App.saveStatus).
 */
import type { Save } from '../engine/log/save';
import type { Catalog } from '../engine/scenario/catalog';
import type { SavedRound } from '../ui/menu';

/** Whether the save's last round has ended ('ended'), is still being played ('playing'), or could not be told ('unknown'). */
export type SaveStatus = 'ended' | 'playing' | 'unknown';

export function describeSave(catalog: Catalog | null, save: Save, status: SaveStatus = 'unknown'): SavedRound {
  const branch = save.branches.find((b) => b.id === save.current) ?? save.branches[0];
  const played = branch?.rounds.length ?? 1;
  const id = save.order[played - 1] ?? save.order[0] ?? '';
  const card = catalog?.rounds.find((x) => x.id === id);
  const hotseat = save.seats.japan === 'human' && save.seats.russia === 'human';
  const human = save.seats.japan === 'human' ? 'japan' : 'russia';
  const title = save.kind === 'campaign' ? `Campaign ${save.order[0] ?? ''}–${save.order[save.order.length - 1] ?? ''}, round ${played} of ${save.order.length}: ${card?.title ?? id}` : (card?.title ?? `Round ${id}`);
  return {
    title,
    side: hotseat ? 'both sides, two students at one screen' : (card?.sides[human].name ?? (human === 'japan' ? 'Japan' : 'the Soviet Union / Russia')),
    moves: branch?.rounds.reduce((n, r) => n + r.length, 0) ?? 0,
    branches: save.branches.length,
    // A campaign whose round has ended goes on with the next round, unless it was the last.
    ended: status === 'ended' && (save.kind !== 'campaign' || played === save.order.length),
  };
}
