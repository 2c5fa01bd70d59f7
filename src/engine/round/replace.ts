/**
 * `replace`: the round machine's way of setting its context to the state a
 * rule returns. It is an XState action like `assign`, through the same
 * protocol XState's own actions use (a function carrying `type` and
 * `resolve`; `resolve` gets the snapshot inside the microstep and returns the
 * next one), but it does less: `assign` copies the context once more
 * (`Object.assign`) and builds a whole new snapshot whose state value and tags
 * it recomputes from the active state nodes — the rules already return a new
 * plain state, and inside a microstep XState reads only the context of that
 * snapshot (the microstep's own closing snapshot recomputes value and tags
 * from the nodes it entered; where it enters none, the nodes, and so value
 * and tags, are the ones copied here). Measured: a move costs one snapshot
 * build instead of two.
 *
 * The protocol is XState's internal one (xstate 5.33, pinned exactly in
 * package.json): the model tests (tests/engine/model.test.ts) check value,
 * tags and context on every path of every round, so a change of it in an
 * upgrade shows there.
 */
import type { AnyMachineSnapshot, EventObject } from 'xstate';

/** What a `replace` action computes: the next context from the current one, the event and the action's params. */
export type Replacement<C, E extends EventObject, P> = (context: C, event: E, params: P) => C;

/** An XState action that sets the context to `next(context, event, params)` (no copy, no recomputed snapshot). */
export function replace<C, E extends EventObject, P = undefined>(next: Replacement<C, E, P>) {
  function replaceContext(_args: { context: C; event: E }, _params: P): void {
    // Never executed: XState resolves the action through `resolve` below.
  }
  return Object.assign(replaceContext, {
    type: 'xstate.assign',
    resolve: (_scope: unknown, snapshot: AnyMachineSnapshot, args: { event: E }, params: P): [AnyMachineSnapshot, undefined, undefined] => [
      { ...snapshot, context: next(snapshot.context as C, args.event, params) } as AnyMachineSnapshot,
      undefined,
      undefined,
    ],
  });
}
