// The app machine (src/app/appMachine.ts) driven with events and fake actors,
// no DOM: what each state shows, and that a wait dropped by leaving its state
// never shows anything afterwards.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { appMachine, Failure, SaveProblem, type AppEffects, type Incoming } from '../../src/app/appMachine';
import type { Entry } from '../../src/app/entry';
import type { Save } from '../../src/engine/log/save';
import { ok } from '../../src/engine/result';
import type { MenuChoice } from '../../src/ui/menu';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const save = { kind: 'round' } as unknown as Save;
const incoming: Incoming = { save, from: 'share link', what: 'a share link', problem: null };
const choice: MenuChoice = { round: '1956', side: 'japan', mode: 'computer' };
const entry = (name: string) => ({ how: 'new', name }) as unknown as Entry;

/** Fake effects that record what was shown; each test overrides what it needs. */
function fakes(over: Partial<AppEffects<string>> = {}) {
  const shown: string[] = [];
  const menus: (readonly string[])[] = [];
  const fx: AppEffects<string> = {
    loadIndex: () => Promise.resolve(null),
    hasShareLink: () => false,
    prepareMenu: () => Promise.resolve('saves'),
    showMenu: (_, notices) => {
      shown.push('menu');
      menus.push(notices);
    },
    fetchCredits: () => Promise.resolve(ok({})),
    showCredits: () => shown.push('credits'),
    fetchGuide: () => Promise.resolve(ok('# Guide')),
    showGuide: () => shown.push('guide'),
    loadClassResults: () => Promise.resolve(),
    showClassResults: () => shown.push('class'),
    showError: (r) => shown.push(`error: ${r.title}`),
    readSave: () => Promise.resolve(incoming),
    wouldReplace: () => false,
    showConfirm: (i) => shown.push(`confirm${i.problem ? `: ${i.problem}` : ''}`),
    forgetLink: () => shown.push('link forgotten'),
    openSave: () => Promise.resolve(entry('opened')),
    startRound: () => Promise.resolve(entry('new')),
    playRound: (e) => {
      shown.push(`round ${(e as unknown as { name: string }).name}`);
      return () => shown.push(`left ${(e as unknown as { name: string }).name}`);
    },
    ...over,
  };
  return { fx, shown, menus };
}

const run = (fx: AppEffects<string>) => createActor(appMachine(fx)).start();

describe('app machine', () => {
  it('boots into the menu once its saves are known, and goes to the pages off it and back', async () => {
    const { fx, shown } = fakes();
    const app = run(fx);
    expect(app.getSnapshot().value).toBe('booting');
    await settle();
    expect(app.getSnapshot().value).toEqual({ menu: 'shown' });
    app.send({ type: 'credits' });
    expect(app.getSnapshot().hasTag('busy')).toBe(true);
    await settle();
    expect(app.getSnapshot().value).toEqual({ credits: 'shown' });
    app.send({ type: 'menu' });
    await settle();
    app.send({ type: 'guide' });
    await settle();
    app.send({ type: 'classResults' });
    expect(app.getSnapshot().value).toBe('classResults');
    await settle();
    expect(shown).toEqual(['menu', 'credits', 'menu', 'guide', 'class']);
  });

  it('a menu superseded by a share link never comes up', async () => {
    const status = deferred<string>();
    const { fx, shown } = fakes({ hasShareLink: () => true, prepareMenu: () => status.promise });
    const app = run(fx);
    await settle();
    expect(app.getSnapshot().value).toBe('round');
    expect(shown).toEqual(['round opened']);
    // Nor does one superseded by a file opened while its saves were still being checked.
    app.send({ type: 'menu' });
    expect(app.getSnapshot().value).toEqual({ menu: 'checking' });
    app.send({ type: 'openFile', file: {} as File });
    status.resolve('late');
    await settle();
    expect(shown).toEqual(['round opened', 'left opened', 'round opened']);
  });

  it('a round file that fails to load goes to the error screen, and from there back to the menu', async () => {
    const { fx, shown } = fakes({ startRound: () => Promise.reject(new Failure({ title: 'Round 1956 could not be loaded', file: 'rounds/1956.json', errors: [] })) });
    const app = run(fx);
    await settle();
    app.send({ type: 'start', choice });
    expect(app.getSnapshot().value).toBe('starting');
    await settle();
    expect(app.getSnapshot().value).toBe('error');
    expect(app.getSnapshot().context.report?.file).toBe('rounds/1956.json');
    app.send({ type: 'menu' });
    await settle();
    expect(app.getSnapshot().value).toEqual({ menu: 'shown' });
    expect(shown).toEqual(['menu', 'error: Round 1956 could not be loaded', 'menu']);
  });

  it('leaving for the menu while a round loads drops it: the round never opens', async () => {
    const load = deferred<Entry>();
    const { fx, shown } = fakes({ startRound: () => load.promise });
    const app = run(fx);
    await settle();
    app.send({ type: 'start', choice });
    app.send({ type: 'menu' });
    load.resolve(entry('late'));
    await settle();
    expect(app.getSnapshot().value).toEqual({ menu: 'shown' });
    expect(shown).toEqual(['menu', 'menu']);
  });

  it('an index that cannot be read is an error at boot', async () => {
    const { fx, shown } = fakes({ loadIndex: () => Promise.resolve({ title: 'The round index could not be read', file: 'rounds/index.json', errors: [] }) });
    const app = run(fx);
    await settle();
    expect(app.getSnapshot().value).toBe('error');
    expect(shown).toEqual(['error: The round index could not be read']);
  });

  it('a share link over the student’s own round asks first: kept aside, refused, or cancelled', async () => {
    const { fx, shown } = fakes({ hasShareLink: () => true, wouldReplace: () => true });
    const app = run(fx);
    await settle();
    expect(app.getSnapshot().value).toBe('confirming');
    app.send({ type: 'notKept', problem: 'storage is full' });
    expect(app.getSnapshot().value).toBe('confirming');
    app.send({ type: 'cancel' });
    await settle();
    expect(shown).toEqual(['confirm', 'confirm: storage is full', 'link forgotten', 'menu']);
    const again = fakes({ hasShareLink: () => true, wouldReplace: () => true });
    const other = run(again.fx);
    await settle();
    other.send({ type: 'kept' });
    await settle();
    expect(again.shown).toEqual(['confirm', 'round opened']);
  });

  it('a save that cannot be opened is said once on the menu, nothing half-loaded', async () => {
    const { fx, shown, menus } = fakes({ openSave: () => Promise.reject(new SaveProblem(['autosave: the moves no longer replay'])) });
    const app = run(fx);
    await settle();
    app.send({ type: 'resume', save });
    expect(app.getSnapshot().value).toBe('opening');
    await settle();
    app.send({ type: 'menu' });
    await settle();
    expect(shown).toEqual(['menu', 'menu', 'menu']);
    expect(menus).toEqual([[], ['autosave: the moves no longer replay'], []]);
  });

  it('another play entered from a round replaces it: the old one is taken down first', async () => {
    const { fx, shown } = fakes();
    const app = run(fx);
    await settle();
    app.send({ type: 'start', choice });
    await settle();
    app.send({ type: 'enter', entry: entry('rewound') });
    app.send({ type: 'fail', report: { title: 'This branch could not be replayed', file: '', errors: [] } });
    expect(shown.slice(0, 4)).toEqual(['menu', 'round new', 'left new', 'round rewound']);
    // Failing leaves the round too (XState stops the invoked round once the error screen's state is entered).
    expect(new Set(shown.slice(4))).toEqual(new Set(['left rewound', 'error: This branch could not be replayed']));
    expect(app.getSnapshot().value).toBe('error');
  });

  it('a share link pasted into the open game opens from the menu and from a round, asking before it replaces the student’s own; while booting, booting reads it', async () => {
    const reads: string[] = [];
    const { fx, shown } = fakes({ readSave: (source) => (reads.push(String(source)), Promise.resolve(incoming)) });
    const app = run(fx);
    app.send({ type: 'link' });
    expect(app.getSnapshot().value).toBe('booting');
    await settle();
    expect(reads).toEqual([]);
    app.send({ type: 'link' });
    await settle();
    expect(reads).toEqual(['link']);
    expect(shown).toEqual(['menu', 'round opened']);
    // In a round, with the student's own play autosaved: the round is left, then the confirmation asks first.
    const own = fakes({ wouldReplace: () => true });
    const app2 = run(own.fx);
    await settle();
    app2.send({ type: 'start', choice });
    await settle();
    app2.send({ type: 'link' });
    await settle();
    expect(own.shown).toEqual(['menu', 'round new', 'left new', 'confirm']);
    expect(app2.getSnapshot().value).toBe('confirming');
  });

  it('class results whose code is still loading never come up once the student has gone back to the menu', async () => {
    const code = deferred<void>();
    const { fx, shown } = fakes({ loadClassResults: () => code.promise });
    const app = run(fx);
    await settle();
    app.send({ type: 'classResults' });
    app.send({ type: 'menu' });
    code.resolve();
    await settle();
    expect(shown).toEqual(['menu', 'menu']);
  });
});
