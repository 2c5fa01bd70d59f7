// Scenario validation as an author meets it: every malformed fixture in
// tests/fixtures/scenarios/bad/ (a copy of valid-minimal.yaml with one defect)
// must fail with exactly the error lines below — `file:line:column: path:
// message` — pointing at the offending key; `npm run validate` must print them
// and exit 1; the JSON Schema editors use must match the zod schema.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundJsonSchema, schemaStaleness, SCHEMA_FILE } from '../../src/cli/schema';
import { collapseWhitespace, findQuote, quoteProblem, type SourceDocument } from '../../src/engine/scenario/citations';
import { formatError, loadScenario } from '../../src/engine/scenario/load';
import type { Quote } from '../../src/engine/scenario/schema';
import { ROOT, sharedData, sourceLibrary } from '../../src/node/files';

const FIXTURES = 'tests/fixtures/scenarios';
const MINIMAL = `${FIXTURES}/valid-minimal.yaml`;
const badFile = (name: string) => `${FIXTURES}/bad/${name}.yaml`;
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
/** Load a fixture with the real source library, labelled by its path from the repository root. */
const load = (rel: string) => loadScenario(rel, read(rel), { sources: sourceLibrary(), shared: sharedData() });

/** The library grows as rounds are added; the unknown-source message lists it. */

/** Every bad fixture → the exact error lines it produces. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'yaml-syntax': [
    `tests/fixtures/scenarios/bad/yaml-syntax.yaml:165:5: YAML syntax: Implicit keys need to be on a single line (is a colon missing after a key, or is a line indented too far?)`,
  ],
  'yaml-duplicate-key': [
    `tests/fixtures/scenarios/bad/yaml-duplicate-key.yaml:166:5: YAML syntax: the key "label" appears twice in the same mapping`,
  ],
  'unknown-source': [
    `tests/fixtures/scenarios/bad/unknown-source.yaml:196:7: moves[2].cite.source: unknown source "compendium-5": did you mean "compendium-v"?`,
  ],
  'not-verbatim': [
    `tests/fixtures/scenarios/bad/not-verbatim.yaml:258:7: moves[7].cite.quote: quote is not verbatim in source "compendium-v" (003_a37427c2a2beaa8e.txt): "shall take place once a peace treaty is concluded"`,
  ],
  'curly-apostrophe': [
    `tests/fixtures/scenarios/bad/curly-apostrophe.yaml:355:7: lines[8].cite.quote: quote is not verbatim in source "compendium-v" (003_a37427c2a2beaa8e.txt): "acknowledge the receipt of Your Excellency’s letter" — the source has "'" where the quote has "’" at character 43`,
  ],
  'changed-digit': [
    `tests/fixtures/scenarios/bad/changed-digit.yaml:337:7: lines[3].cite.quote: quote is not verbatim in source "compendium-v" (003_a37427c2a2beaa8e.txt): "Signed on October 18, 1956 in Moscow." — the source has "9" where the quote has "8" at character 20`,
  ],
  'ellipsis': [
    `tests/fixtures/scenarios/bad/ellipsis.yaml:74:11: sides.russia.brief.excerpts[0].quote: a quote may not span an ellipsis: quote the words on one side of it`,
  ],
  'missing-side': [
    `tests/fixtures/scenarios/bad/missing-side.yaml:40:1: sides.russia: "russia" is missing (expected a mapping)`,
  ],
  'missing-field': [
    `tests/fixtures/scenarios/bad/missing-field.yaml:153:5: phases[1].turns: "turns" is missing (expected a number)`,
  ],
  'dangling-history-move': [
    `tests/fixtures/scenarios/bad/dangling-history-move.yaml:388:7: history.japan[1].move: unknown move "jp-four-islands": did you mean "jp-four"?`,
  ],
  'dangling-option': [
    `tests/fixtures/scenarios/bad/dangling-option.yaml:294:5: moves[10].option: "nothing" is not an option of issue "islands" (options: four-islands, two-after-treaty, none)`,
  ],
  'duplicate-move-id': [
    `tests/fixtures/scenarios/bad/duplicate-move-id.yaml:261:5: moves[8].id: duplicate move id "su-two" (first used at moves[7])`,
  ],
  'wrong-type': [
    `tests/fixtures/scenarios/bad/wrong-type.yaml:151:5: phases[0].turns: expected a number, got the text "twelve"`,
  ],
  'quoted-number': [
    `tests/fixtures/scenarios/bad/quoted-number.yaml:79:28: meters.trust.initial: expected a number, got the text "40" (remove the quotes)`,
  ],
  'unquoted-id': [
    `tests/fixtures/scenarios/bad/unquoted-id.yaml:7:1: id: expected text, got 1956 (put it in quotes: "1956")`,
  ],
  'out-of-range': [
    `tests/fixtures/scenarios/bad/out-of-range.yaml:124:18: agenda[1].options[0].value.japan: must be at most 100, got 140`,
  ],
  'unknown-key': [
    `tests/fixtures/scenarios/bad/unknown-key.yaml:251:5: moves[7].speeker: unknown key "speeker": did you mean "speaker"?`,
  ],
  'cite-typo': [
    `tests/fixtures/scenarios/bad/cite-typo.yaml:409:9: record.clauses[0].cite.speeker: unknown key "speeker": did you mean "speaker"?`,
  ],
  'bad-history-action': [
    `tests/fixtures/scenarios/bad/bad-history-action.yaml:391:7: history.japan[4].do: expected one of "consult", "accept", "sign", "walk-out", got the text "sing"`,
  ],
  'retrospective-unmarked': [
    `tests/fixtures/scenarios/bad/retrospective-unmarked.yaml:428:9: record.next[0].cite.date: quote dated 1960-01-27 was spoken after the round (ends 1956-10-19): mark it retrospective: true`,
  ],
  'lint-error': [
    `tests/fixtures/scenarios/bad/lint-error.yaml:374:5: events[0].text: the USSR never handed over or returned any island [no-island-returned]: "Rumours in Tokyo say the Soviet Union returned Shikotan last spring."`,
  ],
  'too-few-quotes': [
    `tests/fixtures/scenarios/bad/too-few-quotes.yaml:160:1: moves: russia needs at least 4 positions with a verbatim quote, has 3`,
  ],
  'stale-format': [
    `tests/fixtures/scenarios/bad/stale-format.yaml:6:1: format: this file is format 0, but this engine reads format 2 (and migrates format 1 when a file loads); update the file (see docs/authoring.md)`,
  ],
  'later-idea': [
    `tests/fixtures/scenarios/bad/later-idea.yaml:139:9: agenda[1].options[2].label: option "none" offers an idea first proposed at Irkutsk (2001-03-25), after this round (1956-10-19): give it firstProposed { date, event } so the move is marked "not yet on the table", or remove it [first-proposed]`,
  ],
  'speaker-era': [
    `tests/fixtures/scenarios/bad/speaker-era.yaml:269:5: moves[8].cite: "su-good-will" is voiced in 1956 on the strength of later sources only (1960-01-27): cite what the speaker or their government said by then, or mark it counterfactual [speaker-era]`,
  ],
  'one-name': [
    `tests/fixtures/scenarios/bad/one-name.yaml:14:1: setting: shared text names Kunashiri with one side's name only (1×): write both, "Kunashiri/Kunashir", "Etorofu/Iturup" [both-names]`,
  ],
  'counterfactual-wording': [
    `tests/fixtures/scenarios/bad/counterfactual-wording.yaml:267:5: moves[8].counterfactual: a counterfactual mark reads "No record of …; plausible because …" [counterfactual-mark]`,
  ],
};

/**
 * Where each fixture's (first) error must point: the text that stands at its
 * line and column, and which occurrence of that text in the file it is.
 */
const POINTS_AT: Readonly<Record<string, readonly [string, number]>> = {
  'yaml-syntax': ['label "Relations first"', 1],
  'yaml-duplicate-key': ['label: "Embassies first"', 1],
  'unknown-source': ['source: compendium-5', 1],
  'not-verbatim': ['quote: "shall take place once', 1],
  'curly-apostrophe': ['quote: "acknowledge the receipt', 1],
  'changed-digit': ['quote: "Signed on October 18', 1],
  'ellipsis': ['quote: "agrees to hand over to Japan …', 1],
  'missing-side': ['sides:', 1],
  'missing-field': ['id: signing', 1],
  'dangling-history-move': ['move: jp-four-islands', 1],
  'dangling-option': ['option: nothing', 1],
  'duplicate-move-id': ['id: su-two', 2],
  'wrong-type': ['turns: "twelve"', 1],
  'quoted-number': ['initial: "40"', 1],
  'unquoted-id': ['id: 1956', 1],
  'out-of-range': ['japan: 140', 1],
  'unknown-key': ['speeker: gromyko', 1],
  'cite-typo': ['speeker: "Matsumoto', 1],
  'bad-history-action': ['do: sing', 1],
  'retrospective-unmarked': ['date: "1960-01-27"', 1],
  'lint-error': ['text: "Rumours in Tokyo', 1],
  'too-few-quotes': ['moves:', 1],
  'stale-format': ['format: 0', 1],
  'later-idea': ['label: "Two islands first', 1],
  'speaker-era': ['cite:', 14],
  'one-name': ['setting:', 1],
  'counterfactual-wording': ['counterfactual:', 1],
};

describe('the minimal fixture', () => {
  it('loads with the real source library', () => {
    const r = load(MINIMAL);
    expect(r.ok ? [] : r.error.map(formatError)).toEqual([]);
    if (!r.ok) return;
    expect(r.value.id).toBe('1956');
    for (const side of ['japan', 'russia'] as const) {
      const positions = r.value.moves.filter((m) => m.side === side && m.kind === 'position');
      expect(positions.length).toBeGreaterThanOrEqual(6);
      expect(positions.filter((m) => m.cite.some((c) => 'quote' in c)).length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('malformed scenarios', () => {
  const names = readdirSync(join(ROOT, FIXTURES, 'bad'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();

  it('every bad fixture has its expected errors, and every entry a fixture', () => {
    expect(names).toEqual(Object.keys(EXPECTED).sort());
    expect(names.length).toBeGreaterThanOrEqual(14);
  });

  it.each(names)('%s: fails with exactly the expected error lines', (name) => {
    const r = load(badFile(name));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.error.map(formatError)).toEqual(EXPECTED[name]);
  });

  it.each(names)('%s: the error points at the offending key', (name) => {
    const r = load(badFile(name));
    const first = r.ok ? undefined : r.error[0];
    const target = POINTS_AT[name];
    if (!first || !target) throw new Error(`${name}: no error or no POINTS_AT entry`);
    const [text, occurrence] = target;
    const lines = read(badFile(name)).split('\n');
    const hits = lines.flatMap((l, i) => (l.includes(text) ? [i] : []));
    const index = hits[occurrence - 1];
    if (index === undefined) throw new Error(`${name}: "${text}" occurs ${hits.length} time(s) in the fixture`);
    expect({ line: first.line, column: first.column }).toEqual({ line: index + 1, column: (lines[index] ?? '').indexOf(text) + 1 });
  });

  it('each bad fixture differs from the minimal one in one small place', () => {
    const body = (text: string) => text.split('\n').filter((l) => !l.startsWith('#'));
    const minimal = body(read(MINIMAL));
    for (const name of names) {
      const bad = body(read(badFile(name)));
      const shorter = Math.min(minimal.length, bad.length);
      let head = 0;
      while (head < shorter && minimal[head] === bad[head]) head++;
      let tail = 0;
      while (tail < shorter - head && minimal[minimal.length - 1 - tail] === bad[bad.length - 1 - tail]) tail++;
      const removed = minimal.length - head - tail;
      const added = bad.length - head - tail;
      // One defect: a few lines changed in one place, or one block taken out (the missing side).
      expect({ name, removed, added, oneDefect: (removed <= 5 && added <= 5 && removed + added > 0) || (added === 0 && removed > 0) }).toMatchObject({
        name,
        oneDefect: true,
      });
    }
  });
});

describe('messages for other common slips', () => {
  // Each case edits the minimal fixture in memory: [what to replace, with what, the error lines].
  const SLIPS: readonly [string, string, string, readonly string[]][] = [
    ['two letters swapped in a key', '    - move: jp-relations\n', '    - mvoe: jp-relations\n', [
      'slip.yaml:387:7: history.japan[0].mvoe: unknown key "mvoe": did you mean "move"?',
    ]],
    ['a number where text belongs', '    label: "Relations first"\n', '    label: 42\n', [
      'slip.yaml:165:5: moves[0].label: expected text, got 42 (put it in quotes: "42")',
    ]],
    ['a language the game does not know', '    label: "Relations first"\n', '    label: { en: "Relations first", fr: "Les relations" }\n', [
      'slip.yaml:165:37: moves[0].label.fr: unknown key "fr" (allowed here: en, ja, ru)',
    ]],
    ['a line without its citation', '    cite: { ref: "Hellmann (1969), ch. 5", note: "The party bound the delegation." }\n', '', [
      'slip.yaml:324:5: lines[1].cite: "cite" is missing (expected a mapping or a list)',
    ]],
    ['a misspelt kind in a flow list', 'kinds: [propose, concede, accept, sign, consult, walk-out]', 'kinds: [propose, concede, accept, sign, consul, walk-out]', [
      'slip.yaml:158:45: phases[1].kinds[4]: expected one of "position", "propose", "concede", "link", "unlink", "appeal", "consult", "accept", "sign", "walk-out", got the text "consul"',
    ]],
    ['a tab in the indentation (one error, not the cascade after it)', '    speaker: hatoyama\n    label: "Relations first"', '\tspeaker: hatoyama\n    label: "Relations first"', [
      'slip.yaml:164:1: YAML syntax: Tabs are not allowed as indentation: indent with spaces',
    ]],
    ['six questions', '  - "What did the outside powers change?"\n', '  - "What did the outside powers change?"\n  - "One more?"\n  - "And another?"\n  - "And a sixth?"\n', [
      'slip.yaml:438:1: questions: may have at most 5 entries, has 6',
    ]],
    ['a date in words', 'date: "1956-10-13"', 'date: "13 October 1956"', [
      'slip.yaml:10:1: date: expected a date written YYYY-MM-DD, got the text "13 October 1956"',
    ]],
    ['a campaign variant that holds in history itself', '  - "What did the outside powers change?"\n', '  - "What did the outside powers change?"\nvariants:\n  - id: same-world\n    when: { peaceTreaty: false }\n    title: "No peace treaty"\n    text: "As in history."\n    history: "As in history."\n    cite: { ref: "Hellmann (1969), ch. 5", note: "The party bound the delegation." }\n', [
      'slip.yaml:444:5: variants[0].when: variant "same-world" holds in the round\'s own historical world (see "world"): it must describe a world history did not produce',
    ]],
    ['a campaign variant naming a record clause the round does not have', '  - "What did the outside powers change?"\n', '  - "What did the outside powers change?"\nvariants:\n  - id: treaty-world\n    when: { peaceTreaty: true }\n    title: "A peace treaty"\n    text: "In your history a treaty was signed."\n    history: "No treaty was signed."\n    cite: { ref: "Hellmann (1969), ch. 5", note: "The party bound the delegation." }\n    record: [{ clause: rec-nope, note: "Not comparable." }]\n', [
      'slip.yaml:449:16: variants[0].record[0].clause: unknown record clause "rec-nope" (record: rec-relations, rec-islands)',
    ]],
    ['an interlude dated after the round opens', '  - "What did the outside powers change?"\n', '  - "What did the outside powers change?"\nsince:\n  - id: later\n    date: "1957-01-01"\n    title: "Later"\n    text: "Something later."\n    cite: { ref: "Hellmann (1969), ch. 5", note: "The party bound the delegation." }\n    world: {}\n', [
      'slip.yaml:444:5: since[0].date: interlude "later" is dated 1957-01-01, after the round opens (1956-10-13)',
    ]],
    ['a mistyped issue id in a floor: the nearest id is suggested', 'floors: { islands: 50 }', 'floors: { island: 50 }', [
      'slip.yaml:382:53: negotiators.russia.floors.island: unknown issue "island": did you mean "islands"?',
    ]],
    ['a mistyped fallback option', '    fallback: no-deal', '    fallback: no-dael', [
      'slip.yaml:97:5: agenda[0].fallback: fallback "no-dael" is not an option of issue "relations": did you mean "no-deal"?',
    ]],
    ['a mistyped phase of an event', '    phase: talks', '    phase: talk', [
      'slip.yaml:375:5: events[0].phase: unknown phase "talk": did you mean "talks"?',
    ]],
    ['no format line', 'format: 1\n', '', [
      'slip.yaml:6:1: format: "format" is missing: add "format: 2" at the top of the file (the scenario format this engine reads)',
    ]],
  ];
  const minimal = read(MINIMAL);

  it.each(SLIPS)('%s', (_, from, to, expected) => {
    expect(minimal.split(from).length).toBe(2);
    const r = loadScenario('slip.yaml', minimal.replace(from, to), { sources: sourceLibrary(), shared: sharedData() });
    expect(r.ok ? [] : r.error.map(formatError)).toEqual(expected);
  });

  it('an empty file', () => {
    const r = loadScenario('empty.yaml', '# nothing yet\n', { sources: sourceLibrary(), shared: sharedData() });
    expect(r.ok ? [] : r.error.map(formatError)).toEqual([
      'empty.yaml:1:1: the file holds no scenario: a round file is a mapping of keys (format, id, version, title, …)',
    ]);
  });
});

describe('npm run validate', () => {
  const validate = (file: string) =>
    spawnSync('npx', ['tsx', 'src/cli/validate.ts', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('exits 1 and prints the error lines for a bad file', () => {
    const r = validate(badFile('wrong-type'));
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toEqual(expect.arrayContaining([...(EXPECTED['wrong-type'] ?? ['?'])]));
  });

  it('exits 1 on a YAML syntax error', () => {
    const r = validate(badFile('yaml-syntax'));
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toEqual(expect.arrayContaining([...(EXPECTED['yaml-syntax'] ?? ['?'])]));
  });

  it('exits 0 on the minimal fixture', () => {
    const r = validate(MINIMAL);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`ok ${MINIMAL} (round 1956, version 1)`);
  });
});

describe('scenarios/round.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema now (run it if this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(roundJsonSchema());
    expect(schemaStaleness(readFileSync(SCHEMA_FILE, 'utf8'))).toBeNull();
  });

  it('--check reports a stale or missing file clearly', () => {
    expect(schemaStaleness('{}\n')).toBe(
      'scenarios/round.schema.json is out of date with src/engine/scenario/schema.ts: run `npm run schema` and commit the result',
    );
    expect(schemaStaleness(undefined)).toMatch(/^scenarios\/round\.schema\.json is missing: run `npm run schema`/);
  });

  it('is draft-07 JSON, with an id, a title, and format 2 required', () => {
    const schema = JSON.parse(roundJsonSchema()) as { $schema: string; $id: string; title: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^urn:/);
    expect(schema.title).toBeTruthy();
    expect(schema.required).toContain('format');
    expect(schema.properties.format).toEqual({ type: 'number', const: 2 });
  });
});

describe('quoteProblem and findQuote', () => {
  const library = sourceLibrary();
  const doc = library['compendium-v'] as SourceDocument;
  const quote = (text: string, extra: Partial<Quote> = {}): Quote => ({
    source: 'compendium-v',
    quote: text,
    speaker: 'test',
    date: '1956-10-19',
    ...extra,
  });

  it('collapses whitespace, and only whitespace', () => {
    expect(collapseWhitespace('  the \n\t Habomai   Islands \r\n')).toBe('the Habomai Islands');
  });

  it('matches a quote across a line break in the source', () => {
    // The source breaks this title over two lines.
    const text = 'First Deputy Minister of Foreign Affairs of the Union of Soviet Socialist Republics';
    const at = findQuote(doc, text);
    expect(at).not.toBeNull();
    const raw = doc.text.slice(at?.start ?? 0, at?.end ?? 0);
    expect(raw).toContain('\n');
    expect(collapseWhitespace(raw)).toBe(text);
    expect(quoteProblem(quote(text), library)).toBeNull();
    // … and however the quote itself is wrapped in the YAML.
    expect(quoteProblem(quote('First Deputy Minister\n   of Foreign Affairs of the Union'), library)).toBeNull();
  });

  it('rejects a curly apostrophe where the source has a straight one, naming the character', () => {
    const text = 'Your Excellency\u2019s letter of September 29, 1956';
    expect(findQuote(doc, text)).toBeNull();
    expect(findQuote(doc, text.replace('\u2019', "'"))).not.toBeNull();
    expect(quoteProblem(quote(text), library)).toBe(
      `quote is not verbatim in source "compendium-v" (003_a37427c2a2beaa8e.txt): "Your Excellency\u2019s letter of September 29, 1956" — the source has "'" where the quote has "\u2019" at character 16`,
    );
  });

  it('names a changed digit', () => {
    expect(quoteProblem(quote('Ratified on December 8, 1956.'), library)).toMatch(/ — the source has "7" where the quote has "8" at character 22$/);
  });

  it('finds a near miss in the first characters too (anchored on the end of the quote)', () => {
    expect(quoteProblem(quote('Ratifiad on December 7, 1956.'), library)).toMatch(/ — the source has "e" where the quote has "a" at character 7$/);
  });

  it('gives no hint for a paraphrase', () => {
    expect(quoteProblem(quote('the Soviet Union will give Japan two islands'), library)).toBe(
      'quote is not verbatim in source "compendium-v" (003_a37427c2a2beaa8e.txt): "the Soviet Union will give Japan two islands"',
    );
  });

  it('rejects an ellipsis, even one that stands in the source', () => {
    expect(quoteProblem(quote('hand over to Japan \u2026 Shikotan'), library)).toMatch(/may not span an ellipsis/);
    expect(quoteProblem(quote('...It is extremely incomprehensible'), library)).toMatch(/may not span an ellipsis/);
  });

  it('names the known sources for an unknown one', () => {
    expect(quoteProblem(quote('anything', { source: 'nowhere' }), library)).toBe(
      `unknown source "nowhere" (known: ${Object.keys(library).sort().join(', ')})`,
    );
  });

  it('checks the retrospective mark against the end of the round', () => {
    const later = quote('only if all foreign troops are withdrawn from Japan', { date: '1960-01-27' });
    expect(quoteProblem(later, library)).toBeNull();
    expect(quoteProblem(later, library, '1956-10-19')).toBe(
      'quote dated 1960-01-27 was spoken after the round (ends 1956-10-19): mark it retrospective: true',
    );
    expect(quoteProblem({ ...later, retrospective: true }, library, '1956-10-19')).toBeNull();
    expect(quoteProblem({ ...later, retrospective: true }, library, '1960-12-31')).toMatch(/is marked retrospective but falls within the round/);
  });
});
