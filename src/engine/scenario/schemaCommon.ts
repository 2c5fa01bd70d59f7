/** The scenario format's building blocks: ids, texts, citations, effects, conditions and the world between rounds (see schema.ts). */
import { z } from 'zod';

/**
 * The scenario file format this engine reads (the `format` field of a round
 * file). Older formats are migrated when a file loads (see migrate.ts).
 */
export const SCENARIO_FORMAT = 2;

export const SIDE_IDS = ['japan', 'russia'] as const;
export const METER_IDS = ['trust', 'support-japan', 'support-russia', 'pressure'] as const;
export const ISLAND_IDS = ['habomai', 'shikotan', 'kunashiri', 'etorofu'] as const;

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single hyphens');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const SideId = z.enum(SIDE_IDS);
export const MeterId = z.enum(METER_IDS);
export const IslandId = z.enum(ISLAND_IDS);

/** Text a person reads: English is required, other locales may be added. */
export const Text = z
  .union([
    z.string().min(1),
    z.strictObject({ en: z.string().min(1), ja: z.string().min(1).optional(), ru: z.string().min(1).optional() }),
  ])
  .transform((t) => (typeof t === 'string' ? { en: t } : t));

/** A short quote that must stand verbatim in a document of scenarios/sources. */
export const Quote = z.strictObject({
  source: Id,
  quote: z.string().min(3).max(400),
  speaker: z.string().min(1),
  date: IsoDate,
  retrospective: z.boolean().optional(),
});
/** A named public source for a fact the primary documents here do not hold. */
export const Background = z.strictObject({
  ref: z.string().min(3),
  note: z.string().min(3),
});
export const Citation = z.union([Quote, Background]);

/** When an idea was first put on the table (an option that may postdate a round). */
export const FirstProposed = z.strictObject({
  date: IsoDate,
  /** Where and by whom, e.g. "proposed at Irkutsk". */
  event: z.string().min(3),
});
export const Cites = z
  .union([Citation, z.array(Citation).min(1)])
  .transform((c) => (Array.isArray(c) ? c : [c]));

export const Percent = z.number().int().min(0).max(100);
export const PerSide = <T extends z.ZodType>(t: T) => z.strictObject({ japan: t, russia: t });

export const Effect = z.strictObject({
  /** Meter changes (deltas), clamped to 0–100. */
  meters: z.partialRecord(MeterId, z.number().int().min(-100).max(100)).optional(),
  /** Shifts in how a side values an option (secret to the other side). */
  values: z
    .array(z.strictObject({ side: SideId, issue: Id, option: Id, delta: z.number().int().min(-100).max(100) }))
    .optional(),
  /** Shifts in the lowest value a side will accept on an issue. */
  floors: z.array(z.strictObject({ side: SideId, issue: Id, delta: z.number().int().min(-100).max(100) })).optional(),
  /** Shifts in a side's reservation point for signing the whole document. */
  reservation: z.partialRecord(SideId, z.number().int().min(-100).max(100)).optional(),
});

export const IslandFate = z.enum(['japan', 'japan-after-treaty', 'russia', 'disputed', 'joint']);

/**
 * A test on the world state a round starts from (campaign play): every field
 * given must hold. Moves, lines and events carrying one apply only then.
 */
export const Condition = z.strictObject({
  peaceTreaty: z.boolean().optional(),
  islands: z.partialRecord(IslandId, IslandFate).optional(),
  /** Documents that must be in force (by id). */
  inForce: z.array(Id).optional(),
  /** Documents that must not be in force (by id). */
  notInForce: z.array(Id).optional(),
  /** The security treaty in force, or a list of those any one of which will do. */
  securityTreaty: z.union([z.enum(['none', '1951', '1960']), z.array(z.enum(['none', '1951', '1960'])).min(1)]).optional(),
  /** The state of war between the two has not been ended (see `worldFacts`). */
  stateOfWar: z.boolean().optional(),
  /** Diplomatic relations (embassies) exist. */
  relations: z.boolean().optional(),
  /** Japan is a member of the United Nations. */
  un: z.boolean().optional(),
});


export const WorldDocument = z.strictObject({
  id: Id,
  title: Text,
  inForce: z.boolean(),
  readings: PerSide(Text),
});

/** The state of the world between rounds: what a round starts from and leaves. */
export const WorldState = z.strictObject({
  year: z.number().int().min(1945).max(2100),
  peaceTreaty: z.boolean(),
  islands: z.strictObject({ habomai: IslandFate, shikotan: IslandFate, kunashiri: IslandFate, etorofu: IslandFate }),
  documents: z.array(WorldDocument),
  securityTreaty: z.enum(['none', '1951', '1960']),
  /** Set once a document says so; otherwise derived (see `worldFacts`): the war ends with a peace treaty or the 1956 Declaration. */
  stateOfWar: z.boolean().optional(),
  /** Diplomatic relations; derived from the state of war when not set. */
  relations: z.boolean().optional(),
  /** Japan in the United Nations; derived from the Declaration or a peace treaty when not set. */
  un: z.boolean().optional(),
});

export const WorldPatch = z.strictObject({
  peaceTreaty: z.boolean().optional(),
  islands: z.partialRecord(IslandId, IslandFate).optional(),
  documents: z.array(WorldDocument).optional(),
  securityTreaty: z.enum(['none', '1951', '1960']).optional(),
  /** A document that ends the state of war sets `stateOfWar: false`. */
  stateOfWar: z.boolean().optional(),
  relations: z.boolean().optional(),
  un: z.boolean().optional(),
});

export type Text = z.output<typeof Text>;
export type Quote = z.output<typeof Quote>;
export type Background = z.output<typeof Background>;
export type Citation = z.output<typeof Citation>;
export type SideId = z.output<typeof SideId>;
export type MeterId = z.output<typeof MeterId>;
export type IslandId = z.output<typeof IslandId>;
export type IslandFate = z.output<typeof IslandFate>;
export type Effect = z.output<typeof Effect>;
export type Condition = z.output<typeof Condition>;
export type WorldPatch = z.output<typeof WorldPatch>;
export type WorldState = z.output<typeof WorldState>;
