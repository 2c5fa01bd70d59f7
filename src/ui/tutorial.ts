/**
 * The guided tutorial (the practice round): one step card at a time, placed
 * in the page just before the real control it explains (the brief, a group
 * of moves, the proposal card, the score), which is outlined and described
 * by the card's text (`aria-describedby`), so the card is read in order by a
 * screen reader and reached by Tab. "Next" moves on (focus goes to the next
 * card, or to the control), making a move of the kind explained does too,
 * and "Skip the guide" ends it. A step whose control is not on screen yet
 * waits; the first pending step whose control is shown is the one drawn.
 */
import type { TutorialStepView, TutorialTarget } from '../engine/view/tutorial';
import { h } from './dom';

/** Where each step's control is in the page. */
const TARGET: Readonly<Record<TutorialTarget, string>> = {
  brief: '[data-tutorial="brief"]',
  position: '.move-group[data-group="position"]',
  propose: '.move-group[data-group="propose"]',
  proposal: '[data-testid="proposal-card"]',
  concede: '.move-group[data-group="concede"]',
  consult: '.move-group[data-group="consult"]',
  sign: '.move-group[data-group="sign"]',
  // The score sheet against the brief where the outcome shows one, else the document the guide's last card explains.
  score: '[data-testid="brief-score"], [data-tutorial="score"]',
};

/** The move kinds that complete a step when the student makes one. */
const DONE_BY: Readonly<Record<string, readonly TutorialTarget[]>> = {
  position: ['position'],
  propose: ['propose', 'proposal'],
  accept: ['proposal'],
  concede: ['concede'],
  consult: ['consult'],
  sign: ['sign'],
};

export class Tutorial {
  /** The steps finished (by Next, by making the move a step teaches, or all of them by Skip). */
  private readonly done = new Set<number>();
  private screen: HTMLElement | null = null;
  /** Lines added to the closing card (how the student did). */
  private extra: readonly string[] = [];

  constructor(private readonly steps: readonly TutorialStepView[]) {}

  /** Draw the first pending step whose control is on `screen` (again after each render). */
  show(screen: HTMLElement, extra: readonly string[] = this.extra): void {
    this.screen = screen;
    this.extra = extra;
    this.clear(screen);
    for (const [i, step] of this.steps.entries()) {
      if (this.done.has(i)) continue;
      const target = screen.querySelector<HTMLElement>(TARGET[step.at]);
      if (!target) continue;
      target.before(this.card(i, step, target));
      target.classList.add('tutorial-target');
      for (const b of target.querySelectorAll<HTMLButtonElement>('button.choice')) b.setAttribute('aria-describedby', `${b.getAttribute('aria-describedby') ?? ''} tutorial-text`.trim());
      return;
    }
  }

  /** The student made a move of `kind`: the steps it teaches are done. */
  made(kind: string): void {
    for (const at of DONE_BY[kind] ?? []) {
      const i = this.steps.findIndex((s, n) => s.at === at && !this.done.has(n));
      if (i >= 0) this.done.add(i);
    }
  }

  private clear(screen: HTMLElement): void {
    screen.querySelector('[data-testid="tutorial-step"]')?.remove();
    for (const t of screen.querySelectorAll('.tutorial-target')) t.classList.remove('tutorial-target');
    for (const b of screen.querySelectorAll<HTMLButtonElement>('button.choice[aria-describedby~="tutorial-text"]')) {
      const rest = (b.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== 'tutorial-text');
      if (rest.length > 0) b.setAttribute('aria-describedby', rest.join(' '));
      else b.removeAttribute('aria-describedby');
    }
  }

  private card(i: number, step: TutorialStepView, target: HTMLElement): HTMLElement {
    const last = i === this.steps.length - 1;
    const next = () => {
      this.done.add(i);
      const screen = this.screen;
      if (!screen) return;
      this.show(screen);
      const after = screen.querySelector<HTMLElement>('[data-testid="tutorial-next"]');
      (after ?? target.querySelector<HTMLElement>('button, a, [tabindex]'))?.focus();
    };
    const skip = () => {
      this.steps.forEach((_, n) => this.done.add(n));
      if (this.screen) this.clear(this.screen);
      (target.querySelector<HTMLElement>('button, a, [tabindex]') ?? target).focus();
    };
    return h(
      'section',
      { class: 'tutorial-step', 'aria-labelledby': 'tutorial-count tutorial-title', 'data-testid': 'tutorial-step', 'data-at': step.at },
      h('p', { class: 'tut-count', id: 'tutorial-count' }, `Practice guide · step ${i + 1} of ${this.steps.length}`),
      h('h2', { id: 'tutorial-title' }, step.title),
      h('p', { id: 'tutorial-text' }, step.text),
      step.at === 'score' && this.extra.length > 0 ? h('ul', { class: 'tut-lines', 'data-testid': 'tutorial-score' }, this.extra.map((l) => h('li', {}, l))) : null,
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn primary small', 'data-testid': 'tutorial-next', onclick: next }, last ? 'Finish the guide' : 'Next ▸'),
        last ? null : h('button', { type: 'button', class: 'btn small', 'data-testid': 'tutorial-skip', onclick: skip }, 'Skip the guide'),
      ),
      h('span', { class: 'tut-arrow', 'aria-hidden': 'true' }, '▼'),
    );
  }
}
