// The computer decides from the data, not from the historical path: changing
// one number in the scenario changes where the historical moves lead, and no
// policy that repeats a single move does better for the player than history.
import { describe, expect, it } from 'vitest';
import { checkAction } from '../../src/engine/round/rules';
import type { Action, GameState } from '../../src/engine/model/state';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound, scenarioFiles } from '../../src/node/files';
import { basename } from 'node:path';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));
const keyOf = (s: Scenario, side: SideId) => {
  const o = runNegotiation(s, { seed: 3, side, policy: historical(0) }).outcome;
  return `${o.status}:${o.clauses.map((c) => `${c.issue}=${c.option}`).join(',')}`;
};

describe('1956: one changed value changes the outcome', () => {
  const s = loadRound('1956');
  it('playing Japan: a Soviet side that values the bare "talks continue" wording less ends elsewhere', () => {
    const changed = structuredClone(s) as Scenario;
    const option = changed.agenda.find((i) => i.id === 'article-9')?.options.find((o) => o.id === 'treaty-talks-continue');
    if (!option) throw new Error('scenario changed: article-9/treaty-talks-continue missing');
    option.value.russia = 30;
    expect(keyOf(changed, 'japan')).not.toBe(keyOf(s, 'japan'));
  });
  it('playing the USSR: a Japanese side that will not take the islands after a treaty ends elsewhere', () => {
    const changed = structuredClone(s) as Scenario;
    changed.negotiators.japan.floors = { ...changed.negotiators.japan.floors, islands: 60 };
    expect(keyOf(changed, 'russia')).not.toBe(keyOf(s, 'russia'));
  });
});

describe('1973: one changed value changes the outcome', () => {
  const s = loadRound('1973');
  it('playing Japan: a Soviet side whose floor puts even an oral "da" out of reach ends elsewhere', () => {
    const changed = structuredClone(s) as Scenario;
    changed.negotiators.russia.floors = { ...changed.negotiators.russia.floors, oral: 75 };
    expect(keyOf(changed, 'japan')).not.toBe(keyOf(s, 'japan'));
  });
  it('playing the USSR: a Japanese side that values the unnamed "unresolved problems" at nothing ends elsewhere', () => {
    const changed = structuredClone(s) as Scenario;
    const option = changed.agenda.find((i) => i.id === 'wording')?.options.find((o) => o.id === 'unresolved-problems');
    if (!option) throw new Error('scenario changed: wording/unresolved-problems missing');
    option.value.japan = 5;
    expect(keyOf(changed, 'russia')).not.toBe(keyOf(s, 'russia'));
  });
});

describe.each(rounds)('round %s: not exploitable by repetition', (round) => {
  const s = loadRound(round);
  it.each(['japan', 'russia'] as const)('as %s, repeating any one move never beats the historical path', (side) => {
    const history = runNegotiation(s, { seed: 1, side, policy: historical(0) }).outcome.worth[side];
    const candidates: Action[] = [
      ...s.moves.filter((m) => m.side === side).map((m): Action => ({ type: 'move', side, move: m.id })),
      ...s.agenda.map((i): Action => ({ type: 'concede', side, issue: i.id })),
      ...(['consult', 'accept', 'sign', 'walk-out'] as const).map((type): Action => ({ type, side })),
    ];
    const results = candidates.map((a) => {
      const policy = (sc: Scenario, st: GameState): Action => (checkAction(sc, st, a) === null ? a : { type: 'consult', side });
      return { a, worth: runNegotiation(s, { seed: 1, side, policy }).outcome.worth[side] };
    });
    const better = results.filter((r) => r.worth > history);
    expect(better, `historical worth ${history}`).toEqual([]);
  });
});
