/**
 * When the class results page summarises, as a small statechart: `empty`
 * (no files), `summarising` (reading every file given so far and replaying
 * their games, an invoked actor), then `shown` or `failed`. Files added or
 * cleared while a summary is under way re-enter `summarising` or go to
 * `empty`, which stops the old actor: a slow summary of fewer files can
 * never land over a newer one. The files themselves are the context; what
 * is read and how it is shown are supplied by the page (classResults.ts).
 */
import { assign, fromPromise, setup } from 'xstate';

export interface SummaryEffects<F, S> {
  /** Read and summarise all the files given so far. */
  readonly summarise: (files: readonly F[]) => Promise<S>;
  readonly showEmpty: () => void;
  readonly show: (summary: S) => void;
  readonly showError: (error: unknown) => void;
}

export type SummaryEvent<F> = { readonly type: 'add'; readonly files: readonly F[] } | { readonly type: 'clear' };

/** The page's summary machine, its effects supplied. */
export function summaryMachine<F, S>(fx: SummaryEffects<F, S>) {
  return setup({
    types: { context: {} as { readonly files: readonly F[] }, events: {} as SummaryEvent<F> },
    actors: { summarise: fromPromise(({ input }: { input: readonly F[] }) => fx.summarise(input)) },
    actions: {
      showEmpty: () => fx.showEmpty(),
      add: assign({ files: ({ context, event }) => (event.type === 'add' ? [...context.files, ...event.files] : context.files) }),
    },
    guards: { hasFiles: ({ event }) => event.type === 'add' && event.files.length > 0 },
  }).createMachine({
    id: 'classSummary',
    context: { files: [] },
    initial: 'empty',
    on: {
      // Taken from `summarising` too: the state is exited and entered again, its summary under way stopped.
      add: { guard: 'hasFiles', target: '.summarising', actions: 'add' },
      clear: { target: '.empty', actions: assign({ files: [] }) },
    },
    states: {
      empty: { entry: 'showEmpty' },
      summarising: {
        invoke: {
          src: 'summarise',
          input: ({ context }) => context.files,
          onDone: { target: 'shown', actions: ({ event }) => fx.show(event.output) },
          onError: { target: 'failed', actions: ({ event }) => fx.showError(event.error) },
        },
      },
      shown: {},
      failed: {},
    },
  });
}
