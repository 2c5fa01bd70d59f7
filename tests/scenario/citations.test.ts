// The citations test: every quote in every round file in scenarios/ (and in the
// minimal fixture, so the test means something before any round exists) stands
// verbatim in its source after collapsing whitespace, and every record clause
// carries a quote. This deliberately repeats the loader's check on the raw
// YAML, without the schema, so a quote is checked even in a file the schema
// would reject for some other reason.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quoteProblem } from '../../src/engine/scenario/citations';
import type { Quote } from '../../src/engine/scenario/schema';
import { ROOT, scenarioFiles, sourceLibrary } from '../../src/node/files';

const FIXTURE = join(ROOT, 'tests/fixtures/scenarios/valid-minimal.yaml');
const files = [...scenarioFiles(), FIXTURE].map((f) => relative(ROOT, f));

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const isQuote = (v: unknown): v is Quote => isRecord(v) && typeof v.quote === 'string' && typeof v.source === 'string';
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Every mapping with `source` and `quote` anywhere in the file, with where it is. */
function* quotesIn(value: unknown, path: string): Generator<{ path: string; quote: Quote }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* quotesIn(v, `${path}[${i}]`);
  } else if (isRecord(value)) {
    if (isQuote(value)) yield { path, quote: value };
    for (const [k, v] of Object.entries(value)) yield* quotesIn(v, path ? `${path}.${k}` : k);
  }
}

describe('citations', () => {
  it('checks at least the fixture, and every round file in scenarios/', () => {
    expect(files).toContain('tests/fixtures/scenarios/valid-minimal.yaml');
    expect(files.length).toBe(scenarioFiles().length + 1);
  });

  describe.each(files)('%s', (file) => {
    const data: unknown = parse(readFileSync(join(ROOT, file), 'utf8'));
    const round = isRecord(data) ? data : {};
    const endDate = typeof round.endDate === 'string' ? round.endDate : undefined;
    const quotes = [...quotesIn(data, '')];

    it('has quotes to check', () => expect(quotes.length).toBeGreaterThan(0));

    it('every quote is verbatim in its source (and marked retrospective when spoken after the round)', () => {
      const library = sourceLibrary();
      const problems = quotes.flatMap(({ path, quote }) => {
        const why = quoteProblem(quote, library, endDate);
        return why ? [`${path}: ${why}`] : [];
      });
      expect(problems).toEqual([]);
    });

    it('every record clause carries a verbatim quote', () => {
      const record = isRecord(round.record) ? round.record : {};
      const clauses = asList(record.clauses);
      expect(clauses.length).toBeGreaterThan(0);
      const unquoted = clauses.flatMap((c, i) => (isRecord(c) && asList(c.cite).some(isQuote) ? [] : [`record.clauses[${i}]`]));
      expect(unquoted).toEqual([]);
    });
  });
});
