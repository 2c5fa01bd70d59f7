/**
 * `npm run schema`: write scenarios/round.schema.json, the JSON Schema of a
 * round file, generated from the zod `Scenario` schema (the input side: what
 * an author writes, with defaults optional). Round files point editors at it
 * with a first line `# yaml-language-server: $schema=./round.schema.json`, for
 * completion and checking as a teacher types.
 *
 * The target is JSON Schema draft-07, the draft the YAML language server (the
 * VS Code YAML extension) fully supports; later drafts are only partly
 * supported there.
 *
 * `npm run schema -- --check`: exit 1 if the committed file differs from what
 * the zod schema generates now (the schema changed but the file was not
 * regenerated).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as S from '../engine/scenario/schema';
import { SCENARIOS } from '../node/files';

export const SCHEMA_FILE = join(SCENARIOS, 'round.schema.json');

/**
 * Named definitions: each of these zod schemas becomes one entry of `$defs`
 * (referenced wherever it is used) instead of being repeated inline, and its
 * description is what an editor shows on hover.
 */
const DEFS: readonly [z.core.$ZodType, string, string][] = [
  [S.Text, 'Text', 'Text a person reads: a string (English), or a mapping with en (required), ja and ru.'],
  [S.Quote, 'Quote', 'A short quote that stands verbatim (after collapsing whitespace) in the document scenarios/sources names by `source`. Mark words spoken after the round `retrospective: true`.'],
  [S.Background, 'Background', 'A named public source for a fact the primary documents in scenarios/sources do not hold.'],
  [S.Citation, 'Citation', 'A verbatim quote or a background reference.'],
  [S.Cites, 'Cites', 'One citation, or a list of them.'],
  [S.SideId, 'SideId', 'A side: japan or russia (the USSR before 1992).'],
  [S.MeterId, 'MeterId', 'A meter.'],
  [S.IslandId, 'IslandId', 'One of the four islands.'],
  [S.IslandFate, 'IslandFate', 'Who holds an island.'],
  [S.Effect, 'Effect', 'What a move, line or event changes: meters (deltas), the value of options, floors and reservation points.'],
  [S.Condition, 'Condition', 'A test on the world a round starts from (campaign play): every field given must hold.'],
  [S.Option, 'Option', 'One way to settle an issue: its clause, its secret worth to each side (0–100) and its citation.'],
  [S.Issue, 'Issue', 'An item on the agenda.'],
  [S.MoveKind, 'MoveKind', 'A kind of move.'],
  [S.Phase, 'Phase', 'A stage of the round: who opens, how many moves, which kinds of move are allowed (always include consult).'],
  [S.Move, 'Move', 'A scenario move: a card a side can play, with its citation.'],
  [S.Line, 'Line', 'What a side says when making a move of a generic kind.'],
  [S.OutsideEvent, 'OutsideEvent', 'Something that happens outside the room during a phase.'],
  [S.Delegate, 'Delegate', 'A member of a delegation.'],
  [S.Brief, 'Brief', "A side's private brief."],
  [S.Side, 'Side', 'A delegation and its brief.'],
  [S.Negotiator, 'Negotiator', 'How a side negotiates when the computer holds its seat.'],
  [S.WorldState, 'WorldState', 'The state of the world between rounds.'],
  [S.WorldPatch, 'WorldPatch', 'A change to the state of the world.'],
  [S.HistoricalAction, 'HistoricalAction', 'One historical action: a scenario move by id, a concession on an issue, or a generic kind.'],
  [S.RecordClause, 'RecordClause', 'What the real document settled on one issue (must carry a verbatim quote).'],
  [S.IslandRecord, 'IslandRecord', 'What the real document says about one island: named or not (say so in the text when not).'],
  [S.RecordFacts, 'RecordFacts', "The real record in brief: when and where, who signed or sent what, each island, what became of it, the other side's answer."],
  [S.Contested, 'Contested', 'A point the two sides (or historians) read differently.'],
  [S.Variant, 'Variant', 'How the round differs when it opens in a world history did not produce (campaign play): what the players read, what really happened instead, shifts in stance, record clauses that no longer compare.'],
  [S.BriefPatch, 'BriefPatch', "A side's brief in another world: a note added after the instructions, or instructions, interests, red lines or home situation that replace the historical round's."],
  [S.Interlude, 'Interlude', 'Something history did between the previous round and this one; in campaign play it happens only where its condition holds.'],
];

/** The JSON Schema of a round file, as the text of scenarios/round.schema.json. */
export function roundJsonSchema(): string {
  const metadata = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of DEFS) metadata.add(schema, { id, description });
  const generated = z.toJSONSchema(S.RoundFile, { io: 'input', unrepresentable: 'any', target: 'draft-07', metadata }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    $id: `urn:kuril-negotiation:round-schema:format-${S.SCENARIO_FORMAT}`,
    title: 'Kuril negotiation: round file',
    description:
      'A round of the negotiation game (scenarios/NNNN.yaml). Generated from src/engine/scenario/schema.ts by `npm run schema`; do not edit by hand. `npm run validate` checks what this schema cannot: ids, verbatim quotes and the historical lint.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Why the committed schema text is stale, or null when it matches the zod
 * schema (`undefined`: the file does not exist).
 */
export function schemaStaleness(current: string | undefined, shown = 'scenarios/round.schema.json'): string | null {
  if (current === roundJsonSchema()) return null;
  return current === undefined
    ? `${shown} is missing: run \`npm run schema\` to generate it from src/engine/scenario/schema.ts`
    : `${shown} is out of date with src/engine/scenario/schema.ts: run \`npm run schema\` and commit the result`;
}

function main(args: readonly string[]): number {
  const shown = relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE;
  if (args.includes('--check')) {
    let current: string | undefined;
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      current = undefined;
    }
    const stale = schemaStaleness(current, shown);
    if (stale !== null) {
      console.error(stale);
      return 1;
    }
    console.log(`ok ${shown} matches src/engine/scenario/schema.ts`);
    return 0;
  }
  writeFileSync(SCHEMA_FILE, roundJsonSchema());
  console.log(`wrote ${shown}`);
  return 0;
}

const invoked = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) process.exitCode = main(process.argv.slice(2));
