/**
 * The debrief of a round: every move with its source, the meters over time,
 * the final document against the real one and the discussion questions, as a
 * plain-JSON record (the export a class-results page reads) and as Markdown.
 * Each export carries the pair's label and the scenario id and version.
 */
import { z } from 'zod';
import { SeatsSchema } from '../model/actions';
import { outcomeView, say, tableView, type CitationView } from '../view/viewModel';
import type { Action, GameState } from '../model/state';
import { METER_IDS, SIDE_IDS, type MeterId, type Scenario } from '../model/types';
import { briefScore } from '../stakes/briefScore';
import { COMPARISONS, outcomeOf } from '../model/outcome';
import { ActionSchema } from '../log/save';
import { WorldState } from '../scenario/schema';

export const DEBRIEF_FORMAT = 'kuril-negotiation-debrief';
export const DEBRIEF_VERSION = 1;

const Cite = z.union([
  z.strictObject({ kind: z.literal('quote'), source: z.string(), quote: z.string(), speaker: z.string(), date: z.string(), retrospective: z.boolean() }),
  z.strictObject({ kind: z.literal('background'), ref: z.string(), note: z.string() }),
]);
const Meters = z.strictObject({ trust: z.number(), 'support-japan': z.number(), 'support-russia': z.number(), pressure: z.number() });

export const Debrief = z.strictObject({
  format: z.literal(DEBRIEF_FORMAT),
  version: z.literal(DEBRIEF_VERSION),
  pair: z.string().min(1).max(80),
  scenario: z.strictObject({ id: z.string(), version: z.number().int(), title: z.string() }),
  seed: z.number(),
  seats: SeatsSchema,
  /** Which side the pair played, in words ("Japan", "both sides: …"); absent in exports made before it was added. */
  played: z.string().optional(),
  /** The world and meters the round opened with (a campaign round opens where the last one left): what a replay of the moves needs. */
  start: z.strictObject({ world: WorldState, meters: Meters }).optional(),
  status: z.enum(['concluded', 'breakdown']),
  headline: z.string(),
  /** What each side's principals at home said of a signed document (null: nothing signed); absent in exports made before it was added. */
  ratification: z
    .strictObject({
      ratified: z.boolean(),
      sides: z.array(z.strictObject({ side: z.enum(['japan', 'russia']), body: z.string(), ratified: z.boolean(), reason: z.string(), note: z.string() })),
    })
    .nullable()
    .optional(),
  /** The score against the brief of each side a student played (absent in exports made before it was added). */
  scores: z
    .array(
      z.strictObject({
        side: z.enum(['japan', 'russia']),
        sideName: z.string(),
        worth: z.number(),
        reservation: z.number(),
        recordWorth: z.number(),
        redLines: z.array(z.strictObject({ text: z.string(), kept: z.boolean() })),
        ratified: z.boolean().nullable(),
        ratification: z.string().nullable(),
        verdict: z.string(),
        rows: z.array(z.strictObject({ issue: z.string(), title: z.string(), weight: z.number(), label: z.string(), value: z.number() })),
      }),
    )
    .optional(),
  log: z.array(
    z.strictObject({
      n: z.number().int(),
      kind: z.enum(['phase', 'event', 'action']),
      side: z.enum(['japan', 'russia']).nullable(),
      speaker: z.string().nullable(),
      text: z.string(),
      citations: z.array(Cite),
    }),
  ),
  meters: z.strictObject({
    series: z.array(z.strictObject({ n: z.number().int(), values: Meters })),
    final: z.array(z.strictObject({ id: z.enum(['trust', 'support-japan', 'support-russia', 'pressure']), label: z.string(), value: z.number(), historical: z.number() })),
  }),
  clauses: z.array(
    z.strictObject({
      issue: z.string(),
      title: z.string(),
      option: z.string().nullable(),
      label: z.string().nullable(),
      yours: z.string().nullable(),
      recordOption: z.string().nullable(),
      record: z.string().nullable(),
      comparison: z.enum(COMPARISONS),
      words: z.string(),
      citations: z.array(Cite),
    }),
  ),
  questions: z.array(z.string()),
  actions: z.array(ActionSchema),
});
export type Debrief = z.output<typeof Debrief>;

/** Clean a pair label: trimmed, single-spaced, at most 80 characters; empty becomes "Unnamed pair". */
export const cleanPairLabel = (label: string): string => label.replace(/\s+/g, ' ').trim().slice(0, 80) || 'Unnamed pair';

/** Build the debrief of a finished (or abandoned) round; `opening` is the state it opened in (its world and meters). */
export function makeDebrief(s: Scenario, state: GameState, actions: readonly Action[], pair: string, opening?: GameState): Debrief {
  const table = tableView(s, state, 'japan');
  const out = outcomeView(s, state);
  const outcome = outcomeOf(s, state);
  const series: { n: number; values: Record<MeterId, number> }[] = [{ n: 0, values: { ...(opening?.meters ?? initialMeters(s)) } }];
  for (const e of state.log) if (e.kind === 'action') series.push({ n: e.n, values: { ...e.meters } });
  const cites = (c: readonly CitationView[]) => c.map((x) => ({ ...x }));
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    pair: cleanPairLabel(pair),
    scenario: { id: s.id, version: s.version, title: say(s.title) },
    seed: state.seed,
    seats: { ...state.seats },
    played: sidePlayed(s, state.seats),
    ...(opening ? { start: { world: opening.world, meters: { ...opening.meters } } } : {}),
    status: out.status,
    headline: out.headline,
    ratification: out.ratification ? { ratified: out.ratification.ratified, sides: out.ratification.sides.map((x) => ({ side: x.side, body: x.body, ratified: x.ratified, reason: x.reason, note: x.note })) } : null,
    scores: SIDE_IDS.filter((side) => state.seats[side] === 'human').map((side) => {
      const b = briefScore(s, state, side);
      const { sideName, worth, reservation, recordWorth, ratified, ratification, verdict } = b;
      return { side, sideName, worth, reservation, recordWorth, redLines: b.redLines.map((r) => ({ ...r })), ratified, ratification, verdict, rows: b.rows.map((r) => ({ issue: r.issue, title: r.title, weight: r.weight, label: r.yours.label, value: r.yours.value })) };
    }),
    // The shared record: the Japanese view's log minus private replies (a debrief is for the whole class).
    log: table.log.map((l) => ({ n: l.n, kind: l.kind, side: l.side, speaker: l.speaker, text: l.text, citations: cites(l.citations) })),
    meters: { series, final: out.meters.map((m) => ({ id: m.id, label: m.label, value: m.value, historical: m.historical })) },
    clauses: out.clauses.map((c, i) => ({
      issue: c.issue,
      title: c.title,
      option: outcome.clauses[i]?.option ?? null,
      label: c.yoursLabel,
      yours: c.yours,
      recordOption: recordOptionOf(s, c.issue),
      record: c.record,
      comparison: c.comparison,
      words: c.words,
      citations: cites(c.citations),
    })),
    questions: [...out.questions],
    actions: actions.map((a) => ({ ...a }) as Debrief['actions'][number]),
  };
}

/** The side(s) the students played, named as the round names them. */
export function sidePlayed(s: Scenario, seats: GameState['seats']): string {
  const name = (side: 'japan' | 'russia') => say(s.sides[side].name);
  const humans = (['japan', 'russia'] as const).filter((side) => seats[side] === 'human');
  if (humans.length === 2) return `both sides, two students at one screen (${name('japan')} and ${name('russia')})`;
  if (humans.length === 1) return `${name(humans[0] as 'japan' | 'russia')}, against the computer`;
  return 'neither side (the computer played both)';
}

/** The space left for a written answer under each question, in Markdown. */
const ANSWER_LINES = 4;

const initialMeters = (s: Scenario): Record<MeterId, number> =>
  Object.fromEntries(METER_IDS.map((id) => [id, s.meters[id].initial])) as Record<MeterId, number>;

/** The option the record holds for an issue; null where history reached no agreement on it. */
const recordOptionOf = (s: Scenario, issue: string): string | null => {
  const r = s.record.clauses.find((x) => x.issue === issue);
  return r?.agreed ? r.option : null;
};

const citeMd = (c: Debrief['log'][number]['citations'][number]): string =>
  c.kind === 'quote' ? `“${c.quote}” — ${c.speaker}, ${c.date}${c.retrospective ? ' (said later)' : ''} [${c.source}]` : `${c.ref}: ${c.note}`;

const escapeCell = (t: string | null): string => (t ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The debrief as Markdown, for printing or pasting into a class document. */
export function debriefMarkdown(d: Debrief): string {
  const lines: string[] = [];
  lines.push(`# Debrief: ${d.scenario.title}`, '');
  lines.push(`Pair: **${d.pair}** · Round ${d.scenario.id} (scenario version ${d.scenario.version}) · seed ${d.seed}`, '');
  if (d.played) lines.push(`Side played: **${d.played}**`, '');
  lines.push(d.headline, '');
  if (d.ratification) {
    lines.push(`## ${d.ratification.ratified ? 'Ratified at home' : 'Signed, not ratified: the document does not come into force'}`, '');
    for (const x of d.ratification.sides) lines.push(`- ${x.reason}${x.note ? ` (${x.note})` : ''}`);
    lines.push('');
  }
  for (const b of d.scores ?? []) {
    lines.push(`## Score against the brief: ${b.sideName}`, '', b.verdict, '');
    lines.push(`Worth ${b.worth} · walk-away point ${b.reservation} · the real document ${b.recordWorth}${b.ratification ? ` · ${b.ratification}` : ''}`, '');
    lines.push('| Issue | Weight | Result reached | Worth |', '|---|---|---|---|');
    for (const r of b.rows) lines.push(`| ${escapeCell(r.title)} | ${r.weight} | ${escapeCell(r.label)} | ${r.value} |`);
    lines.push('');
    for (const r of b.redLines) lines.push(`- ${r.kept ? 'Kept' : '**Crossed**'}: ${r.text}`);
    lines.push('');
  }
  lines.push('## The document against the record', '');
  lines.push('| Clause | Your document | The real record | Comparison |', '|---|---|---|---|');
  for (const c of d.clauses) lines.push(`| ${escapeCell(c.title)} | ${escapeCell(c.yours)} | ${escapeCell(c.record)} | ${escapeCell(c.words)} |`);
  lines.push('', '### Sources for the record', '');
  for (const c of d.clauses) for (const x of c.citations) lines.push(`- ${c.title}: ${citeMd(x)}`);
  lines.push('', '## Meters', '', '| Meter | End of your round | Historical |', '|---|---|---|');
  for (const m of d.meters.final) lines.push(`| ${m.label} | ${m.value} | ${m.historical} |`);
  lines.push('', '## Every move', '');
  for (const l of d.log) {
    if (l.kind === 'phase') lines.push('', `### ${l.text}`, '');
    else if (l.kind === 'event') lines.push(`- *Event:* ${l.text}${l.citations.length ? ` (${l.citations.map(citeMd).join('; ')})` : ''}`);
    else lines.push(`- **${l.speaker ?? l.side ?? ''}:** ${l.text}${l.citations.length ? `  \n  Source: ${l.citations.map(citeMd).join('; ')}` : ''}`);
  }
  lines.push('', '## Discussion questions', '');
  d.questions.forEach((q, i) => lines.push(`${i + 1}. ${q}`, '', '   Your answer:', '', ...Array.from({ length: ANSWER_LINES }, () => '   ______________________________________________________________'), ''));
  lines.push('');
  return lines.join('\n');
}
