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
  // Regression: the menu offered to resume 2000 as “the Soviet Union / Russia”.
  it.each(catalog.value.rounds.map((r) => [r.id, r] as const))('card %s names each side as the round file does (its first word in the full or short name)', (id, card) => {
    const s = loadRound(id);
    for (const side of ['japan', 'russia'] as const) {
      const word = card.sides[side].name.replace(/^the /, '').split(' ')[0]?.toLowerCase() ?? '';
      expect(`${s.sides[side].name.en} ${s.sides[side].short.en}`.toLowerCase(), `${id} ${side}`).toContain(word);
    }
  });
  it('offers at least the computer mode', () => expect(catalog.value.modes.map((m) => m.id)).toContain('computer'));
});
