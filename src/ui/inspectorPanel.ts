/**
 * The development inspector's panel (?inspect=1): a small collapsible box in
 * the bottom-left corner listing each live state machine, its current state
 * and its last events. Closed, it shows only the app's state on one line, so
 * it covers no control; open, it scrolls within a quarter of the screen. A
 * polite live region is deliberately not used (it would chatter on every
 * event); the list is read when the student opens it.
 */
import { fill, h } from './dom';
import './inspectorPanel.css';

export interface InspectedRow {
  readonly name: string;
  readonly state: string;
  readonly events: readonly string[];
}

export interface InspectorPanel {
  readonly root: HTMLElement;
  update(rows: readonly InspectedRow[]): void;
}

export function inspectorPanel(): InspectorPanel {
  const head = h('span', { class: 'inspector-head' }, 'State machines');
  const list = h('ul', { class: 'inspector-list' });
  const details = h('details', { class: 'inspector-box' }, h('summary', {}, head), list);
  const root = h('aside', { class: 'inspector', 'aria-label': 'State machines (development inspector)', 'data-testid': 'inspector' }, details);
  return {
    root,
    update(rows) {
      const app = rows.find((r) => r.name === 'app');
      fill(head, 'State machines', app ? h('code', {}, ` app: ${app.state}`) : null);
      fill(
        list,
        rows.map((r) =>
          h(
            'li',
            {},
            h('strong', {}, r.name),
            ' ',
            h('code', {}, r.state),
            r.events.length > 0 ? h('span', { class: 'inspector-events' }, ` ← ${r.events.join(', ')}`) : null,
          ),
        ),
      );
    },
  };
}
