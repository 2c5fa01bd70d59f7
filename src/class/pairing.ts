/**
 * The teacher's pairing panel (classes of pairs): a switch for first-come
 * pairing, and — while it is off — the students waiting, with two lists to
 * choose who plays Japan and who the USSR/Russia and a "Seat this pair"
 * button. No dragging: native selects and buttons, so it works from the
 * keyboard and with a screen reader. The lists keep the teacher's choice
 * while the class updates around it.
 */
import type { SideId } from '../engine/model/types';
import type { ClassSummary } from '../server/views';
import { fill, h } from '../ui/dom';

export interface PairingHandlers {
  readonly onPair: (japan: string, russia: string) => void;
  readonly onPairing: (pairing: 'first-come' | 'teacher') => void;
}

type Waiting = ClassSummary['waiting'][number];
const asked: Record<SideId, string> = { japan: 'asked for Japan', russia: 'asked for the USSR/Russia' };
const label = (w: Waiting) => (w.side ? `${w.name} (${asked[w.side]})` : w.name);

export class PairingPanel {
  readonly root: HTMLElement;
  private readonly firstCome = h('input', { type: 'checkbox', id: 'first-come', 'data-testid': 'first-come', 'aria-describedby': 'first-come-hint' });
  private readonly japan = h('select', { id: 'pair-japan', 'data-testid': 'pair-japan' });
  private readonly russia = h('select', { id: 'pair-russia', 'data-testid': 'pair-russia' });
  private readonly list = h('ul', { class: 'waiting-list', 'data-testid': 'waiting' });
  private readonly form: HTMLFormElement;
  private readonly empty = h('p', { class: 'hint' });
  private readonly error = h('p', { class: 'error', role: 'alert', 'data-testid': 'pair-error' });
  private waiting: readonly Waiting[] = [];

  constructor(private readonly hnd: PairingHandlers) {
    this.firstCome.addEventListener('change', () => hnd.onPairing(this.firstCome.checked ? 'first-come' : 'teacher'));
    this.form = h(
      'form',
      { class: 'pair-form', 'data-testid': 'pair-form' },
      h('div', { class: 'pick' }, h('label', { for: 'pair-japan' }, 'Japan'), this.japan),
      h('div', { class: 'pick' }, h('label', { for: 'pair-russia' }, 'USSR/Russia'), this.russia),
      h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'pair-submit' }, 'Seat this pair'),
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.japan.value === this.russia.value) return void (this.error.textContent = 'Choose two different students.');
      this.error.textContent = '';
      hnd.onPair(this.japan.value, this.russia.value);
    });
    this.root = h(
      'section',
      { 'aria-labelledby': 'pairing-h', class: 'pairing', 'data-testid': 'pairing' },
      h('h2', { id: 'pairing-h' }, 'Pairing'),
      h('label', { class: 'opt' }, this.firstCome, h('span', {}, 'Pair students first-come as they join')),
      h('p', { id: 'first-come-hint', class: 'hint' }, 'Off: students wait here until you seat them in pairs and give each a side. Turning it on seats everyone waiting.'),
      this.list,
      this.empty,
      this.form,
      this.error,
    );
  }

  update(s: ClassSummary): void {
    this.root.hidden = s.mode !== 'pairs';
    this.firstCome.checked = s.pairing === 'first-come';
    const ids = s.waiting.map((w) => w.id).join();
    if (ids === this.waiting.map((w) => w.id).join()) return;
    this.waiting = s.waiting;
    fill(this.list, s.waiting.map((w) => h('li', {}, label(w))));
    this.empty.textContent = s.waiting.length ? `${s.waiting.length} waiting to be seated.` : s.pairing === 'teacher' ? 'No one is waiting.' : '';
    this.form.hidden = s.waiting.length < 2;
    // Keep the teacher's picks when still waiting; otherwise propose who asked for each side, then the first free.
    const keep = (sel: HTMLSelectElement) => (s.waiting.some((w) => w.id === sel.value) ? sel.value : '');
    const j = keep(this.japan) || (s.waiting.find((w) => w.side === 'japan') ?? s.waiting[0])?.id || '';
    const r = keep(this.russia) || (s.waiting.find((w) => w.id !== j && w.side === 'russia') ?? s.waiting.find((w) => w.id !== j))?.id || '';
    for (const [sel, value] of [[this.japan, j], [this.russia, r]] as const) {
      fill(sel, s.waiting.map((w) => h('option', { value: w.id, selected: w.id === value }, label(w))));
      sel.value = value;
    }
  }
}
