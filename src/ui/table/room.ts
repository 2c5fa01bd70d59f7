/**
 * The labels of the drawn room: a place card in front of every delegate, the
 * two delegations' names on the carpet, and the speech bubble over the
 * speaker, typed out unless animations are off (Skip, Escape or a click shows
 * it whole). All of it is visual; the dialogue log carries the same words for
 * assistive technology.
 */
import type { TableView } from '../../engine/view/viewModel';
import { CARD_Y, seats, type Seat } from '../../view/layout';
import { fill, h } from '../dom';

export class RoomLabels {
  readonly root = h('div', { class: 'room-labels' });
  private readonly cards = h('div', { 'aria-hidden': 'true' });
  private readonly people = h('p', { class: 'sr-only' });
  private key = '';
  private layout: Seat[] = [];

  constructor() {
    this.root.append(this.people, this.cards);
  }

  update(v: TableView, speaker: { side: 'japan' | 'russia'; id: string } | null): void {
    const layout = seats({ japan: v.sides.japan.delegation, russia: v.sides.russia.delegation });
    const key = JSON.stringify(layout);
    if (key !== this.key) {
      this.key = key;
      this.layout = layout;
      const list = (side: 'japan' | 'russia') => v.sides[side].delegation.map((p) => `${p.name}, ${p.title}`).join('; ');
      this.people.textContent = `At the table for ${v.sides.japan.name}: ${list('japan')}. For ${v.sides.russia.name}: ${list('russia')}.`;
      fill(
        this.cards,
        (['japan', 'russia'] as const).map((side) => h('div', { class: `side-caption ${side}` }, v.sides[side].name)),
        layout.map((s) => {
          const p = v.sides[s.side].delegation.find((d) => d.id === s.id);
          return h('div', { class: `place-card ${s.side}${s.lead ? ' lead' : ''}${s.room < 90 ? ' narrow' : ''}`, 'data-seat': `${s.side}:${s.id}`, style: `left:${s.x}px;top:${CARD_Y}px;width:${s.room}px` }, cardName(p?.name ?? s.id, s.id));
        }),
      );
    }
    for (const card of this.cards.querySelectorAll('.place-card')) card.classList.toggle('speaking', speaker !== null && card.getAttribute('data-seat') === `${speaker.side}:${speaker.id}`);
  }

  seatOf(side: 'japan' | 'russia', id: string | null): Seat | undefined {
    return this.layout.find((s) => s.side === side && s.id === id) ?? this.layout.find((s) => s.side === side && s.lead);
  }
}

/**
 * The name on a place card: the surname — the word of the name that spells
 * the person's id ("Kōno Ichirō", id kono → "Kōno"; "Nikita Khrushchev" →
 * "Khrushchev") — or the whole name when no word does.
 */
export function cardName(name: string, id: string): string {
  const plain = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/gi, '').toLowerCase();
  return name.split(/\s+/).find((w) => plain(w) === plain(id)) ?? name;
}

const BUBBLE = { width: 430, left: 12, right: 800 - 12 };

export class Speech {
  readonly root = h('div', { class: 'speech', 'aria-hidden': 'true', 'data-echo': '', hidden: true });
  private typing: { timer: number; finish: () => void } | null = null;

  constructor(private readonly animate: boolean) {}

  say(side: 'japan' | 'russia', x: number, who: string, title: string, text: string): void {
    this.finish();
    const left = Math.max(BUBBLE.left, Math.min(BUBBLE.right - BUBBLE.width, x - BUBBLE.width / 2));
    this.root.hidden = false;
    this.root.className = `speech ${side}`;
    this.root.style.left = `${left}px`;
    this.root.style.setProperty('--tail', `${Math.round(x - left)}px`);
    const body = h('p', { class: 'said' });
    fill(this.root, h('p', { class: 'who' }, who, title ? h('span', { class: 'title' }, title) : null), body);
    if (!this.animate || text.length < 4) {
      body.textContent = text;
      return;
    }
    let shown = 0;
    const skip = h('button', { type: 'button', class: 'skip', tabindex: -1 }, 'Skip ▸');
    const finish = () => {
      window.clearInterval(this.typing?.timer);
      this.typing = null;
      body.textContent = text;
      skip.remove();
    };
    skip.addEventListener('click', finish);
    this.root.append(skip);
    const timer = window.setInterval(() => {
      shown = Math.min(text.length, shown + 3);
      body.textContent = text.slice(0, shown);
      if (shown >= text.length) finish();
    }, 16);
    this.typing = { timer, finish };
  }

  finish(): void {
    this.typing?.finish();
  }

  clear(): void {
    this.finish();
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}
