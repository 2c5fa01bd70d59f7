/**
 * The development inspector (?inspect=1, development builds only; main.ts
 * imports this module dynamically under `import.meta.env.DEV`, so production
 * bundles leave it out). It is XState's `inspect` observer: it keeps each
 * live actor (the app machine, the round flow, the actors they invoke) with
 * its current state and last events, plus the engine's round machine, which
 * runs without an actor and is reported with `note`; the panel
 * (ui/inspectorPanel.ts) shows them in a corner of the page. Stately's own
 * inspector is not used: its createBrowserInspector opens stately.ai in a
 * window, which a classroom without the internet (and this build machine)
 * cannot reach.
 */
import type { ActorRefLike, InspectionEvent, Observer } from 'xstate';
import { inspectorPanel, type InspectedRow } from '../ui/inspectorPanel';
import type { Inspector } from './inspect';

/** How many events each actor keeps. */
const KEEP = 5;

interface Watched {
  readonly ref: ActorRefLike | null;
  readonly name: string;
  state: string;
  events: string[];
}

/** A machine state value in words: `table.deciding`, parallel regions joined by commas. */
export function stateText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => {
        const rest = stateText(inner);
        return rest ? `${key}.${rest}` : key;
      })
      .join(', ');
  }
  return '';
}

const nameOf = (ref: ActorRefLike): string => {
  const { src, logic, id } = ref as { src?: unknown; logic?: { id?: unknown }; id?: unknown };
  if (typeof src === 'string') return src;
  return typeof logic?.id === 'string' ? logic.id : String(id ?? ref.sessionId);
};

/** XState's own event names, shortened: `done menu.checking`, `after think`, `init`. */
export function eventText(type: string): string {
  const done = /^xstate\.done\.actor\.[^.]+\.[^.]+\.(.+)$/.exec(type);
  if (done) return `done ${done[1] ?? ''}`;
  const after = /^xstate\.after\.([^.]+)\./.exec(type);
  if (after) return `after ${after[1] ?? ''}`;
  return type.replace(/^xstate\./, '');
}

const live = (w: Watched): boolean => w.ref === null || w.ref.getSnapshot().status === 'active';

/** The actors seen through XState's inspection events, live ones first in the order they started. */
export class Watch implements Inspector {
  private readonly watched = new Map<string, Watched>();

  constructor(private readonly changed: () => void = () => undefined) {}

  readonly inspect: Observer<InspectionEvent> = { next: (e) => this.take(e) };

  readonly note = (name: string, value: unknown, event?: string): void => {
    const w = this.watched.get(`note:${name}`) ?? { ref: null, name, state: '', events: [] };
    w.state = stateText(value);
    if (event) w.events = [...w.events, event].slice(-KEEP);
    this.watched.set(`note:${name}`, w);
    this.changed();
  };

  private take(e: InspectionEvent): void {
    const id = e.actorRef.sessionId;
    const w = this.watched.get(id) ?? { ref: e.actorRef, name: nameOf(e.actorRef), state: '', events: [] };
    this.watched.set(id, w);
    if (e.type === '@xstate.snapshot') {
      const snapshot = e.snapshot as { value?: unknown; status: string };
      w.state = snapshot.value !== undefined ? stateText(snapshot.value) : snapshot.status;
    } else if (e.type === '@xstate.event') {
      w.events = [...w.events, eventText(e.event.type)].slice(-KEEP);
    }
    this.changed();
  }

  /** The live actors (stopped and finished ones are dropped). */
  rows(): InspectedRow[] {
    for (const [id, w] of this.watched) if (!live(w)) this.watched.delete(id);
    return [...this.watched.values()].map((w) => ({ name: w.name, state: w.state, events: [...w.events] }));
  }
}

/** The inspector with its panel in the page. */
export function createInspector(parent: HTMLElement = document.body): Inspector {
  let pending = false;
  const panel = inspectorPanel();
  parent.append(panel.root);
  const watch: Watch = new Watch(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      panel.update(watch.rows());
    });
  });
  return watch;
}
