/**
 * A student's screen over the network: their own brief, then the table as
 * the server sends it for their seat — phase, whose turn, meters, the open
 * issues with both sides' stated positions, the proposal on the table, the
 * dialogue, and their choices as buttons — and the outcome beside history.
 * In a campaign class: which round of how many, and between two rounds a
 * "Next round" control (the next round opens once both students are
 * ready), then the new round's brief. It renders what it is sent and sends
 * the chosen action; it decides nothing.
 */
import type { Action } from '../engine/model/state';
import type { BriefView } from '../engine/view/viewModel';
import type { CampaignView, SeatView } from '../server/views';
import { fill, h } from '../ui/dom';

const list = (items: readonly string[]) => h('ul', {}, items.map((t) => h('li', {}, t)));

export class StudentScreen {
  readonly root: HTMLElement;
  private readonly head = h('header', { class: 'student-head' });
  private readonly brief = h('details', { class: 'brief', 'data-testid': 'brief' });
  private readonly turn = h('p', { class: 'turn', role: 'status', 'data-testid': 'turn' });
  private readonly meters = h('dl', { class: 'meters-list' });
  private readonly issues = h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Open issues' });
  private readonly pending = h('div', { 'data-testid': 'pending' });
  private readonly choices = h('div', { class: 'choices', 'data-testid': 'choices' });
  private readonly log = h('ol', { class: 'dialogue', tabindex: 0, 'aria-labelledby': 'log-h', 'aria-live': 'polite', 'aria-relevant': 'additions', 'data-testid': 'dialogue' });
  private readonly outcome = h('section', { class: 'outcome', 'aria-labelledby': 'outcome-h', 'data-testid': 'outcome', hidden: true });
  private readonly notice = h('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' });
  private readonly steps = h('ol', { class: 'campaign-steps', 'aria-label': 'Rounds of the campaign', 'data-testid': 'campaign-steps', hidden: true });
  private readonly next = h('section', { class: 'next-round', 'aria-labelledby': 'next-h', 'data-testid': 'next-round', hidden: true });
  private logged = 0;
  private moves = -1;
  private briefShown = '';

  constructor(
    status: HTMLElement,
    private readonly onChoose: (action: Action, seq: number) => void,
    private readonly onNext: () => void = () => undefined,
  ) {
    this.root = h(
      'main',
      { class: 'class-page student' },
      this.head,
      this.steps,
      status,
      this.brief,
      this.next,
      this.outcome,
      h(
        'div',
        { class: 'columns' },
        h('section', { 'aria-labelledby': 'table-h', class: 'panel' }, h('h2', { id: 'table-h' }, 'At the table'), this.turn, this.notice, this.pending, h('h3', {}, 'Your choices'), this.choices),
        h('section', { 'aria-labelledby': 'state-h', class: 'panel' }, h('h2', { id: 'state-h' }, 'Meters and issues'), this.meters, this.issues),
      ),
      h('section', { 'aria-labelledby': 'log-h', class: 'panel' }, h('h2', { id: 'log-h' }, 'Dialogue'), this.log),
    );
  }

  /** Before the teacher pairs this student: who they are and that they wait (the table stays hidden). */
  waitForTeacher(name: string): void {
    this.root.dataset.waiting = 'true';
    fill(
      this.head,
      h('p', { class: 'kicker' }, 'Joined'),
      h('h1', {}, 'Waiting for your teacher', h('span', { class: 'sub' }, ` — ${name}`)),
      h('p', { 'data-testid': 'waiting-note' }, 'Your teacher seats the class in pairs and gives each of you a side. Keep this page open: your brief and the table appear here.'),
    );
  }

  showBrief(b: BriefView): void {
    fill(
      this.brief,
      h('summary', {}, h('h2', { class: 'brief-title' }, `Your brief: ${b.sideName}`)),
      h('p', {}, b.setting),
      h('h3', {}, 'Your instructions'),
      h('p', {}, b.instructions),
      h('h3', {}, 'What you want'),
      list(b.interests),
      h('h3', {}, 'Your red lines'),
      list(b.redLines),
    );
    // A new brief (the first, or the next round's) opens; the same one again keeps the reader's choice.
    const key = `${b.sideName}\n${b.setting}`;
    if (key !== this.briefShown) {
      this.brief.open = true;
      // The next round of a campaign: its brief from the top.
      if (this.briefShown) window.scrollTo(0, 0);
    }
    this.briefShown = key;
  }

  refused(message: string): void {
    this.notice.textContent = `Not played: ${message}`;
    for (const b of this.choices.querySelectorAll('button')) b.disabled = false;
  }

  show(v: SeatView): void {
    delete this.root.dataset.waiting;
    const t = v.table;
    const you = t.sides[t.you];
    const them = t.sides[t.them];
    const c = v.campaign;
    fill(
      this.head,
      h('p', { class: 'kicker', 'data-testid': 'round-line' }, c ? `Round ${c.index + 1} of ${c.rounds.length} · ${v.round.title} · pair ${v.pair}` : `${t.round.title} · pair ${v.pair}`),
      // What each side is called in this round's year ("the Soviet Union" in 1956, "Russia" in 2000).
      h('h1', {}, `You are ${v.round.sides[t.you] ?? you.name}`, h('span', { class: 'sub' }, ` — ${v.you}`)),
      h('p', {}, v.waiting ? `Waiting for a student to take the ${them.short} seat…` : `Across the table: ${v.round.sides[t.them] ?? them.short} (${v.them ?? 'the computer'}).`),
    );
    if (v.moves !== this.moves) this.notice.textContent = '';
    this.moves = v.moves;
    this.turn.textContent =
      t.status !== 'negotiating' ? 'The round is over.' : v.waiting ? 'The round starts when the other delegation arrives.' : t.yourTurn ? `Your move. ${t.phase.title}: ${t.phase.movesLeft} moves left in this phase.` : `${them.short} to move (${t.phase.title}).`;
    this.turn.dataset.yours = String(t.yourTurn && !v.waiting);
    fill(this.meters, t.meters.flatMap((m) => [h('dt', {}, m.label), h('dd', {}, h('meter', { min: 0, max: 100, value: m.value, 'aria-label': m.label }), ` ${m.value}`)]));
    fill(
      this.issues,
      h(
        'table',
        { class: 'issues' },
        h('caption', {}, `Agreed: ${t.agreed.length ? t.agreed.map((c) => `${c.title} — ${c.label}`).join('; ') : 'nothing yet'}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Open issue'), h('th', { scope: 'col' }, 'You said'), h('th', { scope: 'col' }, 'They said'))),
        h('tbody', {}, t.open.map((i) => h('tr', {}, h('th', { scope: 'row' }, i.title), h('td', {}, i.yours?.label ?? '—'), h('td', {}, i.theirs?.label ?? '—')))),
      ),
    );
    fill(this.pending, t.pending ? h('div', { class: 'pending' }, h('h3', {}, t.pending.yours ? 'Your proposal on the table' : 'Their proposal on the table'), list(t.pending.clauses.map((c) => `${c.title}: ${c.clause}`))) : null);
    const playable = t.yourTurn && !v.waiting && t.status === 'negotiating';
    fill(
      this.choices,
      playable
        ? t.choices.map((c) => h('button', { type: 'button', class: 'btn choice', 'data-kind': c.kind, onclick: () => this.choose(c.action, v.moves) }, h('span', { class: 'lbl' }, c.label), h('span', { class: 'desc' }, c.detail)))
        : h('p', { class: 'hint' }, t.status === 'negotiating' ? 'Your choices appear on your turn.' : 'No more moves.'),
    );
    // The dialogue only grows; a fresh view after a reconnection redraws it.
    if (t.log.length < this.logged) fill(this.log);
    for (const line of t.log.slice(this.log.childElementCount)) {
      this.log.append(h('li', { class: `line ${line.kind} ${line.side ?? ''}` }, line.speaker ? h('strong', {}, `${line.speaker}: `) : null, line.text, line.reply ? h('p', { class: 'reply' }, `Your capital replies: ${line.reply}`) : null));
    }
    this.logged = t.log.length;
    this.showOutcome(v);
    this.showCampaign(c, v);
  }

  /** The campaign's rounds (done, now, to come) and, once this round is over, the way on. */
  private showCampaign(c: CampaignView | null, v: SeatView): void {
    this.steps.hidden = !c;
    this.next.hidden = !c || !v.outcome;
    if (!c) return;
    fill(this.steps, c.rounds.map((r, i) => h('li', { class: i < c.index ? 'done' : i === c.index ? 'now' : 'later', 'aria-current': i === c.index ? 'step' : null }, r.id, i < c.index ? h('span', { class: 'sr-only' }, ' (played)') : null)));
    if (!v.outcome) return;
    const them = v.them ?? 'the computer';
    if (!c.next) {
      fill(this.next, h('h2', { id: 'next-h' }, 'The campaign is over'), h('p', {}, `You played all ${c.rounds.length} rounds, from ${c.rounds[0]?.id ?? ''} to ${c.rounds[c.rounds.length - 1]?.id ?? ''}. Your teacher has every round's result.`));
      return;
    }
    const waitingFor = c.ready.you && !c.ready.them;
    fill(
      this.next,
      h('h2', { id: 'next-h' }, `Next: ${c.next.title}`),
      h('p', {}, `Round ${c.index + 2} of ${c.rounds.length} opens in the world your outcome left, with a new brief. It starts when both delegations are ready.`),
      h(
        'p',
        { 'data-testid': 'ready-line', role: 'status' },
        waitingFor ? `You are ready. Waiting for ${them} to be ready…` : c.ready.them ? `${them} is ready.` : `${them} is reading the outcome.`,
      ),
      h('button', { type: 'button', class: 'btn primary', 'data-testid': 'next-button', disabled: c.ready.you, onclick: (e: Event) => this.ready(e.currentTarget as HTMLButtonElement) }, c.ready.you ? 'Ready' : 'Next round'),
    );
  }

  private ready(button: HTMLButtonElement): void {
    button.disabled = true;
    this.onNext();
  }

  private choose(action: Action, seq: number): void {
    for (const b of this.choices.querySelectorAll('button')) b.disabled = true;
    this.onChoose(action, seq);
  }

  private showOutcome(v: SeatView): void {
    const o = v.outcome;
    // The round just ended: fold the brief away so the outcome comes first.
    if (o && this.outcome.hidden && this.logged > 0) this.brief.open = false;
    this.outcome.hidden = !o;
    if (!o) return;
    fill(
      this.outcome,
      h('h2', { id: 'outcome-h' }, o.status === 'concluded' ? `${o.document}: signed` : 'No document'),
      h('p', { 'data-testid': 'headline' }, o.headline),
      h(
        'div',
        { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Your document beside history' },
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), h('th', { scope: 'col' }, 'Your document'), h('th', { scope: 'col' }, 'History'), h('th', { scope: 'col' }, 'Compared'))),
          h('tbody', {}, o.clauses.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', {}, c.yoursLabel ?? '—'), h('td', {}, c.recordLabel ?? '—'), h('td', {}, c.words)))),
        ),
      ),
      h('p', {}, o.summary),
    );
  }
}
