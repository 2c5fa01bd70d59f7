/**
 * The meters as text over their drawn bars: each a `meter` with its label,
 * its value out of 100 and the last change as an arrow and a number.
 */
import type { TableView } from '../../engine/view/viewModel';
import { METERS } from '../../view/layout';
import { fill, h } from '../dom';

export class Meters {
  readonly root = h('section', { class: 'meters', 'aria-labelledby': 'meters-h', style: `left:${METERS.x}px;top:${METERS.y}px;width:${METERS.width}px` });
  private readonly list = h('div', {});
  private readonly previous = new Map<string, number>();
  private readonly change = new Map<string, number>();

  constructor() {
    this.root.append(h('h2', { id: 'meters-h', class: 'sr-only' }, 'Meters'), this.list);
  }

  update(v: TableView): void {
    for (const m of v.meters) {
      const before = this.previous.get(m.id);
      if (before !== undefined && before !== m.value) this.change.set(m.id, m.value - before);
      this.previous.set(m.id, m.value);
    }
    fill(
      this.list,
      v.meters.map((m) => {
        const d = this.change.get(m.id) ?? 0;
        const delta = d === 0 ? '' : d > 0 ? `▲ ${d}` : `▼ ${-d}`;
        return h(
          'div',
          { class: 'meter', role: 'meter', 'aria-labelledby': `meter-${m.id}`, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': m.value, 'aria-valuetext': `${m.value} out of 100${d === 0 ? '' : d > 0 ? `, up ${d}` : `, down ${-d}`}`, style: `height:${METERS.row - 8}px` },
          h('span', { class: 'lbl', id: `meter-${m.id}` }, m.label),
          h('span', { class: 'val' }, h('span', { class: `delta${d > 0 ? ' up' : d < 0 ? ' down' : ''}` }, delta), `${m.value}`, h('span', { class: 'of' }, ' / 100')),
        );
      }),
    );
  }
}
