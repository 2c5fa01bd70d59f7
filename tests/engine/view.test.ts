// What the screens read from the view-models beyond the rules: the title of
// the document being drafted, who speaks each line (to light the right
// figure), and the outcome's two maps — the player's document and the real one.
import { describe, expect, it } from 'vitest';
import { legalActions, newGame, step } from '../../src/engine/game';
import { playHistory } from '../../src/engine/sim/history';
import { decisionsOf, outcomeView, tableView } from '../../src/engine/view/viewModel';
import { loadRound } from '../../src/node/files';

const s = loadRound('1956');

describe('view-models for the screens', () => {
  const run = playHistory(s, 'japan');

  it('names the document being drafted', () => {
    expect(tableView(s, run.state, 'japan').document).toBe('Japan–USSR Joint Declaration (19 October 1956)');
    expect(outcomeView(s, run.state).document).toBe('Japan–USSR Joint Declaration (19 October 1956)');
  });

  // Regression: at one screen, the Soviet student could rewind Japan's moves.
  it('two students at one screen: each seat may rewind only its own decisions', () => {
    let state = newGame(s, { seed: 7, seats: { japan: 'human', russia: 'human' } });
    for (let i = 0; i < 4; i++) {
      const a = legalActions(s, state)[0];
      if (!a) throw new Error('no legal action');
      const r = step(s, state, a);
      if (!r.ok) throw new Error(r.error.message);
      state = r.value;
    }
    for (const viewer of ['japan', 'russia'] as const) {
      const d = decisionsOf(s, state, viewer);
      expect(d.length).toBe(4);
      expect(d.filter((x) => x.rewindable).map((x) => x.side)).toEqual(d.filter((x) => x.side === viewer).map((x) => x.side));
      expect(d.filter((x) => x.rewindable).length).toBeGreaterThan(0);
    }
    // Against the computer, the student's own decisions are rewindable and the computer's are not.
    const single = decisionsOf(s, playHistory(s, 'japan').state, 'japan');
    expect(single.every((x) => x.rewindable === (x.side === 'japan'))).toBe(true);
  });

  it('gives every spoken line the id of a delegate of its side', () => {
    const v = tableView(s, run.state, 'russia');
    const spoken = v.log.filter((l) => l.kind === 'action');
    expect(spoken.length).toBeGreaterThan(5);
    for (const l of spoken) {
      const side = l.side ?? 'japan';
      expect(v.sides[side].delegation.map((d) => d.id)).toContain(l.speakerId);
      expect(v.sides[side].delegation.find((d) => d.id === l.speakerId)?.name).toBe(l.speaker);
    }
    expect(v.log.filter((l) => l.kind !== 'action').every((l) => l.speakerId === null)).toBe(true);
  });

  it('maps the islands of the real document, and of a document that matches it', () => {
    const o = outcomeView(s, run.state);
    expect(o.map.record).toEqual({ habomai: 'japan-after-treaty', shikotan: 'japan-after-treaty' });
    expect(o.map.yours).toEqual(o.map.record);
    expect(o.sides).toEqual({ japan: 'Japan', russia: 'USSR' });
  });

  it('maps nothing for a document that was never agreed', () => {
    const early = playHistory(s, 'japan');
    const walked = { ...early.state, status: 'breakdown' as const, agreed: [] };
    expect(outcomeView(s, walked).map.yours).toEqual({});
  });
});
