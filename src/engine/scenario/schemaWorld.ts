/** The scenario format around the table: the real record, variants, interludes, ratifiers, islands and meters (see schema.ts). */
import { z } from 'zod';
import { Id, IsoDate, IslandId, Text, Cites, Percent, PerSide, Effect,Condition, WorldPatch } from './schemaCommon';
import { RedLine } from './schemaTable';

/** One historical action: a scenario move by id, or a generic kind. */
export const HistoricalAction = z.union([
  z.strictObject({ move: Id }),
  z.strictObject({ concede: Id }),
  z.strictObject({ do: z.enum(['consult', 'accept', 'sign', 'walk-out']) }),
]);

export const RecordClause = z.strictObject({
  id: Id,
  issue: Id,
  /** The option that stands in the record; agreed false = no agreement reached. */
  option: Id,
  agreed: z.boolean().default(true),
  text: Text,
  cite: Cites,
});

/** What the real document says about one island: named or not (say so in the text when not). */
export const IslandRecord = z.strictObject({ named: z.boolean(), text: Text });

/**
 * The real record in brief, for a student who reads nothing else: when and
 * where, who signed or sent what, what the document says and does not say
 * about each island, what became of it, and what the other side answered.
 */
export const RecordFacts = z.strictObject({
  /** Signed at a meeting, or an exchange of written notes (drawn as such, never as a meeting). */
  form: z.enum(['meeting', 'notes']),
  date: IsoDate,
  place: Text,
  /** Who signed or sent what. */
  parties: Text,
  islands: z.strictObject({ habomai: IslandRecord, shikotan: IslandRecord, kunashiri: IslandRecord, etorofu: IslandRecord }),
  /** When it came into force, or what became of it. */
  fate: Text,
  /** What the other side answered. */
  answer: Text,
  /** The document drew a border (the record map draws one only then). */
  border: z.boolean().default(false),
});

export const Contested = z.strictObject({
  id: Id,
  title: Text,
  japan: Text,
  russia: Text,
  /** Present where historians or the sources disagree. */
  historiansDisagree: Text.optional(),
  cite: Cites,
});

/**
 * How the round differs when it opens in a world history did not produce
 * (campaign play): what the players are told, what really happened instead
 * (cited), and how each side's stance shifts. A variant never applies in the
 * round's own historical world.
 */
export const Variant = z.strictObject({
  id: Id,
  when: Condition,
  title: Text,
  /** What is different in this world, in the game's words; both sides read it. */
  text: Text,
  /** What really happened instead. */
  history: Text,
  cite: Cites,
  /** Replaces the round's setting. */
  setting: Text.optional(),
  /** Replaces the round's stake (on the brief). */
  stake: Text.optional(),
  /** Changes to each side's private brief in this world. */
  brief: z.strictObject({ japan: z.lazy(() => BriefPatch).optional(), russia: z.lazy(() => BriefPatch).optional() }).optional(),
  /** Replaces the discussion questions (outcome and debrief). */
  questions: z.array(Text).min(3).max(5).optional(),
  /** Shifts in each side's values, floors and reservation point, and in the opening meters. */
  effects: Effect.optional(),
  /** Record clauses that presuppose the historical world: shown, but not compared, with why. */
  record: z.array(z.strictObject({ clause: Id, note: Text })).default([]),
});

/** A side's brief in another world: a note after the instructions, or fields that replace the historical round's. */
export const BriefPatch = z.strictObject({
  /** Added after the instructions. */
  note: Text.optional(),
  instructions: Text.optional(),
  interests: z.array(Text).min(1).optional(),
  redLines: z.array(RedLine).min(1).optional(),
  home: Text.optional(),
});

/** Something history did between the previous round and this one (campaign play). */
export const Interlude = z.strictObject({
  id: Id,
  date: IsoDate,
  title: Text,
  text: Text,
  cite: Cites,
  /** It happens only in worlds where this holds; otherwise the timeline says it did not. */
  when: Condition.optional(),
  /** Why it could not happen in a world where `when` fails. */
  otherwise: Text.optional(),
  world: WorldPatch,
});

/** Who at home must accept a signed document for one side, and what history says about it. */
export const Ratifier = z.strictObject({
  /** The body that ratifies or approves (the Diet, the Presidium of the Supreme Soviet, …). */
  body: Text,
  /** How it treated the real document, and what it would have weighed. */
  note: Text,
  cite: Cites,
});

/** The four islands: their ids, each side's names and the names in each side's script. */
export const Islands = z.array(
  z.strictObject({
    id: IslandId,
    names: PerSide(Text),
    native: PerSide(z.string().min(1)),
  }),
);
/** One meter of a round: its label, where it opens and where history left it. */
export const MeterSetting = z.strictObject({ label: Text, initial: Percent, historical: Percent });
export const Meters = <T extends z.ZodType>(t: T) => z.strictObject({ trust: t, 'support-japan': t, 'support-russia': t, pressure: t });

export type Ratifier = z.output<typeof Ratifier>;
export type HistoricalAction = z.output<typeof HistoricalAction>;
export type RecordClause = z.output<typeof RecordClause>;
export type Variant = z.output<typeof Variant>;
export type Interlude = z.output<typeof Interlude>;
