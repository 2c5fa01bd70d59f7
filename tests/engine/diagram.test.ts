// The teacher guide's picture of a round is drawn from the machine the game
// runs: every phase and every ending appears, with the named guards on the
// edges, and the guide holds the diagram `npm run machine` writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundDiagram } from '../../src/engine/round/diagram';
import { ENDINGS, ENDING_IDS } from '../../src/engine/round/endings';
import { loadRound } from '../../src/node/files';

describe('the round diagram', () => {
  it('draws every phase, every ending and the named guards of round 1956', () => {
    const s = loadRound('1956');
    const d = roundDiagram(s);
    expect(d.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const p of s.phases) expect(d).toContain(`state "${p.id}"`);
    for (const id of ENDING_IDS) expect(d).toContain(`${ENDINGS[id].state} --> [*]`);
    for (const words of ['[phase spent]', '[time runs out]', '[both signed]', '[both signed, rejected at home]', '[floor passes to japan]', 'walk-out']) expect(d).toContain(words);
  });

  it('is the diagram the teacher guide embeds', () => {
    const guide = readFileSync('docs/teacher-guide.md', 'utf8');
    expect(guide).toContain(roundDiagram(loadRound('1956')));
  });
});
