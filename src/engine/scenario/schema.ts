/**
 * The scenario format: one zod schema for every round file in scenarios/.
 * A round is data only — agenda, values, phases, moves, lines, events, the
 * historical move sequences and the real record — so a single negotiation
 * machine can play any round. Cross-references between ids are checked in
 * `references.ts`; quotes are checked against the sources in `citations.ts`.
 * The parts live in schemaCommon.ts (ids, texts, citations, conditions, the
 * world), schemaTable.ts (what is negotiated and how) and schemaWorld.ts (the
 * record, variants and campaign); this module assembles the round.
 */
import { z } from 'zod';
import { SCENARIO_FORMAT, Id, IsoDate, Text, Cites, Percent, PerSide, WorldState, WorldPatch } from './schemaCommon';
import { Issue, Phase, Move, Line, OutsideEvent, Side, Negotiator, Tutorial } from './schemaTable';
import { HistoricalAction, RecordClause, RecordFacts, Contested, Variant, Interlude, Ratifier, Islands, MeterSetting, Meters } from './schemaWorld';
export * from './schemaCommon';
export * from './schemaTable';
export * from './schemaWorld';


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
  /** Ratification at home: who accepts a signed document for each side. */
  ratification: PerSide(Ratifier).optional(),
  questions: z.array(Text).min(3).max(5),
  /** What history did between the previous round and this one, in date order. */
  since: z.array(Interlude).default([]),
  /** How the round changes in worlds history did not produce. */
  variants: z.array(Variant).default([]),
  /** A guided tutorial (the practice round): step cards pointing at each control in turn; such a round shows no comparison with history and no map. */
  tutorial: Tutorial.optional(),
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

export type Scenario = z.output<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type RoundFile = z.output<typeof RoundFile>;
