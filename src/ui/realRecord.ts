/**
 * "The real record": the outcome's brief account of what history produced,
 * for a student who reads nothing else — when and where (a meeting, or an
 * exchange of notes), who signed or sent what, each island in turn (saying
 * so when the document does not name it), what became of the document and
 * what the other side answered.
 */
import type { RecordFactsView } from '../engine/view/record';
import { h } from './dom';
import { dateRange } from './format';

export function realRecord(f: RecordFactsView): HTMLElement {
  const row = (term: string, text: string, key: string) => [h('dt', {}, term), h('dd', { 'data-fact': key }, text)];
  return h(
    'div',
    { class: 'real-record', 'data-testid': 'real-record', 'data-form': f.form },
    h('h3', {}, 'The real record'),
    h(
      'dl',
      {},
      row(f.form === 'notes' ? 'An exchange of notes, not a meeting' : 'Signed at a meeting', `${dateRange(f.date, f.date)} · ${f.place}`, 'when'),
      row(f.form === 'notes' ? 'Who sent what' : 'Who signed what', f.parties, 'parties'),
      f.islands.flatMap((i) => row(i.named ? i.name : `${i.name} (not named)`, i.text, `island-${i.id}`)),
      row('What became of it', f.fate, 'fate'),
      row('The other side’s answer', f.answer, 'answer'),
    ),
  );
}
