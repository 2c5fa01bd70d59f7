/**
 * What the development inspector (?inspect=1, inspector.ts) offers the shell:
 * XState's `inspect` observer, passed to the app machine's and each round
 * flow's actors, and `note` for machines that run without an actor (the
 * engine's round machine, moved with XState's pure `transition()` by the
 * engine's Session). Only the type lives here, so production bundles carry
 * none of the inspector.
 */
import type { InspectionEvent, Observer } from 'xstate';

export interface Inspector {
  readonly inspect: Observer<InspectionEvent>;
  /** Report a machine's state that no live actor carries (`name`: how the panel lists it). */
  readonly note: (name: string, value: unknown, event?: string) => void;
}
