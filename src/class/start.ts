/**
 * The class page's first screen: a teacher starts a class (one round or the
 * campaign, mode, how pairs form) and
 * gets its code; a student types a code and a display name, and picks a side
 * or takes whichever is free. Plain forms: labels, keyboard, no accounts.
 */
import type { IndexBundle } from '../engine/scenario/bundle';
import { h } from '../ui/dom';
import { setTeacherKey } from './store';

export interface StartHandlers {
  readonly onTeach: (code: string) => void;
  readonly onJoin: (code: string, name: string, side: 'japan' | 'russia' | null) => void;
}

const radio = (name: string, value: string, label: string, checked = false) =>
  h('label', { class: 'opt' }, h('input', { type: 'radio', name, value, checked }), h('span', {}, label));

export function startScreen(rounds: IndexBundle['catalog']['rounds'], prefill: string, handlers: StartHandlers): HTMLElement {
  const teachError = h('p', { class: 'error', role: 'alert' });
  const campaign = rounds.filter((r) => r.id !== 'practice');
  const roundSelect = h('select', { id: 'round', name: 'round' }, ...rounds.map((r) => h('option', { value: r.id, selected: r.id === '1956' }, r.title))) as HTMLSelectElement;
  const joinError = h('p', { class: 'error', role: 'alert', 'data-testid': 'join-error' });
  const teach = h(
    'form',
    { class: 'panel', 'aria-labelledby': 'teach-h', 'data-testid': 'start-class' },
    h('h2', { id: 'teach-h' }, 'Start a class'),
    h('p', {}, 'You get a class code, a link and a QR code to show; students join from their own machines, and you follow every pair live.'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'The class plays'),
      radio('plan', 'round', 'One round', true),
      h('label', { for: 'round', class: 'sub-field' }, 'Round'),
      roundSelect,
      radio('plan', 'campaign', `The campaign: ${campaign.map((r) => r.id).join(', ')}`),
      h('p', { class: 'hint', id: 'campaign-hint' }, 'Every round in order; each pair’s next round opens in the world its own last outcome left, once both students are ready.'),
    ),
    h('fieldset', {}, h('legend', {}, 'Mode'), radio('mode', 'pairs', 'Pairs of students (one side each)', true), radio('mode', 'computer', 'Each student against the computer')),
    h('fieldset', {}, h('legend', {}, 'Pairs are formed'), radio('pairing', 'first-come', 'First-come, as students join', true), radio('pairing', 'teacher', 'By me: students wait until I seat them and give the sides')),
    h('button', { type: 'submit', class: 'btn primary' }, 'Start a class'),
    teachError,
  );
  teach.addEventListener('change', () => (roundSelect.disabled = new FormData(teach).get('plan') === 'campaign'));
  teach.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(teach);
    const round = data.get('plan') === 'campaign' ? 'campaign' : roundSelect.value;
    teachError.textContent = '';
    void fetch('api/classes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ round, mode: data.get('mode'), pairing: data.get('pairing') }) })
      .then(async (res) => {
        const body = (await res.json()) as { code?: string; teacher?: string; error?: string };
        if (!res.ok || !body.code || !body.teacher) throw new Error(body.error ?? `the server answered ${res.status}`);
        setTeacherKey(body.code, body.teacher);
        handlers.onTeach(body.code);
      })
      .catch((err: unknown) => (teachError.textContent = `The class could not start: ${err instanceof Error ? err.message : String(err)}`));
  });
  const join = h(
    'form',
    { class: 'panel', 'aria-labelledby': 'join-h', 'data-testid': 'join-class' },
    h('h2', { id: 'join-h' }, 'Join a class'),
    h('label', { for: 'code' }, 'Class code'),
    h('input', { id: 'code', name: 'code', value: prefill, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, required: true, 'aria-describedby': 'code-hint' }),
    h('p', { id: 'code-hint', class: 'hint' }, 'Eight letters and digits, as your teacher shows it.'),
    h('label', { for: 'name' }, 'Your display name'),
    h('input', { id: 'name', name: 'name', autocomplete: 'nickname', maxlength: 40, required: true, 'aria-describedby': 'name-hint' }),
    h('p', { id: 'name-hint', class: 'hint' }, 'A first name or a nickname: no account, no e-mail.'),
    h('fieldset', {}, h('legend', {}, 'Side'), radio('side', '', 'Whichever is free', true), radio('side', 'japan', 'Japan'), radio('side', 'russia', 'The Soviet Union / Russia')),
    h('button', { type: 'submit', class: 'btn primary' }, 'Join'),
    joinError,
  );
  join.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(join);
    const side = String(data.get('side') ?? '');
    handlers.onJoin(String(data.get('code') ?? ''), String(data.get('name') ?? ''), side === 'japan' || side === 'russia' ? side : null);
  });
  return h(
    'main',
    { class: 'class-page' },
    h('header', {}, h('p', { class: 'kicker' }, 'The Kuril negotiations'), h('h1', {}, 'A class on many machines'), h('p', { class: 'lede' }, 'Each delegation on its own laptop, the teacher watching every table.'), h('p', {}, h('a', { href: './' }, 'Back to the game'))),
    h('div', { class: 'columns' }, join, teach),
  );
}

/** Show why a join failed on the start screen. */
export function showJoinError(root: HTMLElement, message: string): void {
  const el = root.querySelector('[data-testid="join-error"]');
  if (el) el.textContent = message;
}
