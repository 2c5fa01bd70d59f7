/** The scenario format at the table: options, issues, phases, moves, lines, events, delegates, red lines, briefs and the computer's negotiator (see schema.ts). */
import { z } from 'zod';
import { Id, SideId, IslandId, Text, Quote, FirstProposed, Cites, Percent, PerSide, Effect, IslandFate, Condition, WorldPatch } from './schemaCommon';

export const Option = z.strictObject({
  id: Id,
  label: Text,
  /** The clause as it would read in the joint document. */
  clause: Text,
  /** Worth of this option to each side, 0–100 (secret from the other side). */
  value: PerSide(Percent),
  cite: Cites,
  /** What the map draws when this option is on the table. */
  map: z.partialRecord(IslandId, IslandFate).optional(),
  /**
   * The option changes no island: the islands its `map` names are drawn as the
   * world it is offered in has them (a fallback, which must fit every world).
   */
  mapFromWorld: z.boolean().optional(),
  /** How the world changes if this clause is in the signed document. */
  world: WorldPatch.optional(),
  /** The option exists only in worlds where this holds (campaign play). */
  when: Condition.optional(),
  /** When the idea was first proposed: an option proposed after the round is marked "not yet on the table". */
  firstProposed: FirstProposed.optional(),
  /** No source records this position for who voices it: "No record of this position; plausible because …" (shown on the move and in the debrief). */
  counterfactual: Text.optional(),
});

export const Issue = z.strictObject({
  id: Id,
  title: Text,
  description: Text,
  /** The document cannot be signed while a required issue is open. */
  required: z.boolean().default(false),
  /** How much each side cares about this issue, 1–10. */
  weight: PerSide(z.number().min(0).max(10)),
  /** What stands when the issue is left unagreed (its value is used in scoring). */
  fallback: Id.optional(),
  /**
   * A unilateral issue: what stands is this side's last stated position, with
   * no need for the other side's consent (a note, a declared condition).
   */
  decidedBy: SideId.optional(),
  options: z.array(Option).min(2),
});

export const MOVE_KINDS = [
  'position',
  'propose',
  'concede',
  'link',
  'unlink',
  'appeal',
  'consult',
  'accept',
  'sign',
  'walk-out',
] as const;
export const MoveKind = z.enum(MOVE_KINDS);

export const Phase = z.strictObject({
  id: Id,
  title: Text,
  description: Text,
  /** Who moves first in this phase. */
  opens: SideId,
  /** Moves in this phase, both sides together, before it ends. */
  turns: z.number().int().min(1).max(60),
  /** The kinds of move allowed. */
  kinds: z.array(MoveKind).min(1),
  /** How the phase reads: a meeting at the table or an exchange of written notes. */
  style: z.enum(['meeting', 'notes']).default('meeting'),
});

/** A scenario-defined move: a card a side can play, with its citation. */
export const Move = z.strictObject({
  id: Id,
  side: SideId,
  kind: z.enum(['position', 'propose', 'appeal', 'link', 'unlink']),
  label: Text,
  /** What the delegate says (the game's own words). */
  says: Text,
  /** Who says it (a delegate id of that side). */
  speaker: Id.optional(),
  cite: Cites,
  /** Phases it may be played in (default: every phase allowing its kind). */
  phases: z.array(Id).optional(),
  issue: Id.optional(),
  option: Id.optional(),
  package: z.record(Id, Id).optional(),
  issues: z.tuple([Id, Id]).optional(),
  effects: Effect.optional(),
  /** Playable once per round (otherwise it may be made again, weaker each time). */
  once: z.boolean().optional(),
  when: Condition.optional(),
  /** No source records this position for who voices it: "No record of this position; plausible because …" (shown on the move and in the debrief). */
  counterfactual: Text.optional(),
});

/** One step of a guided tutorial: the control it points at, and what it says about it. */
export const TutorialStep = z.strictObject({
  /** The brief, a group of moves (position, propose, concede, consult, sign), the other side's proposal card, or the score after the round. */
  at: z.enum(['brief', 'position', 'propose', 'proposal', 'concede', 'consult', 'sign', 'score']),
  title: Text,
  text: Text,
});

/** A guided tutorial: its steps in the order they are taught (a step waits until its control is on screen). */
export const Tutorial = z.strictObject({ steps: z.array(TutorialStep).min(1) });

/** A generic line a side says when making a move of a generic kind. */
export const Line = z.strictObject({
  id: Id,
  side: SideId,
  kind: z.enum(['concede', 'consult', 'accept', 'sign', 'walk-out', 'counter']),
  says: Text,
  speaker: Id.optional(),
  cite: Cites,
  effects: Effect.optional(),
  /** For `consult`: what the capital answers (private to that side). */
  reply: Text.optional(),
  when: Condition.optional(),
});

export const OutsideEvent = z.strictObject({
  id: Id,
  title: Text,
  text: Text,
  /** The event fires when this phase begins … */
  phase: Id,
  /** … after this many moves of it (0 = at its start). */
  after: z.number().int().min(0).default(0),
  cite: Cites,
  effects: Effect.optional(),
  when: Condition.optional(),
});

export const Delegate = z.strictObject({
  id: Id,
  name: Text,
  title: Text,
  lead: z.boolean().optional(),
  /** The title in other worlds (campaign play): the first whose condition holds replaces `title`. */
  titles: z.array(z.strictObject({ when: z.lazy(() => Condition), title: Text })).optional(),
});

/**
 * Clauses a red line forbids together: every issue named has one of the
 * options listed (a single id or a list of ids, any one of which will do).
 */
export const Forbid = z.record(Id, z.union([Id, z.array(Id).min(1)]).transform((o) => (Array.isArray(o) ? o : [o])));

/**
 * A red line: its words and the clause combinations that cross it (any one
 * combination in the document crosses it). A red line no option of the agenda
 * can cross says why in `unmatched`. Plain text (not tied to any clause) is
 * read only in a variant's brief.
 */
export const RedLine = z.union([
  Text.transform((text): { text: Text; forbids?: Record<string, string[]>[]; unmatched?: Text } => ({ text })),
  z.strictObject({ text: Text, forbids: z.array(Forbid).optional(), unmatched: Text.optional() }),
]);

/** Whether a red line is tied to the clauses that cross it (or says why none can). */
export const isTied = (r: { forbids?: readonly unknown[] | undefined; unmatched?: unknown }): boolean => r.forbids !== undefined || r.unmatched !== undefined;

export const Brief = z.strictObject({
  instructions: Text,
  interests: z.array(Text).min(1),
  /** What may not be given up, each tied to the clauses that would cross it. */
  redLines: z.array(RedLine).min(1),
  home: Text,
  excerpts: z.array(Quote).min(1),
});

export const Side = z.strictObject({
  name: Text,
  short: Text,
  /** The flag on the delegation's desk (default: Japan's, or the Soviet flag before 26 December 1991 and the Russian after). */
  flag: z.enum(['japan', 'ussr', 'russia', 'none']).optional(),
  delegation: z.array(Delegate).min(1),
  brief: Brief,
});

/** How a side negotiates when the computer holds its seat. */
export const Negotiator = z.strictObject({
  /** Lowest worth (0–100) of the whole document the side will sign. */
  reservation: Percent,
  /** Worth it asks for at the start (0–100). */
  opening: Percent,
  /** Lowest value accepted per issue; issues not listed have floor 0. */
  floors: z.record(Id, Percent).default({}),
  /** Concession curve: < 1 holds firm until late, > 1 concedes early. */
  concession: z.number().min(0.1).max(5),
  /** Aspiration points lost per 10 points of trust above 50. */
  trustSensitivity: z.number().min(-10).max(10).default(0),
  /** Aspiration points lost per 10 points of outside pressure above 50. */
  pressureSensitivity: z.number().min(-10).max(10).default(0),
  /** Aspiration points gained per 10 points of own domestic support below 50. */
  supportSensitivity: z.number().min(-10).max(10).default(0),
  /** The computer walks out when trust falls to this level or below. */
  walkAwayTrust: Percent.default(5),
});


export type RedLine = z.output<typeof RedLine>;
export type Option = z.output<typeof Option>;
export type Issue = z.output<typeof Issue>;
export type MoveKind = z.output<typeof MoveKind>;
export type Phase = z.output<typeof Phase>;
export type Move = z.output<typeof Move>;
export type Line = z.output<typeof Line>;
export type OutsideEvent = z.output<typeof OutsideEvent>;
export type Negotiator = z.output<typeof Negotiator>;
