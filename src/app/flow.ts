/**
 * The flow of one round on screen, as a statechart: the brief, the hand-over
 * between two students at one screen, the table (setting it once the Phaser
 * room is ready; the human's turn; the computer thinking for a moment, skipped
 * with ?fast=1; passing the screen to the other student), the pause as the
 * round ends, the outcome, and pages over the play (timeline, branches,
 * debrief) that come back to where they left. The autosave is an invoked
 * actor for the life of the round. Leaving the round stops the actor, which
 * cancels its timers and drops whatever it was waiting for, so nothing stale
 * can land on a later screen. What each step shows or does is supplied by the
 * round controller (`FlowEffects`); the machine decides only when.
 */
import { fromCallback, fromPromise, sendTo, setup } from 'xstate';
import type { Play } from '../engine/campaign/play';
import type { Action } from '../engine/model/state';

export type FlowEvent =
  | { readonly type: 'begin' }
  | { readonly type: 'continue' }
  | { readonly type: 'act'; readonly action: Action }
  | { readonly type: 'away' }
  | { readonly type: 'back' }
  | { readonly type: 'saved'; readonly play: Play };

/** What the round controller answers and does when the flow asks. */
export interface FlowEffects {
  readonly ended: () => boolean;
  /** A round just begun (no move in it yet) opens at the brief. */
  readonly fresh: () => boolean;
  readonly hotseat: boolean;
  readonly computerToMove: () => boolean;
  /** In hot-seat play: the side to move is not the one at the screen. */
  readonly otherHumanToMove: () => boolean;
  readonly briefed: () => boolean;
  /** Whether the human at the screen may take this action now. */
  readonly mayAct: (action: Action) => boolean;
  readonly showBrief: () => void;
  readonly showHandover: () => void;
  /** The next student takes the seat (hot seat). */
  readonly takeSeat: () => void;
  readonly showTable: () => void;
  readonly leaveTable: () => void;
  readonly yourTurn: () => void;
  readonly humanMove: (action: Action) => void;
  readonly computerMove: () => void;
  readonly showOutcome: () => void;
  readonly sceneReady: Promise<void>;
  readonly save: (play: Play) => void;
  /** Milliseconds: the computer's pause before a move, before the outcome, before the screen is handed over. */
  readonly delays: { readonly think: number; readonly end: number; readonly pass: number };
}

/** The flow machine of a round, with its effects supplied. */
export function roundFlow(fx: FlowEffects) {
  return setup({
    types: { events: {} as FlowEvent },
    guards: {
      ended: () => fx.ended(),
      fresh: () => fx.fresh(),
      hotseat: () => fx.hotseat,
      computerToMove: () => fx.computerToMove(),
      otherHumanToMove: () => fx.otherHumanToMove(),
      briefed: () => fx.briefed(),
      mayAct: ({ event }) => event.type === 'act' && fx.mayAct(event.action),
    },
    actions: {
      showBrief: () => fx.showBrief(),
      showHandover: () => fx.showHandover(),
      takeSeat: () => fx.takeSeat(),
      showTable: () => fx.showTable(),
      leaveTable: () => fx.leaveTable(),
      yourTurn: () => fx.yourTurn(),
      humanMove: ({ event }) => {
        if (event.type === 'act') fx.humanMove(event.action);
      },
      computerMove: () => fx.computerMove(),
      showOutcome: () => fx.showOutcome(),
    },
    actors: {
      sceneReady: fromPromise(() => fx.sceneReady),
      autosave: fromCallback<FlowEvent>(({ receive }) => {
        receive((e) => {
          if (e.type === 'saved') fx.save(e.play);
        });
      }),
    },
    delays: { think: () => fx.delays.think, end: () => fx.delays.end, pass: () => fx.delays.pass },
  }).createMachine({
    id: 'roundFlow',
    invoke: { id: 'autosave', src: 'autosave' },
    on: { saved: { actions: sendTo('autosave', ({ event }) => event) } },
    initial: 'starting',
    states: {
      starting: {
        always: [
          { guard: 'fresh', target: 'opening' },
          { guard: 'ended', target: 'outcome' },
          { guard: 'hotseat', target: 'handover' },
          { target: 'table' },
        ],
      },
      opening: { always: [{ guard: 'hotseat', target: 'handover' }, { target: 'brief' }] },
      brief: { entry: 'showBrief', on: { begin: 'table' } },
      handover: {
        entry: 'showHandover',
        on: { continue: [{ guard: 'briefed', target: 'table', actions: 'takeSeat' }, { target: 'brief', actions: 'takeSeat' }] },
      },
      table: {
        initial: 'setting',
        exit: 'leaveTable',
        on: { away: 'away' },
        states: {
          setting: { tags: ['busy'], invoke: { src: 'sceneReady', onDone: { target: 'deciding', actions: 'showTable' } } },
          deciding: {
            always: [
              { guard: 'ended', target: 'ending' },
              { guard: 'computerToMove', target: 'thinking' },
              { guard: 'otherHumanToMove', target: 'passing' },
              { target: 'yourTurn' },
            ],
          },
          yourTurn: { entry: 'yourTurn', on: { act: { guard: 'mayAct', actions: 'humanMove', target: 'deciding' } } },
          thinking: { tags: ['busy'], after: { think: { actions: 'computerMove', target: 'deciding' } } },
          passing: { tags: ['busy'], after: { pass: '#roundFlow.handover' } },
          ending: { tags: ['busy'], after: { end: '#roundFlow.outcome' } },
        },
      },
      outcome: { entry: 'showOutcome', on: { away: 'away' } },
      away: { on: { back: [{ guard: 'ended', target: 'outcome' }, { target: 'table' }] } },
    },
  });
}

export type RoundFlow = ReturnType<typeof roundFlow>;
