/**
 * Scenario format migrations: a round file written for an older format is
 * brought up to the format this engine reads (SCENARIO_FORMAT) as it loads,
 * one step at a time, before the schema sees it. `npm run migrate` writes the
 * same change into the file itself (src/cli/migrate.ts).
 */
import { SCENARIO_FORMAT } from './schema';

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the author reading `npm run migrate`'s output. */
  readonly what: string;
  readonly up: (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    what:
      'format 2 takes the islands, the collective names and the meter labels from scenarios/common.yaml when a round leaves them out; a format-1 file gives them all, which format 2 still reads as the round\'s own',
    up: (data) => ({ ...data, format: 2 }),
  },
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The format a file's data declares, when it declares an older one this engine can migrate. */
export const olderFormat = (data: unknown): number | null =>
  isRecord(data) && typeof data.format === 'number' && Number.isInteger(data.format) && data.format >= 1 && data.format < SCENARIO_FORMAT ? data.format : null;

/**
 * Data of an older format, migrated to the current one; anything else (the
 * current format, an unknown one, no mapping at all) is returned as it is
 * for the schema to judge.
 */
export function migrateRound(data: unknown): unknown {
  let out = data;
  for (let format = olderFormat(out); format !== null && isRecord(out); format = olderFormat(out)) {
    const step = MIGRATIONS.find((m) => m.from === format);
    if (!step) break;
    out = step.up(out);
  }
  return out;
}
