/**
 * The application's control as one statechart: booting (the round index
 * loaded by an invoked actor), the menu (which waits for its saves' status
 * in an invoked actor, so leaving the menu before it is known cancels it and
 * a superseded menu never comes up), the pages off it (credits, guide, class
 * results), reading and opening a save (a file, a share link, the autosave),
 * the confirmation before a shared play replaces the student's own, starting
 * a round (its files fetched and validated by an invoked actor), the round
 * itself (an invoked actor for as long as it is played: the round controller
 * and its flow machine, flow.ts), and the error screen. Every wait is an
 * invoked actor of the state that waits, so leaving the state drops it: a
 * slow answer can never land on a later screen, and a play is entered only
 * when all of it has loaded and replayed. What each state shows or does is
 * supplied by the App (`AppEffects`, app.ts); the machine decides only when.
 */
import { assign, fromCallback, fromPromise, setup } from 'xstate';
import type { Save } from '../engine/log/save';
import type { Result } from '../engine/result';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { ErrorReport } from '../ui/error';
import type { MenuChoice } from '../ui/menu';
import type { Entry } from './entry';
import { Failure, SaveProblem } from './failures';

export { Failure, SaveProblem };

export type SaveOrigin = 'autosave' | 'file' | 'share link';

/** A save on its way in, with what to call it and, after a refused keep-aside, why it was not opened yet. */
export interface Incoming {
  readonly save: Save;
  readonly from: SaveOrigin;
  readonly what: string;
  readonly problem: string | null;
}

/** Where a save is read from: a file the student picked, or the page's share link. */
export type SaveSource = { readonly file: File } | 'link';

export type AppEvent =
  | { readonly type: 'menu' }
  | { readonly type: 'credits' }
  | { readonly type: 'guide' }
  | { readonly type: 'classResults' }
  | { readonly type: 'start'; readonly choice: MenuChoice }
  | { readonly type: 'resume'; readonly save: Save }
  | { readonly type: 'openFile'; readonly file: File }
  /** A share link was put into the address of the open game (only its hash changed, so the page did not load again). */
  | { readonly type: 'link' }
  /** The confirmation: the student's own play was kept aside (open the incoming one), could not be (`problem`), or the student said no. */
  | { readonly type: 'kept' }
  | { readonly type: 'notKept'; readonly problem: string }
  | { readonly type: 'cancel' }
  | { readonly type: 'enter'; readonly entry: Entry }
  | { readonly type: 'fail'; readonly report: ErrorReport }
  | { readonly type: 'notice'; readonly message: string };

export interface AppContext {
  /** Messages about saves for the menu, shown once. */
  readonly notices: readonly string[];
  readonly report: ErrorReport | null;
  readonly choice: MenuChoice | null;
  readonly source: SaveSource | null;
  readonly incoming: Incoming | null;
  readonly entry: Entry | null;
}

/** What the App shows and does when the machine asks; `M` is what the menu needs once its saves are known. */
export interface AppEffects<M = unknown> {
  /** Load the round index; its failure, as a report, or null. */
  readonly loadIndex: () => Promise<ErrorReport | null>;
  readonly hasShareLink: () => boolean;
  /** Read the saves and find out whether their rounds have ended. */
  readonly prepareMenu: () => Promise<M>;
  readonly showMenu: (menu: M, notices: readonly string[]) => void;
  readonly fetchCredits: () => Promise<Result<SourceLibrary, string>>;
  readonly showCredits: (loaded: Result<SourceLibrary, string>) => void;
  readonly fetchGuide: () => Promise<Result<string, string>>;
  readonly showGuide: (loaded: Result<string, string>) => void;
  /** Load what the class results page needs (its code comes with the round's). */
  readonly loadClassResults: () => Promise<unknown>;
  readonly showClassResults: () => void;
  readonly showError: (report: ErrorReport) => void;
  /** Read and check a save file or the share link (a SaveProblem if it cannot be read). */
  readonly readSave: (source: SaveSource) => Promise<Incoming>;
  readonly wouldReplace: (incoming: Incoming) => boolean;
  readonly showConfirm: (incoming: Incoming) => void;
  /** The student said no to a share link: take it off the address. */
  readonly forgetLink: (incoming: Incoming) => void;
  /** Load and replay a save (a SaveProblem for the menu, or a Failure for the error screen). */
  readonly openSave: (incoming: Incoming) => Promise<Entry>;
  /** Load the chosen round's files and make a new play (a Failure if they do not validate). */
  readonly startRound: (choice: MenuChoice) => Promise<Entry>;
  /** Play the entered round until the machine leaves it: returns what stops it. */
  readonly playRound: (entry: Entry) => () => void;
}

const reportOf = (error: unknown, title: string): ErrorReport =>
  error instanceof Failure ? error.report : { title, file: '', errors: [], message: error instanceof Error ? error.message : String(error) };

/** The application machine, with its effects supplied. */
export function appMachine<M>(fx: AppEffects<M>) {
  return setup({
    types: { context: {} as AppContext, events: {} as AppEvent },
    actors: {
      loadIndex: fromPromise(() => fx.loadIndex()),
      prepareMenu: fromPromise(() => fx.prepareMenu()),
      fetchCredits: fromPromise(() => fx.fetchCredits()),
      fetchGuide: fromPromise(() => fx.fetchGuide()),
      loadClassResults: fromPromise(() => fx.loadClassResults()),
      readSave: fromPromise(({ input }: { input: SaveSource }) => fx.readSave(input)),
      openSave: fromPromise(({ input }: { input: Incoming }) => fx.openSave(input)),
      startRound: fromPromise(({ input }: { input: MenuChoice }) => fx.startRound(input)),
      roundController: fromCallback(({ input }: { input: Entry }) => fx.playRound(input)),
    },
    guards: {
      hasShareLink: () => fx.hasShareLink(),
      wouldReplace: ({ context }) => context.incoming !== null && fx.wouldReplace(context.incoming),
      isSaveProblem: ({ event }) => 'error' in event && event.error instanceof SaveProblem,
    },
    actions: {
      showError: ({ context }) => {
        if (context.report) fx.showError(context.report);
      },
      showClassResults: () => fx.showClassResults(),
      showConfirm: ({ context }) => {
        if (context.incoming) fx.showConfirm(context.incoming);
      },
      forgetLink: ({ context }) => {
        if (context.incoming) fx.forgetLink(context.incoming);
      },
    },
  }).createMachine({
    id: 'app',
    context: { notices: [], report: null, choice: null, source: null, incoming: null, entry: null },
    initial: 'booting',
    on: {
      menu: { target: '.menu', reenter: true },
      credits: '.credits',
      guide: '.guide',
      classResults: '.classResults',
      start: { target: '.starting', reenter: true, actions: assign({ choice: ({ event }) => event.choice }) },
      enter: { target: '.round', reenter: true, actions: assign({ entry: ({ event }) => event.entry }) },
      fail: { target: '.error', reenter: true, actions: assign({ report: ({ event }) => event.report }) },
      notice: { actions: assign({ notices: ({ context, event }) => [...context.notices, event.message] }) },
      // From any screen, the round included (its every move is autosaved, and replacing the student's own play asks first).
      link: { target: '.reading', reenter: true, actions: assign({ source: 'link' }) },
    },
    states: {
      booting: {
        // Booting reads a share link itself once the round index is in.
        on: { link: {} },
        invoke: {
          src: 'loadIndex',
          onDone: [
            { guard: ({ event }) => event.output !== null, target: 'error', actions: assign({ report: ({ event }) => event.output }) },
            { guard: 'hasShareLink', target: 'reading', actions: assign({ source: 'link' }) },
            { target: 'menu' },
          ],
          onError: { target: 'error', actions: assign({ report: ({ event }) => ({ ...reportOf(event.error, 'The game could not start'), file: 'rounds/index.json' }) }) },
        },
      },
      menu: {
        initial: 'checking',
        on: {
          resume: { target: 'opening', actions: assign({ incoming: ({ event }) => ({ save: event.save, from: 'autosave' as const, what: 'your saved round', problem: null }) }) },
          openFile: { target: 'reading', actions: assign({ source: ({ event }) => ({ file: event.file }) }) },
        },
        states: {
          checking: {
            tags: ['busy'],
            invoke: {
              src: 'prepareMenu',
              onDone: { target: 'shown', actions: [({ context, event }) => fx.showMenu(event.output, context.notices), assign({ notices: [] })] },
              onError: { target: '#app.error', actions: assign({ report: ({ event }) => reportOf(event.error, 'The menu could not be shown') }) },
            },
          },
          shown: {},
        },
      },
      credits: {
        initial: 'loading',
        states: {
          loading: { tags: ['busy'], invoke: { src: 'fetchCredits', onDone: { target: 'shown', actions: ({ event }) => fx.showCredits(event.output) }, onError: { target: '#app.error', actions: assign({ report: ({ event }) => reportOf(event.error, 'The credits could not be shown') }) } } },
          shown: {},
        },
      },
      guide: {
        initial: 'loading',
        states: {
          loading: { tags: ['busy'], invoke: { src: 'fetchGuide', onDone: { target: 'shown', actions: ({ event }) => fx.showGuide(event.output) }, onError: { target: '#app.error', actions: assign({ report: ({ event }) => reportOf(event.error, 'The guide could not be shown') }) } } },
          shown: {},
        },
      },
      // Shown once its code is in; leaving first drops the load, so the page never comes up over a later screen.
      classResults: {
        invoke: {
          src: 'loadClassResults',
          onDone: { actions: 'showClassResults' },
          onError: { target: 'error', actions: assign({ report: ({ event }) => reportOf(event.error, 'The class results page could not be opened') }) },
        },
      },
      reading: {
        tags: ['busy'],
        invoke: {
          src: 'readSave',
          input: ({ context }) => context.source ?? 'link',
          onDone: { target: 'offering', actions: assign({ incoming: ({ event }) => event.output }) },
          onError: { target: 'menu', actions: assign({ notices: ({ context, event }) => [...context.notices, ...(event.error instanceof SaveProblem ? event.error.notices : [String(event.error)])] }) },
        },
      },
      offering: { always: [{ guard: 'wouldReplace', target: 'confirming' }, { target: 'opening' }] },
      confirming: {
        entry: 'showConfirm',
        on: {
          kept: 'opening',
          notKept: { target: 'confirming', reenter: true, actions: assign({ incoming: ({ context, event }) => (context.incoming ? { ...context.incoming, problem: event.problem } : null) }) },
          cancel: { target: 'menu', actions: 'forgetLink' },
        },
      },
      opening: {
        tags: ['busy'],
        invoke: {
          src: 'openSave',
          input: ({ context }) => context.incoming as Incoming,
          onDone: { target: 'round', actions: assign({ entry: ({ event }) => event.output }) },
          onError: [
            { guard: 'isSaveProblem', target: 'menu', actions: assign({ notices: ({ context, event }) => [...context.notices, ...(event.error as SaveProblem).notices] }) },
            { target: 'error', actions: assign({ report: ({ event }) => reportOf(event.error, 'The save could not be opened') }) },
          ],
        },
      },
      starting: {
        tags: ['busy'],
        invoke: {
          src: 'startRound',
          input: ({ context }) => context.choice as MenuChoice,
          onDone: { target: 'round', actions: assign({ entry: ({ event }) => event.output }) },
          onError: { target: 'error', actions: assign({ report: ({ event }) => reportOf(event.error, 'The round could not be opened') }) },
        },
      },
      round: { invoke: { src: 'roundController', input: ({ context }) => context.entry as Entry } },
      error: { entry: 'showError' },
    },
  });
}

export type AppMachine = ReturnType<typeof appMachine>;
