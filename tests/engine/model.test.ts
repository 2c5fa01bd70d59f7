// Model-based paths: xstate/graph walks the negotiation machine over an
// abstract state key (phase, moves into it, agreed issues, pending offer,
// status) with a bounded set of payloads per event. Every path it generates
// is replayed through the public engine API and must land on the same state;
// every path that reaches a final state ends in a well-formed outcome.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { newGame, step } from '../../src/engine/game';
import { negotiationMachine, toEvent, type NegotiationEvent } from '../../src/engine/machine/negotiation';
import { checkAction } from '../../src/engine/machine/rules';
import type { Action, GameState } from '../../src/engine/model/state';
import { COMPARISONS, outcomeOf } from '../../src/engine/model/outcome';
import type { Scenario } from '../../src/engine/model/types';
import { loadRound, scenarioFiles } from '../../src/node/files';
import { basename } from 'node:path';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

/** The bounded payloads: every scenario move, one concession per issue, the generic kinds. */
function payloads(s: Scenario): NegotiationEvent[] {
  const out: Action[] = [];
  for (const side of ['japan', 'russia'] as const) {
    for (const m of s.moves) if (m.side === side) out.push({ type: 'move', side, move: m.id });
    for (const i of s.agenda) out.push({ type: 'concede', side, issue: i.id });
    for (const type of ['accept', 'sign', 'walk-out', 'consult'] as const) out.push({ type, side });
  }
  return out.map(toEvent);
}

const key = (c: GameState, value: unknown) =>
  JSON.stringify([
    value,
    c.phase,
    c.phaseMoves,
    c.agreed.map((a) => a.issue).sort(),
    c.pending ? Object.keys(c.pending.package).sort() : null,
  ]);

describe.each(rounds)('round %s: model-based paths', (round) => {
  const s = loadRound(round);
  it('every generated path replays through the engine; complete paths end in a well-formed outcome', () => {
    const machine = negotiationMachine(s);
    const start = newGame(s, { seed: 11, seats: { japan: 'human', russia: 'human' } });
    const events = payloads(s);
    const paths = getShortestPaths(machine, {
      input: start,
      events,
      filterEvents: (snapshot, event) => event.action !== undefined && checkAction(s, snapshot.context, event.action) === null,
      serializeState: (snapshot) => key(snapshot.context, snapshot.value),
      serializeEvent: (event) => JSON.stringify(event.action),
      limit: 200_000,
    });
    let complete = 0;
    for (const path of paths) {
      let state = start;
      for (const st of path.steps) {
        if (st.event.action === undefined) continue; // the machine's own init step
        const r = step(s, state, st.event.action);
        expect(r.ok, `path step ${JSON.stringify(st.event.action)} refused`).toBe(true);
        if (r.ok) state = r.value;
      }
      expect(key(state, state.status)).toBe(key(path.state.context, path.state.value));
      if (state.status !== 'negotiating') {
        complete++;
        const o = outcomeOf(s, state);
        expect(['concluded', 'breakdown']).toContain(o.status);
        for (const c of o.clauses) expect(COMPARISONS).toContain(c.comparison);
        if (o.status === 'concluded') for (const i of s.agenda.filter((x) => x.required)) expect(o.clauses.find((c) => c.issue === i.id)?.agreed).toBe(true);
        else expect(o.clauses.every((c) => !c.agreed || c.decidedBy !== null)).toBe(true);
      }
    }
    console.log(`round ${round}: ${paths.length} paths generated, ${complete} complete`);
    expect(paths.length).toBeGreaterThan(100);
    expect(complete).toBeGreaterThan(10);
  });
});
