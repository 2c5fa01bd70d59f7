/**
 * Loading a play's round files as a small statechart: `idle`, or `loading`
 * with the fetch invoked. A new request re-enters `loading` (the older fetch
 * is dropped with its state), and leaving for the menu cancels it, so a slow
 * answer can never open a round the player has moved away from.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Scenario } from '../engine/scenario/schema';

export interface LoadedRounds {
  readonly bases: Map<string, Scenario>;
  readonly sources: SourceLibrary;
}

type Deliver = (loaded: LoadedRounds | null) => void;
type LoaderEvent = { readonly type: 'load'; readonly ids: readonly string[]; readonly then: Deliver } | { readonly type: 'cancel' };

/** The loader machine; `fetchRounds` fetches and validates (null: it showed why not). */
export function loaderMachine(fetchRounds: (ids: readonly string[]) => Promise<LoadedRounds | null>, failed: (e: unknown) => void) {
  return setup({
    types: { context: {} as { ids: readonly string[]; then: Deliver | null }, events: {} as LoaderEvent },
    actors: { fetch: fromPromise(({ input }: { input: readonly string[] }) => fetchRounds(input)) },
  }).createMachine({
    id: 'loader',
    context: { ids: [], then: null },
    initial: 'idle',
    on: { load: { target: '.loading', reenter: true, actions: assign(({ event }) => (event.type === 'load' ? { ids: event.ids, then: event.then } : {})) } },
    states: {
      idle: {},
      loading: {
        tags: ['busy'],
        on: { cancel: 'idle' },
        invoke: {
          src: 'fetch',
          input: ({ context }) => context.ids,
          onDone: { target: 'idle', actions: ({ context, event }) => context.then?.(event.output) },
          onError: { target: 'idle', actions: ({ event }) => failed(event.error) },
        },
      },
    },
  });
}
