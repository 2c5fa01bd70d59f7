/**
 * The round as a statechart, generated from its scenario by one builder. Each
 * phase is a state named by its phase id; inside it, `floor.japan` or
 * `floor.russia` says who holds the floor, and under that whether the table is
 * `open`, a proposal from the other side is `awaitingReply` (a proposal made
 * here is a counter), or one signature is on the document (`signing`). After
 * every move the transient `settling` state decides, by named guards, what
 * follows: the phase ends (`phaseSpent`, or `timeRunsOut` in the last phase),
 * both signatures end the round — not ratified at home when either side's
 * principals reject the document (`signedNotRatified`), else signed and
 * ratified (`bothSigned`) — or the floor passes
 * (`floorTo`). Final states come from the ENDINGS table, tagged by how the
 * round ended. The context is the plain-JSON `GameState` (the substance, with
 * the phase, turn and status the machine writes into it); the rules in
 * `rules.ts`/`apply.ts`/`clock.ts` are its guard and actions.
 */
import { assign, setup } from 'xstate';
import { compile } from '../model/compiled';
import type { GameState } from '../model/state';
import { SIDE_IDS, type Scenario, type SideId } from '../model/types';
import { ratifySigned } from '../stakes/ratification';
import { applyAction } from './apply';
import { end, enterPhase, fireEvents, phaseSpent } from './clock';
import { ENDINGS, ENDING_IDS, type EndingId } from './endings';
import type { NegotiationEvent } from './events';
import { checkAction } from './rules';

/** What lies on the table for the side holding the floor. */
export type Table = 'open' | 'awaitingReply' | 'signing';
export const TABLES: readonly Table[] = ['awaitingReply', 'signing', 'open'];

/** The table as the side holding the floor finds it. */
export function tableFor(state: GameState, side: SideId): Table {
  if (state.pending !== null && state.pending.from !== side) return 'awaitingReply';
  if (state.signed.length === 1) return 'signing';
  return 'open';
}

const machines = new WeakMap<Scenario, ReturnType<typeof buildMachine>>();

function buildMachine(s: Scenario) {
  const c = compile(s);
  const ROOT = '#round';
  const last = s.phases.length - 1;
  const endingsAfter = (after: 'signature' | 'walk-out' | 'time') =>
    ENDING_IDS.filter((id) => ENDINGS[id].route?.after === after).map((id) => {
      const route = ENDINGS[id].route;
      return { target: `${ROOT}.${ENDINGS[id].state}`, ...(route && 'guard' in route ? { guard: route.guard } : {}) };
    });
  const signature = endingsAfter('signature');
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
      // The floor passes to the side whose turn the move made it, finding the table as it is.
      const passFloor = SIDE_IDS.flatMap((side) =>
        TABLES.map((table) => ({ guard: { type: 'floorTo' as const, params: { side, table } }, target: `${here}.floor.${side}.${table}`, actions: 'fireEvents' as const })),
      );
      const move = { guard: 'legal' as const, target: `${here}.settling`, actions: 'apply' as const };
      const on = {
        'negotiation.move': move,
        'negotiation.propose': move,
        'negotiation.concede': move,
        'negotiation.consult': move,
        'negotiation.accept': move,
        'negotiation.sign': move,
        'negotiation.walk-out': { guard: 'legal' as const, target: walkOut.target, actions: 'apply' as const },
      };
      const side = (who: SideId) => ({
        tags: [`floor-${who}`],
        initial: 'open',
        on,
        states: { open: {}, awaitingReply: { tags: ['awaiting-reply'] }, signing: { tags: ['signing'] } },
      });
      const phaseEnds = next ? [{ guard: 'phaseSpent' as const, target: `${ROOT}.${next.id}` }, ...signature] : [...signature, { guard: 'timeRunsOut' as const, target: time.target }];
      return [
        phase.id,
        {
          tags: [`phase-${phase.id}`],
          entry: { type: 'enterPhase' as const, params: { index } },
          initial: 'opening',
          states: {
            opening: { always: [...signature, ...passFloor] },
            floor: { initial: phase.opens, states: { japan: side('japan'), russia: side('russia') } },
            settling: { always: [...phaseEnds, ...passFloor] },
          },
        },
      ];
    }),
  );
  const finals = Object.fromEntries(
    ENDING_IDS.map((id: EndingId) => [ENDINGS[id].state, { type: 'final' as const, tags: [...ENDINGS[id].tags], entry: { type: 'end' as const, params: { ending: id } } }]),
  );

  return setup({
    types: { context: {} as GameState, events: {} as NegotiationEvent, input: {} as GameState },
    guards: {
      legal: ({ context, event }) => checkAction(s, context, event.action) === null,
      phaseSpent: ({ context }) => phaseSpent(c, context),
      timeRunsOut: ({ context }) => context.phase === last && phaseSpent(c, context),
      signedNotRatified: ({ context }) => context.signed.length === 2 && !ratifySigned(s, context).ratified,
      bothSigned: ({ context }) => context.signed.length === 2,
      floorTo: ({ context }, params: { side: SideId; table: Table }) => context.turn === params.side && tableFor(context, params.side) === params.table,
    },
    actions: {
      apply: assign(({ context, event }) => applyAction(s, context, event.action)),
      enterPhase: assign(({ context }, params: { index: number }) => enterPhase(s, context, params.index)),
      fireEvents: assign(({ context }) => fireEvents(s, context)),
      end: assign(({ context }, params: { ending: EndingId }) => end(context, ENDINGS[params.ending])),
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
