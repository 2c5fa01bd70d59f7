/**
 * Before a saved play is overwritten or discarded: a question that names it
 * (which round or campaign, the side, how many moves, whether it had ended,
 * its branches). A save with no move in it is nothing to lose and is replaced
 * without asking.
 */
import type { Save } from '../engine/log/save';
import type { Catalog } from '../engine/scenario/catalog';
import { confirmDialog } from '../ui/confirmDialog';
import { describeSave } from './describeSave';
import { knownStatus } from './saveStatus';

export function askBeforeLosing(catalog: Catalog, save: Save, why: 'start' | 'discard', go: () => void): void {
  const d = describeSave(catalog, save, knownStatus(save));
  if (why === 'start' && d.moves === 0) return go();
  const campaign = save.kind === 'campaign';
  const what = campaign ? 'your saved campaign' : 'your saved round';
  const lost = [
    `${d.title} — you play ${d.side}, ${d.moves} ${d.moves === 1 ? 'move' : 'moves'}${d.ended ? ', finished' : ', not finished'}${d.branches > 1 ? `, ${d.branches} branches` : ''}.`,
    why === 'start'
      ? `Starting ${campaign ? 'a new campaign' : 'a new round'} replaces it in this browser. ${campaign ? 'Your saved round is not touched.' : 'Your saved campaign is not touched.'} To keep it, go back and export it as a save file from its outcome screen.`
      : 'Discarding removes it from this browser. To keep it, go back and export it as a save file from its outcome screen.',
  ];
  confirmDialog(
    {
      title: why === 'start' ? `Replace ${what}?` : `Discard ${what}?`,
      lost,
      yes: why === 'start' ? (campaign ? 'Replace it: start the new campaign' : 'Replace it: start the new round') : 'Discard it',
      no: 'Keep it',
    },
    go,
  );
}
