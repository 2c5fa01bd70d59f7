/**
 * The hand-over between turns when two students share one screen. It names
 * the delegation whose turn it is and nothing else: no brief, no private
 * reply, no position only one side knows.
 */
import { h } from './dom';

export function handoverScreen(sideName: string, side: string, round: string, firstTime: boolean, onContinue: () => void): HTMLElement {
  return h(
    'section',
    { class: `screen handover ${side}`, 'aria-labelledby': 'handover-title', 'data-screen': 'handover', 'data-side': side },
    h(
      'div',
      { class: 'handover-card' },
      h('p', { class: 'kicker' }, `${round} · two students, one screen`),
      h('h1', { id: 'handover-title' }, `Pass the screen to the ${sideName} delegation`),
      h('p', { class: 'lede' }, `Press Continue when only the ${sideName} delegation is looking.`, firstTime ? ' They will read their private brief first.' : ''),
      h('p', { class: 'note' }, 'The other delegation’s brief and private replies are not on this screen and will not be on theirs.'),
      h('button', { type: 'button', class: 'btn primary', 'data-testid': 'handover-continue', onclick: onContinue }, 'Continue ▸'),
    ),
  );
}
