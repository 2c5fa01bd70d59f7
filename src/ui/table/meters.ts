/**
 * The meters: each a `meter` with its label, its value out of 100, the last
 * change as an arrow and a number, and a bar that slides to the new value
 * (a row is kept while the meter stays, so its bar moves from where it was).
 */
import type { TableView } from '../../engine/view/viewModel';
import { fill, h } from '../dom';

interface Row {
  readonly root: HTMLElement;
  readonly label: HTMLElement;
  readonly value: HTMLElement;
  readonly bar: HTMLElement;
}

export class Meters {
  readonly root = h('section', { class: 'meters', 'aria-labelledby': 'meters-h' });
  private readonly list = h('div', {});
  private readonly previous = new Map<string, number>();
  private readonly change = new Map<string, number>();
  private readonly rows = new Map<string, Row>();
  private key = '';

  constructor() {
    this.root.append(h('h2', { id: 'meters-h', class: 'sr-only' }, 'Meters'), this.list);
  }

  update(v: TableView): void {
    for (const m of v.meters) {
      const before = this.previous.get(m.id);
      if (before !== undefined && before !== m.value) this.change.set(m.id, m.value - before);
      this.previous.set(m.id, m.value);
    }
    const key = v.meters.map((m) => m.id).join('|');
    if (key !== this.key) {
      this.key = key;
      this.rows.clear();
      for (const m of v.meters) {
        const label = h('span', { class: 'lbl', id: `meter-${m.id}` });
        const value = h('span', { class: 'val' });
        const bar = h('span', { class: 'fill' });
        this.rows.set(m.id, { root: h('div', { class: 'meter', role: 'meter', 'aria-labelledby': `meter-${m.id}`, 'aria-valuemin': 0, 'aria-valuemax': 100 }, label, value, h('span', { class: 'bar', 'aria-hidden': 'true' }, bar)), label, value, bar });
      }
      fill(this.list, [...this.rows.values()].map((r) => r.root));
    }
    for (const m of v.meters) {
      const row = this.rows.get(m.id);
      if (!row) continue;
      const d = this.change.get(m.id) ?? 0;
      row.root.setAttribute('aria-valuenow', String(m.value));
      row.root.setAttribute('aria-valuetext', `${m.value} out of 100${d === 0 ? '' : d > 0 ? `, up ${d}` : `, down ${-d}`}`);
      row.label.textContent = m.label;
      fill(row.value, h('span', { class: `delta${d > 0 ? ' up' : d < 0 ? ' down' : ''}` }, d === 0 ? '' : d > 0 ? `▲ ${d}` : `▼ ${-d}`), `${m.value}`, h('span', { class: 'of' }, ' / 100'));
      row.bar.style.setProperty('width', `${Math.max(0, Math.min(100, m.value))}%`);
    }
  }
}
