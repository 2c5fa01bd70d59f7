// The choices a player is offered say what they will do. Regression: the
// concession target was once a copy of `concessionStep` inside the view-model;
// reversing its sort left every test green while every Concede button named
// the wrong clause. Here each Concede button must name the clause the rules
// then put in the side's stance, and that clause must be the side's next
// lower option on the issue.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newGame, step } from '../../src/engine/game';
import type { GameState } from '../../src/engine/model/state';
import { randomPolicy } from '../../src/engine/sim/policies';
import { makeRandom } from '../../src/engine/rng/rng';
import { clauseView, tableView } from '../../src/engine/view/viewModel';
import { loadRound, scenarioFiles } from '../../src/node/files';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

describe.each(rounds)('round %s: Concede buttons', (round) => {
  const s = loadRound(round);
  it('name the clause the concession puts on the table, the next lower option for that side', () => {
    let checked = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const random = makeRandom(`choices:${seed}`);
      let state: GameState = newGame(s, { seed, seats: { japan: 'human', russia: 'human' } });
      for (let i = 0; i < 60 && state.status === 'negotiating'; i++) {
        const side = state.turn;
        for (const choice of tableView(s, state, side).choices) {
          if (choice.action.type !== 'concede') continue;
          const issue = choice.action.issue;
          const r = step(s, state, choice.action);
          expect(r.ok).toBe(true);
          if (!r.ok) continue;
          const to = r.value.stances[side][issue];
          expect(to).toBeDefined();
          const named = clauseView(s, issue, to ?? '', 'en');
          expect(choice.detail).toBe(named.clause);
          expect(choice.label.endsWith(`: ${named.label}`)).toBe(true);
          // The next lower option: below the current stance's value, above every other option below it.
          const values = state.minds[side].values[issue] ?? {};
          const here = values[state.stances[side][issue] ?? ''] ?? 0;
          const below = Object.values(values).filter((v) => v < here);
          expect(values[to ?? '']).toBe(Math.max(...below));
          checked++;
        }
        const r = step(s, state, randomPolicy(s, state, random));
        if (r.ok) state = r.value;
        else break;
      }
    }
    // A round whose phases never allow conceding (1960) offers no Concede button at all.
    if (s.phases.some((p) => p.kinds.includes('concede'))) expect(checked).toBeGreaterThan(5);
    else expect(checked).toBe(0);
  });
});
