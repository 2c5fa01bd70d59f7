/**
 * The confirmation a weighty move needs before it is made: a move that
 * crosses one of the student's own red lines (each red line named in the
 * brief's words), and walking out, which ends the round. A real modal
 * <dialog>: focus starts on the safe answer, Tab reaches both buttons and
 * Escape goes back without doing anything.
 */
import type { ChoiceView } from '../../engine/view/viewModel';
import { h } from '../dom';

/** Whether a choice needs a confirmation before it is made. */
export const needsConfirmation = (c: ChoiceView): boolean => c.crosses.length > 0 || c.kind === 'walk-out';

/** Ask; `go` runs only on an explicit yes. */
export function confirmMove(c: ChoiceView, go: () => void, back: () => void = () => undefined): HTMLDialogElement {
  const crossing = c.crosses.length > 0;
  const dialog = h('dialog', { class: 'confirm-move', 'aria-labelledby': 'confirm-move-title', 'aria-describedby': 'confirm-move-what', 'data-testid': 'confirm-move' });
  const no = h('button', { type: 'button', class: 'btn primary', 'data-testid': 'confirm-move-back', onclick: () => dialog.close() }, crossing ? 'Go back: keep to my instructions' : 'Stay at the table');
  const yes = h(
    'button',
    { type: 'button', class: 'btn danger', 'data-testid': 'confirm-move-yes', onclick: () => dialog.close('yes') },
    crossing ? 'Do it anyway' : 'Walk out',
  );
  dialog.append(
    h('h2', { id: 'confirm-move-title' }, crossing ? 'This crosses your instructions' : 'Walk out of the talks?'),
    h('p', { id: 'confirm-move-what' }, `${c.label}${c.detail ? ` — ${c.detail}` : ''}`),
    crossing
      ? h('div', {}, h('p', {}, `Your capital told you: what you may not give up.${c.crosses.length > 1 ? ' This move crosses each of these:' : ' This move crosses:'}`), h('ul', { class: 'crossed', 'data-testid': 'confirm-move-redlines' }, c.crosses.map((t) => h('li', {}, t))), h('p', {}, 'A document that crosses a red line is likely to be rejected at home, and the score against your brief counts it.'))
      : h('p', {}, 'The round ends at once, with no document. Nothing agreed so far will stand.'),
    h('div', { class: 'row' }, no, yes),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    // The answer is the dialog's own: close('yes') from the yes button; Escape or the other button leave it empty.
    if (dialog.returnValue === 'yes') go();
    else back();
  });
  document.getElementById('overlay')?.append(dialog);
  dialog.showModal();
  no.focus();
  return dialog;
}
