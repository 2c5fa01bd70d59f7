/**
 * The class page (class.html): `?teach=CODE` is the teacher's live view (the
 * key kept in this browser), `?play=CODE` a student's seat (the seat token
 * kept in this browser), `?join=CODE` or nothing the start screen. Runs only
 * against the class server (`npm run serve`); the game itself needs none.
 */
import '../ui/theme.css';
import './class.css';
import type { IndexBundle } from '../engine/scenario/bundle';
import type { BriefView } from '../engine/view/viewModel';
import type { Welcome } from '../server/protocol';
import type { ClassSummary, SeatView } from '../server/views';
import { normalizeCode } from '../server/code';
import { ClassLink, endpointOf } from './connection';
import { showJoinError, startScreen } from './start';
import { statusLine } from './status';
import { seatToken, setSeatToken, setTeacherKey, teacherKey } from './store';
import { StudentScreen } from './student';
import { TeacherScreen } from './teacher';

declare global {
  interface Window {
    __classLink?: ClassLink;
  }
}

const app = document.getElementById('app') as HTMLElement;
const params = new URLSearchParams(location.search);
const pageUrl = (q: string) => `${location.origin}${location.pathname}${q}`;

function show(el: HTMLElement): void {
  app.replaceChildren(el);
  app.setAttribute('aria-busy', 'false');
}

async function start(prefill: string, message = ''): Promise<void> {
  const index = (await (await fetch('rounds/index.json')).json()) as IndexBundle;
  const screen = startScreen(index.catalog.rounds, prefill, {
    onTeach: (code) => {
      history.replaceState(null, '', pageUrl(`?teach=${code}`));
      teach(code);
    },
    onJoin: (typed, name, side) => {
      const code = normalizeCode(typed);
      void play(code, { name, side }).catch((e: unknown) => showJoinError(screen, e instanceof Error ? e.message : String(e)));
    },
  });
  show(screen);
  if (message) showJoinError(screen, message);
}

function teach(code: string): void {
  const key = teacherKey(code);
  if (!key) return void start('', `This browser does not hold the teacher key of class ${code}.`);
  const status = statusLine();
  const screen = new TeacherScreen(
    {
      code,
      key,
      joinLink: pageUrl(`?join=${code}`),
      onEnd: () => link.send('end'),
      onDelete: () => link.send('delete'),
      onPair: (japan, russia) => link.send('pair', { japan, russia }),
      onPairing: (pairing) => link.send('pairing', { pairing }),
    },
    status.root,
  );
  const link = new ClassLink(endpointOf(location), {
    options: () => ({ code, teacher: key }),
    onStatus: status.set,
    onMessage: (type, m) => {
      if (type === 'class') screen.update(m as ClassSummary);
      if (type === 'refused') screen.refused((m as { message: string }).message);
      if (type === 'ended') screen.say('The class has ended: no one can join or move; results stay until you delete them.');
      if (type === 'deleted') {
        setTeacherKey(code, null);
        void link.close();
        screen.say('The class and all its games are deleted.');
      }
    },
  });
  window.__classLink = link;
  show(screen.root);
  void link.open().catch((e: unknown) => status.set('closed', e instanceof Error ? e.message : String(e)));
}

/** Join (a name) or rejoin (the stored token); rejects with the server's reason on a refused first join. */
async function play(code: string, first?: { name: string; side: 'japan' | 'russia' | null }): Promise<void> {
  const status = statusLine();
  const down = 'the connection is down; wait until it says Connected and choose again.';
  const screen = new StudentScreen(
    status.root,
    (action, seq) => link.send('act', { action, seq }) || screen.refused(down),
    () => link.send('next', {}) || screen.refused(down),
  );
  const link = new ClassLink(endpointOf(location), {
    options: () => {
      const token = seatToken(code);
      return token ? { code, seat: token } : { code, name: first?.name ?? '', ...(first?.side ? { side: first.side } : {}) };
    },
    onStatus: status.set,
    onMessage: (type, m) => {
      if (type === 'welcome') {
        const w = m as Welcome;
        if (w.token) setSeatToken(code, w.token);
        history.replaceState(null, '', pageUrl(`?play=${code}`));
        if (w.waiting) screen.waitForTeacher(w.name ?? '');
        show(screen.root);
      }
      if (type === 'brief') screen.showBrief(m as BriefView);
      if (type === 'view') screen.show(m as SeatView);
      if (type === 'refused') screen.refused((m as { message: string }).message);
      if (type === 'ended') screen.refused('the teacher has ended the class.');
      if (type === 'deleted') {
        setSeatToken(code, null);
        void link.close();
        screen.refused('the teacher has deleted the class.');
      }
    },
  });
  window.__classLink = link;
  await link.open();
}

const teachCode = params.get('teach');
const playCode = params.get('play');
if (teachCode) teach(normalizeCode(teachCode));
else if (playCode && seatToken(normalizeCode(playCode))) {
  void play(normalizeCode(playCode)).catch((e: unknown) => start(normalizeCode(playCode), e instanceof Error ? e.message : String(e)));
} else void start(normalizeCode(params.get('join') ?? playCode ?? ''));
