/**
 * A question before something is lost (a saved game overwritten, later
 * rounds of a campaign dropped): a real modal <dialog> that names what would
 * be lost. Focus starts on the safe answer, Tab reaches both buttons, Escape
 * (or the safe answer) keeps everything as it was; only the explicit yes
 * goes on.
 */
import { h } from './dom';

export interface Question {
  readonly title: string;
  /** What would be lost, in sentences. */
  readonly lost: readonly string[];
  readonly yes: string;
  readonly no: string;
}

export function confirmDialog(q: Question, go: () => void, back: () => void = () => undefined): HTMLDialogElement {
  const dialog = h('dialog', { class: 'confirm-move confirm-lose', 'aria-labelledby': 'confirm-lose-title', 'aria-describedby': 'confirm-lose-what', 'data-testid': 'confirm-lose' });
  const keep = h('button', { type: 'button', class: 'btn primary', 'data-testid': 'confirm-lose-no', onclick: () => dialog.close() }, q.no);
  dialog.append(
    h('h2', { id: 'confirm-lose-title' }, q.title),
    h('div', { id: 'confirm-lose-what' }, q.lost.map((t) => h('p', {}, t))),
    h('div', { class: 'row' }, keep, h('button', { type: 'button', class: 'btn danger', 'data-testid': 'confirm-lose-yes', onclick: () => dialog.close('yes') }, q.yes)),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    // The answer is the dialog's own: close('yes') from the yes button; Escape or the other button leave it empty.
    if (dialog.returnValue === 'yes') go();
    else back();
  });
  (document.getElementById('overlay') ?? document.body).append(dialog);
  dialog.showModal();
  keep.focus();
  return dialog;
}
