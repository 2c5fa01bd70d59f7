// Scenario format 2 and its migration from format 1, and the shared data:
// a format-1 round (everything written out) loads to exactly the round its
// format-2 file loads to; `npm run migrate`'s text rewrite keeps the round;
// the shared files' own errors name file and line.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine/log/canonical';
import { formatError, loadScenario } from '../../src/engine/scenario/load';
import { migrateRound } from '../../src/engine/scenario/migrate';
import { migrateRoundText } from '../../src/engine/scenario/migrateText';
import { loadShared } from '../../src/engine/scenario/sharedLoad';
import { loadRound, ROOT, SCENARIOS, scenarioFiles, SHARED_FILES, sharedData, sourceLibrary } from '../../src/node/files';

const options = () => ({ sources: sourceLibrary(), shared: sharedData() });
const ROUNDS = scenarioFiles().map((f) => basename(f, '.yaml'));

describe('format 1 → 2', () => {
  it.each(ROUNDS)('%s written out in format 1 loads to the same round', (id) => {
    const round = loadRound(id);
    const format1 = JSON.stringify({ ...round, format: 1 });
    const r = loadScenario(`${id}-format1.yaml`, format1, options());
    expect(r.ok ? canonicalJson(r.value) : r.error.map(formatError)).toEqual(canonicalJson(round));
  });
  it('leaves an unknown format for the schema to name', () => {
    expect(migrateRound({ format: 7 })).toEqual({ format: 7 });
    const r = loadScenario('x.yaml', 'format: 7\n', options());
    expect(r.ok ? [] : r.error.map(formatError)).toContain(
      'x.yaml:1:1: format: this file is format 7, but this engine reads format 2 (and migrates format 1 when a file loads); update the file (see docs/authoring.md)',
    );
  });
  it('npm run migrate rewrites a format-1 file to refer to the shared parts and keeps its comments', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/scenarios/valid-minimal.yaml'), 'utf8');
    const m = migrateRoundText(text, sharedData().common);
    expect(m.changes[0]).toBe('format 1 → 2');
    expect(m.changes.some((c) => c.startsWith('removed islands'))).toBe(true);
    expect(m.text).toContain('# Test fixture: the smallest complete round');
    expect(m.text).not.toMatch(/^islands:/m);
    const before = loadScenario('a.yaml', text, options());
    const after = loadScenario('a.yaml', m.text, options());
    expect(after.ok && before.ok && canonicalJson(after.value) === canonicalJson(before.value)).toBe(true);
    expect(migrateRoundText(m.text, sharedData().common).changes).toEqual([]);
  });
});

describe('shared data', () => {
  it('a round that leaves them out gets the common islands and meter labels with its side names', () => {
    const s = loadRound('2000');
    expect(s.islands.map((i) => i.names.russia.en)).toEqual(['Habomai', 'Shikotan', 'Kunashir', 'Iturup']);
    expect(s.meters['support-russia'].label.en).toBe('Support at home: Russia');
    expect(loadRound('1956').meters['support-russia'].label.en).toBe('Support at home: USSR');
  });
  const text = (path: string) => readFileSync(path, 'utf8');
  const files = (lint: string) => ({ common: { file: 'scenarios/common.yaml', text: text(SHARED_FILES.common) }, lint: { file: 'scenarios/history-lint.yaml', text: lint } });
  const lintErrors = (edit: (t: string) => string) => {
    const r = loadShared(files(edit(text(SHARED_FILES.lint))), sourceLibrary());
    return r.ok ? [] : r.error.map(formatError);
  };
  it('the shipped files load', () => expect(lintErrors((t) => t)).toEqual([]));
  it('a rule that misses its own wrong example is named with its line', () => {
    const errors = lintErrors((t) => t.replace('wrong: ["Habomai Island lies off Nemuro."]', 'wrong: ["Habomai lies off Nemuro."]'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^scenarios\/history-lint\.yaml:\d+:\d+: rules\[3\]\.examples\.wrong\[0\]: the rule "habomai-is-islets" does not catch its own wrong example/);
  });
  it('a pattern that is no regular expression is named', () => {
    expect(lintErrors((t) => t.replace('pattern: "\\\\bHabomai Island', 'pattern: "(\\\\bHabomai Island')).join('\n')).toMatch(/rules\[3\]\.pattern: not a valid regular expression/);
  });
  it('a misquoted source is named', () => {
    expect(lintErrors((t) => t.replace('only if all foreign troops are withdrawn', 'only if all foreign troops were withdrawn')).join('\n')).toMatch(/rules\[2\]\.source\.quote: /);
  });
  it('an author adds a rule without code, and rounds are checked against it', () => {
    const extra = `${text(SHARED_FILES.lint).replace(/\ntitles:/, `
  - id: no-1955-talks-in-moscow
    pattern: "\\\\bLondon talks\\\\b[^.]*\\\\bMoscow\\\\b"
    message: "the 1955–56 Matsumoto–Malik talks were held in London"
    why: "An example rule for this test."
    source: { ref: "Joint Compendium (1992)", note: "The London talks." }
    examples: { wrong: ["The London talks met in Moscow."], right: ["The London talks met in London."] }
titles:`)}`;
    const shared = loadShared(files(extra), sourceLibrary());
    expect(shared.ok).toBe(true);
    if (!shared.ok) return;
    const round = text(join(SCENARIOS, 'practice.yaml')).replace(/setting: >-\n/, 'setting: >-\n  The London talks met in Moscow.\n');
    const r = loadScenario('practice.yaml', round, { sources: sourceLibrary(), shared: shared.value });
    expect(r.ok ? [] : r.error.map((e) => e.message)).toEqual([expect.stringContaining('[no-1955-talks-in-moscow]')]);
  });
});
