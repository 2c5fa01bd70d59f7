// Labels describe content, never historical status: "The final text of the
// Declaration", "The trade of 18 October" and "The communique as it can be
// signed" once gave the record away on the buttons. The rule rejects such
// labels with file, path and line, and lets content labels through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/load';
import { statusWords } from '../../src/engine/scenario/labels';
import { sharedData, sourceLibrary } from '../../src/node/files';

describe('labels that name historical status', () => {
  it.each([
    'The final text of the Declaration',
    'The trade of 18 October',
    'The communique as it can be signed',
    'The text of 18 April',
    'Sign it as it was signed',
    'The historical compromise',
    'What was really signed',
    'The real communique',
    'The line on record',
    'The draft of October 17th',
  ])('rejects %j', (label) => expect(statusWords(label).length).toBeGreaterThan(0));

  it.each([
    'End the war, restore relations, two islands after a treaty',
    'Drop Okinawa if Japan drops the territorial wording',
    'Confirm the 1956 Declaration as signed',
    'August 1945: seized after the surrender',
    'No common basis: each side keeps its reading of history',
    'Put it in a signed minute',
    "Moscow's request recorded; Japan will consider it",
  ])('lets %j through', (label) => expect(statusWords(label)).toEqual([]));

  it('a round file with such a label fails validation, naming the file, the path and the line', () => {
    const file = 'tests/fixtures/scenarios/valid-minimal.yaml';
    const raw = readFileSync(file, 'utf8');
    const ok = loadScenario(file, raw, { sources: sourceLibrary(), shared: sharedData() });
    expect(ok.ok).toBe(true);
    const text = raw.replace('label: "Relations now, two islands after a treaty"', 'label: "The final text of 19 October"');
    const r = loadScenario(file, text, { sources: sourceLibrary(), shared: sharedData() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.error.find((x) => x.message.includes('[label-status]'));
    expect(e?.file).toBe(file);
    expect(e?.path).toMatch(/^moves\[\d+\]\.label$/);
    expect(e?.line).toBe(raw.split('\n').findIndex((l) => l.includes('Relations now, two islands after a treaty')) + 1);
    expect(e?.message).toContain('calls a text the final one');
    expect(e?.message).toContain('is named by the day it happened');
  });
});
