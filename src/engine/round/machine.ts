/**
 * The round as a statechart, generated from its scenario by one builder. Each
 * phase is a state named by its phase id; inside it, one state for each side
 * that may hold the floor and each way it may find the table (`floorState`):
 * `open`, a proposal from the other side `awaitingReply` (a proposal made
 * there is a counter), or one signature on the document `signing` — so
 * `japanOpen`, `russiaAwaitingReply`, …, tagged `floor-japan`/`floor-russia`,
 * `awaiting-reply`, `signing`. (They are one level, not a side state with
 * table states in it: every move leaves one state and enters one, which
 * halves what XState works out per move.) A move
 * is one transition of the phase state (from whichever table state holds
 * the floor), chosen by named guards asked of the table as the move
 * leaves it: the phase ends (`phaseSpent`, or `timeRunsOut` in the last
 * phase), both signatures end the round — not ratified at home when either
 * side's principals reject the document (`signedNotRatified`), else signed
 * and ratified (`bothSigned`) — or the floor passes to the other side
 * (`floorTo`, firing the outside events then due). Entering a phase, the
 * transient `opening` state gives its opener the floor by the same guards.
 * Final states come from the ENDINGS table, tagged by how the round ended.
 *
 * The context is the plain-JSON `GameState` (the substance, with the phase,
 * turn and status the machine writes into it); the rules in
 * `rules.ts`/`apply.ts`/`clock.ts` are its guards and actions. The rules judge
 * and apply a move once: the guards share the state it leaves (`moved`).
 */
import { setup } from 'xstate';
import { compile } from '../model/compiled';
import type { GameState } from '../model/state';
import { SIDE_IDS, type Scenario, type SideId } from '../model/types';
import { ratifiedAtHome } from '../stakes/ratification';
import { applyAction } from './apply';
import { end, enterPhase, fireEvents, phaseSpent } from './clock';
import { ENDINGS, ENDING_IDS, type EndingId } from './endings';
import type { NegotiationEvent } from './events';
import { replace } from './replace';
import { checkAction } from './rules';

/** What lies on the table for the side holding the floor. */
export type Table = 'open' | 'awaitingReply' | 'signing';
export const TABLES: readonly Table[] = ['awaitingReply', 'signing', 'open'];

/** The tables in the order a move's candidates ask them (the likeliest first; see `passFloor`). */
const MOVE_ORDER: readonly Table[] = ['open', 'awaitingReply', 'signing'];

/** The state of a phase where `side` holds the floor and finds the table as `table` says (`japanOpen`, `russiaAwaitingReply`, …). */
export const floorState = (side: SideId, table: Table): string => `${side}${table.charAt(0).toUpperCase()}${table.slice(1)}`;

/** The table as the side holding the floor finds it. */
export function tableFor(state: GameState, side: SideId): Table {
  if (state.pending !== null && state.pending.from !== side) return 'awaitingReply';
  if (state.signed.length === 1) return 'signing';
  return 'open';
}

const machines = new WeakMap<Scenario, ReturnType<typeof buildMachine>>();

/** A guard asks the context as it is (`opening`) or, on a move, the state the move would leave. */
type Ask = { readonly move?: boolean };

function buildMachine(s: Scenario) {
  const c = compile(s);
  const ROOT = '#round';
  const last = s.phases.length - 1;
  const endingsAfter = (after: 'signature' | 'walk-out' | 'time', move = false) =>
    ENDING_IDS.filter((id) => ENDINGS[id].route?.after === after).map((id) => {
      const route = ENDINGS[id].route;
      const guard = route && 'guard' in route ? { guard: { type: route.guard, params: { move } } } : {};
      return { target: `${ROOT}.${ENDINGS[id].state}`, ...guard, ...(move ? { actions: 'apply' as const } : {}) };
    });
  const signature = endingsAfter('signature');
  const signatureByMove = endingsAfter('signature', true);
  const [walkOut] = endingsAfter('walk-out');
  const [time] = endingsAfter('time');
  if (!walkOut || !time || signature.length === 0) throw new Error('ENDINGS must route signature, walk-out and time');

  for (const p of s.phases) {
    if (ENDING_IDS.some((id) => ENDINGS[id].state === p.id)) throw new Error(`round ${s.id}: phase id "${p.id}" is also the name of an ending`);
  }
  const phaseStates = Object.fromEntries(
    s.phases.map((phase, index) => {
      const next = s.phases[index + 1];
      const here = `${ROOT}.${phase.id}`;
      // The floor passes to `sides` (the side whose turn it now is), finding the table as it is; the outside events due then fire.
      // The tables exclude each other, so their order changes nothing but how many guards a move asks: a move mostly
      // leaves the table open (MOVE_ORDER asks that first).
      const passFloor = (sides: readonly SideId[], move: boolean, tables: readonly Table[] = TABLES) =>
        sides.flatMap((side) =>
          tables.map((table) => ({
            guard: { type: 'floorTo' as const, params: { side, table, move } },
            target: `${here}.${floorState(side, table)}`,
            actions: move ? { type: 'apply' as const, params: { fire: true } } : ('fireEvents' as const),
          })),
        );
      // A move ends the round on both signatures only where it may be a signature: a phase without signing has no
      // such candidates (two guards fewer per move; a document signed twice in the phase before is the opening's).
      const byMove = phase.kinds.includes('sign') ? signatureByMove : [];
      const phaseEnds = next
        ? [{ guard: { type: 'phaseSpent' as const, params: { move: true } }, target: `${ROOT}.${next.id}`, actions: 'apply' as const }, ...byMove]
        : [...byMove, { guard: { type: 'timeRunsOut' as const, params: { move: true } }, target: time.target, actions: 'apply' as const }];
      // A move leads, by the first guard that holds of the table it leaves, to the phase's end, an ending, or the floor
      // passing to the other side (a move always passes it: only a walk-out keeps it, and that ends the round).
      // The moves are taken in the phase state, whichever table state holds the floor: a transition to a state inside
      // its own source has that source as its domain, so XState does not look for the least common ancestor of the
      // two table states on every move (measured: ×1.02–1.04 per negotiation). `floorTo` names the side the floor
      // passes to, which is never the side that moved (a move's state has the other side's turn), so the diagram
      // still draws each side's box passing the floor to the other.
      const move = [...phaseEnds, ...MOVE_ORDER.flatMap((table) => passFloor(SIDE_IDS, true, [table]))];
      const on = {
        'negotiation.move': move,
        'negotiation.propose': move,
        'negotiation.concede': move,
        'negotiation.consult': move,
        'negotiation.accept': move,
        'negotiation.sign': move,
        'negotiation.walk-out': { guard: 'legal' as const, target: walkOut.target, actions: 'apply' as const },
      };
      const tags = { open: [], awaitingReply: ['awaiting-reply'], signing: ['signing'] } satisfies Record<Table, string[]>;
      const floor = (who: SideId) => Object.fromEntries(TABLES.map((table) => [floorState(who, table), { tags: [`floor-${who}`, ...tags[table]] }]));
      return [
        phase.id,
        {
          tags: [`phase-${phase.id}`],
          entry: { type: 'enterPhase' as const, params: { index } },
          initial: 'opening',
          on,
          states: {
            opening: { always: [...signature, ...passFloor(SIDE_IDS, false)] },
            ...floor('japan'),
            ...floor('russia'),
          },
        },
      ];
    }),
  );
  const finals = Object.fromEntries(
    ENDING_IDS.map((id: EndingId) => [ENDINGS[id].state, { type: 'final' as const, tags: [...ENDINGS[id].tags], entry: { type: 'end' as const, params: { ending: id } } }]),
  );

  // The state a move leaves, judged and applied once per event (null: the move is illegal now). XState asks the
  // guards of one event one after the other, so the last event's answer is all there is to remember.
  let lastMove: { event: NegotiationEvent | null; from: GameState | null; to: GameState | null } = { event: null, from: null, to: null };
  const moved = (context: GameState, event: NegotiationEvent): GameState | null => {
    if (lastMove.event !== event || lastMove.from !== context) {
      lastMove = { event, from: context, to: checkAction(s, context, event.action) === null ? applyAction(s, context, event.action) : null };
    }
    return lastMove.to;
  };
  const subject = (context: GameState, event: NegotiationEvent, ask: Ask): GameState | null => (ask.move ? moved(context, event) : context);

  return setup({
    types: { context: {} as GameState, events: {} as NegotiationEvent, input: {} as GameState },
    guards: {
      legal: ({ context, event }) => moved(context, event) !== null,
      phaseSpent: ({ context, event }, ask: Ask) => {
        const st = subject(context, event, ask);
        return st !== null && phaseSpent(c, st);
      },
      timeRunsOut: ({ context, event }, ask: Ask) => {
        const st = subject(context, event, ask);
        return st !== null && st.phase === last && phaseSpent(c, st);
      },
      signedNotRatified: ({ context, event }, ask: Ask) => {
        const st = subject(context, event, ask);
        return st !== null && st.signed.length === 2 && !ratifiedAtHome(s, st);
      },
      bothSigned: ({ context, event }, ask: Ask) => subject(context, event, ask)?.signed.length === 2,
      floorTo: ({ context, event }, params: Ask & { side: SideId; table: Table }) => {
        const st = subject(context, event, params);
        return st !== null && st.turn === params.side && tableFor(st, params.side) === params.table;
      },
    },
    actions: {
      // The move's state; where the floor passes, with the outside events then due fired (one assignment).
      apply: replace<GameState, NegotiationEvent, { fire?: boolean } | undefined>((context, event, params) => {
        const next = moved(context, event) ?? context;
        return params?.fire ? fireEvents(s, next) : next;
      }),
      enterPhase: replace<GameState, NegotiationEvent, { index: number }>((context, _event, params) => enterPhase(s, context, params.index)),
      fireEvents: replace<GameState, NegotiationEvent>((context) => fireEvents(s, context)),
      end: replace<GameState, NegotiationEvent, { ending: EndingId }>((context, _event, params) => end(context, ENDINGS[params.ending])),
    },
  }).createMachine({
    id: 'round',
    context: ({ input }) => input,
    initial: s.phases[0]?.id ?? '',
    states: { ...phaseStates, ...finals },
  });
}

/** The round machine for a scenario (built once per scenario object). */
export function roundMachine(s: Scenario) {
  let m = machines.get(s);
  if (!m) {
    m = buildMachine(s);
    machines.set(s, m);
  }
  return m;
}

export type RoundMachine = ReturnType<typeof roundMachine>;
