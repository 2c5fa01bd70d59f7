/**
 * The labels of the drawn room: a place card in front of every delegate, the
 * two delegations' names on the carpet, and the speech bubble over the
 * speaker, typed out unless animations are off (Skip, Escape or a click shows
 * it whole; over the room a long reply is cut to four lines and a click opens it). All of it is visual; the dialogue log carries the same words for
 * assistive technology.
 */
import { EXPRESSION_WORDS, type TableView } from '../../engine/view/viewModel';
import { boxPercent, CARD_Y, ROOM, seats, type Seat } from '../../view/layout';
import { fill, h } from '../dom';

/** A length of the room as a percentage of its width. */
const across = (px: number) => `${((px / ROOM.width) * 100).toFixed(3)}%`;

export class RoomLabels {
  /** The room's window: the canvas draws the room here; the cards sit over it as fractions of the room. */
  readonly root = h('div', { class: 'room-window', 'data-window': 'room' });
  private readonly cards = h('div', { class: 'room-layer', 'aria-hidden': 'true' });
  private readonly people = h('p', { class: 'sr-only' });
  /** How each delegation looks now (the drawn faces), said in words. */
  private readonly moods = h('p', { class: 'sr-only', 'data-testid': 'delegation-moods' });
  private key = '';
  private layout: Seat[] = [];

  constructor() {
    this.root.append(this.people, this.moods, this.cards);
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
          const [x, y] = boxPercent(ROOM, s.x, CARD_Y);
          // Every other seat of a side, for the staggered plates of a narrow room.
          const alt = layout.filter((o) => o.side === s.side).indexOf(s) % 2 === 1;
          return h('div', { class: `place-card ${s.side}${s.lead ? ' lead' : ''}${alt ? ' alt' : ''}`, 'data-seat': `${s.side}:${s.id}`, style: `left:${x.toFixed(3)}%;top:${y.toFixed(3)}%;min-width:${across(s.room)}` }, cardName(p?.name ?? s.id, s.id));
        }),
      );
    }
    for (const card of this.cards.querySelectorAll('.place-card')) {
      card.classList.toggle('speaking', speaker !== null && card.getAttribute('data-seat') === `${speaker.side}:${speaker.id}`);
      const side = card.getAttribute('data-seat')?.split(':')[0] === 'japan' ? 'japan' : 'russia';
      card.setAttribute('data-expression', v.expressions[side]);
    }
    const moods = `${v.sides.japan.name} ${EXPRESSION_WORDS[v.expressions.japan]}; ${v.sides.russia.name} ${EXPRESSION_WORDS[v.expressions.russia]}.`;
    if (this.moods.textContent !== moods) this.moods.textContent = moods;
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

/** The bubble over the room (room units); on narrow pages it sits under the room instead, and these do not apply. */
const BUBBLE = { width: 430, left: 12, right: ROOM.width - 12 };

export class Speech {
  readonly root = h('div', { class: 'speech', 'aria-hidden': 'true', 'data-echo': '', hidden: true });
  private typing: { timer: number; finish: () => void } | null = null;

  constructor(private readonly animate: boolean) {
    // Over the room the bubble shows four lines; a click (or a tap) on it finishes the typing, then opens or closes the whole reply.
    this.root.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('.skip')) return;
      if (this.typing) this.finish();
      else this.root.classList.toggle('whole');
    });
  }

  say(side: 'japan' | 'russia', x: number, who: string, title: string, text: string): void {
    this.finish();
    const left = Math.max(BUBBLE.left, Math.min(BUBBLE.right - BUBBLE.width, x - BUBBLE.width / 2));
    this.root.hidden = false;
    this.root.className = `speech ${side}`;
    this.root.style.setProperty('--at', across(left));
    this.root.style.setProperty('--tail', `${(((x - left) / BUBBLE.width) * 100).toFixed(2)}%`);
    const body = h('p', { class: 'said' });
    const head = h('div', { class: 'head' }, h('p', { class: 'who' }, who, title ? h('span', { class: 'title' }, title) : null));
    fill(this.root, head, body);
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
    head.append(skip);
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
