/**
 * The scenario format: one zod schema for every round file in scenarios/.
 * A round is data only — agenda, values, phases, moves, lines, events, the
 * historical move sequences and the real record — so a single negotiation
 * machine can play any round. Cross-references between ids are checked in
 * `references.ts`; quotes are checked against the sources in `citations.ts`.
 */
import { z } from 'zod';

/**
 * The scenario file format this engine reads (the `format` field of a round
 * file). Older formats are migrated when a file loads (see migrate.ts).
 */
export const SCENARIO_FORMAT = 2;

export const SIDE_IDS = ['japan', 'russia'] as const;
export const METER_IDS = ['trust', 'support-japan', 'support-russia', 'pressure'] as const;
export const ISLAND_IDS = ['habomai', 'shikotan', 'kunashiri', 'etorofu'] as const;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single hyphens');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

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

const Percent = z.number().int().min(0).max(100);
const PerSide = <T extends z.ZodType>(t: T) => z.strictObject({ japan: t, russia: t });

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
  /** How the world changes if this clause is in the signed document. */
  world: z.lazy(() => WorldPatch).optional(),
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
  /** Playable once per round (appeals are, unless set to false). */
  once: z.boolean().optional(),
  when: Condition.optional(),
  /** No source records this position for who voices it: "No record of this position; plausible because …" (shown on the move and in the debrief). */
  counterfactual: Text.optional(),
});

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

export const Brief = z.strictObject({
  instructions: Text,
  interests: z.array(Text).min(1),
  /** What may not be given up. */
  redLines: z.array(Text).min(1),
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

const WorldDocument = z.strictObject({
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
  redLines: z.array(Text).min(1).optional(),
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
const Meters = <T extends z.ZodType>(t: T) => z.strictObject({ trust: t, 'support-japan': t, 'support-russia': t, pressure: t });

/**
 * A round as the engine plays it: every shared part (islands, collective
 * names, meter labels) resolved from scenarios/common.yaml. The compiled
 * round files hold this.
 */
export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  /** The version of this file format (not of the round: that is `version`). */
  format: z.literal(SCENARIO_FORMAT, {
    error: (issue) =>
      issue.input === undefined
        ? `"format" is missing: add "format: ${SCENARIO_FORMAT}" at the top of the file (the scenario format this engine reads)`
        : `this file is format ${JSON.stringify(issue.input)}, but this engine reads format ${SCENARIO_FORMAT} (and migrates format 1 when a file loads); update the file (see docs/authoring.md)`,
  }),
  id: z.string().regex(/^(\d{4}|practice)$/, 'a round id: the year, e.g. "1956" (or "practice")'),
  version: z.number().int().min(1),
  title: Text,
  date: IsoDate,
  endDate: IsoDate,
  place: Text,
  stake: Text,
  setting: Text,
  /** The world as it stood when the round opened (historically). */
  world: WorldState,
  islands: Islands,
  /** What each side calls the four islands together. */
  collectiveNames: PerSide(Text),
  sides: z.strictObject({ japan: Side, russia: Side }),
  meters: Meters(MeterSetting),
  /** The joint document this round produces when it is concluded. */
  document: z.strictObject({ id: Id, title: Text, readings: PerSide(Text) }),
  agenda: z.array(Issue).min(1),
  phases: z.array(Phase).min(1),
  moves: z.array(Move).min(1),
  lines: z.array(Line),
  events: z.array(OutsideEvent).default([]),
  negotiators: PerSide(Negotiator),
  /** Worth to each side of leaving without a document (its walk-away value). */
  noDeal: PerSide(Percent),
  history: PerSide(z.array(HistoricalAction).min(1)),
  record: z.strictObject({
    summary: Text,
    outcome: z.enum(['concluded', 'breakdown']),
    clauses: z.array(RecordClause).min(1),
    next: z.array(z.strictObject({ text: Text, cite: Cites })).min(1),
    /** The record in brief, shown first under "What happened next". */
    facts: RecordFacts.optional(),
    /** Anything else history changed beyond the record's clauses. */
    world: WorldPatch.optional(),
  }),
  contested: z.array(Contested).default([]),
  questions: z.array(Text).min(3).max(5),
  /** What history did between the previous round and this one, in date order. */
  since: z.array(Interlude).default([]),
  /** How the round changes in worlds history did not produce. */
  variants: z.array(Variant).default([]),
});

/**
 * A round file as an author writes it (format 2): the islands and collective
 * names may be left out, and a meter's label too, to take them from
 * scenarios/common.yaml (see shared.ts); given, they replace the shared ones.
 */
export const RoundFile = Scenario.extend({
  islands: Islands.optional(),
  collectiveNames: PerSide(Text).optional(),
  meters: Meters(MeterSetting.extend({ label: Text.optional() })),
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
export type Option = z.output<typeof Option>;
export type Issue = z.output<typeof Issue>;
export type MoveKind = z.output<typeof MoveKind>;
export type Phase = z.output<typeof Phase>;
export type Move = z.output<typeof Move>;
export type Line = z.output<typeof Line>;
export type OutsideEvent = z.output<typeof OutsideEvent>;
export type Negotiator = z.output<typeof Negotiator>;
export type WorldPatch = z.output<typeof WorldPatch>;
export type WorldState = z.output<typeof WorldState>;
export type Condition = z.output<typeof Condition>;
export type HistoricalAction = z.output<typeof HistoricalAction>;
export type RecordClause = z.output<typeof RecordClause>;
export type Scenario = z.output<typeof Scenario>;
export type Variant = z.output<typeof Variant>;
export type Interlude = z.output<typeof Interlude>;
export type ScenarioInput = z.input<typeof Scenario>;
export type RoundFile = z.output<typeof RoundFile>;
