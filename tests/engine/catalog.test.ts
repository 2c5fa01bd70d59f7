// The round index the menu reads agrees with the round files it names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/engine/scenario/catalog';
import { loadRound, SCENARIOS, scenarioFiles } from '../../src/node/files';
import { basename } from 'node:path';

describe('scenarios/index.yaml', () => {
  const catalog = parseCatalog(readFileSync(join(SCENARIOS, 'index.yaml'), 'utf8'));
  it('parses', () => expect(catalog.ok).toBe(true));
  if (!catalog.ok) return;
  it('lists every round file exactly once, and only files that exist', () => {
    expect(catalog.value.rounds.map((r) => r.file).sort()).toEqual(scenarioFiles().map((f) => basename(f)).sort());
  });
  it.each(catalog.value.rounds.map((r) => [r.id, r] as const))('card %s matches its round file', (id, card) => {
    const s = loadRound(id);
    expect(card.file).toBe(`${s.id}.yaml`);
    expect(card.title).toBe(s.title.en);
  });
  it('offers at least the computer mode', () => expect(catalog.value.modes.map((m) => m.id)).toContain('computer'));
});
