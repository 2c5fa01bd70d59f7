/**
 * Rewriting a round file in the current format, as text: the lines an author
 * wrote stay as they are (comments, quoting, wrapping), and only what the
 * migration changes is edited — the `format` number, and (format 1 → 2) the
 * islands block, the collective names and any meter label that only repeat
 * scenarios/common.yaml, which are removed so the round refers to them.
 * Pure; `npm run migrate` (src/cli/migrate.ts) reads and writes the file.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { z } from 'zod';
import { olderFormat } from './migrate';
import { Islands, METER_IDS, SCENARIO_FORMAT, Text } from './schema';
import { resolveRound, type CommonData } from './shared';

export interface TextMigration {
  readonly text: string;
  /** One line per change, for the author. */
  readonly changes: readonly string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const PerSideText = z.strictObject({ japan: Text, russia: Text });

/** The round file's text in format SCENARIO_FORMAT (unchanged when it already is, or is no round file). */
export function migrateRoundText(text: string, common: CommonData): TextMigration {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const data: unknown = doc.toJS();
  const from = olderFormat(data);
  if (from === null || doc.errors.length > 0 || !isMap(doc.contents)) return { text, changes: [] };
  const root = doc.contents;
  const edits: { start: number; end: number; insert: string }[] = [];
  const changes: string[] = [];
  const pairOf = (map: unknown, key: string): Pair | undefined => (isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined);
  const lineStart = (pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = (pos: number) => {
    const i = text.indexOf('\n', pos);
    return i === -1 ? text.length : i + 1;
  };
  /** Remove a block-style entry: its key's line through its value's last line. */
  const dropBlock = (key: string, why: string) => {
    const p = pairOf(root, key);
    if (!p || !isScalar(p.key) || !p.key.range || !isPair(p) || !(p.value as { range?: number[] } | null)?.range) return;
    const end = (p.value as { range: [number, number, number] }).range[1];
    edits.push({ start: lineStart(p.key.range[0]), end: lineEnd(Math.max(end - 1, p.key.range[0])), insert: '' });
    changes.push(`removed ${key} (line ${counter.linePos(p.key.range[0]).line}): ${why}`);
  };

  const fmt = pairOf(root, 'format');
  if (fmt && isScalar(fmt.value) && fmt.value.range) {
    edits.push({ start: fmt.value.range[0], end: fmt.value.range[1], insert: String(SCENARIO_FORMAT) });
    changes.push(`format ${from} → ${SCENARIO_FORMAT}`);
  }
  const raw = data as Record<string, unknown>;
  const islands = Islands.safeParse(raw.islands);
  if (islands.success && same(islands.data, common.islands)) dropBlock('islands', 'the same as scenarios/common.yaml');
  const names = PerSideText.safeParse(raw.collectiveNames);
  if (names.success && same(names.data, common.collectiveNames)) dropBlock('collectiveNames', 'the same as scenarios/common.yaml');

  // A meter label that is the shared one (with this round's side names) goes.
  const sides = raw.sides as { japan?: { short?: unknown }; russia?: { short?: unknown } } | undefined;
  const short = (t: unknown) => Text.safeParse(t);
  const js = short(sides?.japan?.short);
  const rs = short(sides?.russia?.short);
  const meters = pairOf(root, 'meters')?.value;
  if (js.success && rs.success && isMap(meters)) {
    const shared = resolveRound({ sides: { japan: { short: js.data }, russia: { short: rs.data } }, meters: Object.fromEntries(METER_IDS.map((m) => [m, { initial: 0, historical: 0 }])) } as never, common).meters;
    for (const id of METER_IDS) {
      const meter = pairOf(meters, id)?.value;
      const label = pairOf(meter, 'label');
      const value = label && isScalar(label.value) ? Text.safeParse(label.value.value) : undefined;
      if (!label || !isMap(meter) || !value?.success || !same(value.data, shared[id].label) || !isScalar(label.key) || !label.key.range) continue;
      const next = meter.items[meter.items.indexOf(label) + 1];
      const end = next && isScalar(next.key) && next.key.range ? next.key.range[0] : undefined;
      if (end === undefined) continue;
      edits.push({ start: label.key.range[0], end, insert: '' });
      changes.push(`removed meters.${id}.label (line ${counter.linePos(label.key.range[0]).line}): the shared label "${shared[id].label.en}"`);
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return { text: out, changes };
}
