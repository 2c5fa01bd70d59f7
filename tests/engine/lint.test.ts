// The historical lint: each rule catches the error it names and lets the
// corrected (negated) sentence pass; titles are checked by round date.
import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../src/engine/scenario/lint';
import type { Scenario } from '../../src/engine/scenario/schema';
import { loadRound, sharedData } from '../../src/node/files';

const lint = sharedData().lint;
const lintScenarioOf = (s: Scenario) => lintScenario(s, lint);

const withText = (s: Scenario, text: string): Scenario => ({ ...s, setting: { en: text } });
const rules = (s: Scenario) => lintScenarioOf(s).map((p) => /\[([a-z0-9-]+)\]/.exec(p.message)?.[1]);

describe('historical lint', () => {
  const s = loadRound('1956');
  it('the shipped round is clean', () => expect(lintScenarioOf(s)).toEqual([]));
  const cases: [string, string, string][] = [
    ['no-island-returned', 'In 1957 the Soviet Union handed over Shikotan.', 'The Soviet Union never handed over Shikotan.'],
    ['declaration-not-peace-treaty', 'The 1956 peace treaty restored relations.', 'The Declaration was not a peace treaty.'],
    ['memorandum-did-not-annul', 'The 1960 memorandum annulled the Declaration.', 'The 1960 memorandum did not annul the Declaration.'],
    ['habomai-is-islets', 'Habomai Island lies off Nemuro.', 'The Habomai Islands lie off Nemuro.'],
    ['japan-claims-four-only', 'Japan claims Urup as well.', 'Japan does not claim Urup.'],
    ['1991-communique-no-declaration', 'The 1991 communique reaffirmed the 1956 Declaration.', 'The 1991 communique did not name the 1956 Declaration.'],
    ['1973-communique-no-islands', 'The 1973 communique named the islands.', 'The 1973 communique did not name the islands.'],
    ['kawana-was-hashimoto', "Mori's Kawana proposal drew a border at Urup.", "Hashimoto's Kawana proposal drew a border at Urup."],
  ];
  it('covers every rule', () => expect(cases.map((c) => c[0]).sort()).toEqual(lint.rules.map((r) => r.id).sort()));
  it.each(cases)('%s', (rule, bad, good) => {
    expect(rules(withText(s, bad))).toContain(rule);
    expect(rules(withText(s, good))).not.toContain(rule);
  });
  it('checks titles by date', () => {
    const wrong = structuredClone(s);
    const gromyko = wrong.sides.russia.delegation.find((d) => d.id === 'gromyko');
    if (gromyko) gromyko.title = { en: 'Minister of Foreign Affairs' };
    expect(lintScenarioOf(wrong).map((p) => p.message)).toContain('Gromyko was First Deputy Foreign Minister in 1956 [titles-by-date]');
  });
  it('leaves verbatim quotes alone', () => {
    const quoted = structuredClone(s);
    const first = quoted.sides.japan.brief.excerpts[0];
    if (first) first.quote = 'the Soviet Union returned Shikotan';
    expect(lintScenarioOf(quoted)).toEqual([]);
  });
});
