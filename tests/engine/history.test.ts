// Each side's historical move sequence, played move by move against the
// computer, must be legal at every step and end in the real record: this is
// how the scenario data is calibrated. Computer against computer lands there too.
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../src/engine/model/outcome';
import { playHistory } from '../../src/engine/sim/history';
import { loadRound, scenarioFiles } from '../../src/node/files';
import { basename } from 'node:path';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

describe.each(rounds)('round %s: the historical path', (round) => {
  const s = loadRound(round);
  it.each(['japan', 'russia', null] as const)('playing %s from history reproduces the record', (side) => {
    const run = playHistory(s, side);
    expect(run.problem).toBeNull();
    const state = run.state;
    const o = outcomeOf(s, state);
    expect(o.status).toBe(s.record.outcome);
    expect(o.clauses.map((c) => [c.issue, c.comparison])).toEqual(s.record.clauses.map((c) => [c.issue, 'same']));
    expect(o.distance).toBe(0);
  });
});
