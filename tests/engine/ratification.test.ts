// Ratification at home: the real documents of 1956 and 1991, reached by
// playing history from either side, are ratified by both sides' principals;
// the Kawana line signed by Russia in 2000 and neutrality signed by Japan in
// 1960 are rejected, with a reason that names the red line; a rejected
// document does not come into force in the next round's world; and the
// score sheet's numbers are the engine's own.
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../src/engine/model/outcome';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { briefScore } from '../../src/engine/stakes/briefScore';
import { documentWorthTo, standingClauses } from '../../src/engine/stakes/worth';
import { snapshotOf } from '../../src/engine/round/advance';
import { basename } from 'node:path';
import { loadRound, scenarioFiles } from '../../src/node/files';
import { recordPackage, signPackage } from '../fixtures/signPackage';

describe('ratification at home', () => {
  it.each([
    ['1956', 'japan'],
    ['1956', 'russia'],
    ['1991', 'japan'],
    ['1991', 'russia'],
    ['1956', null],
    ['1991', null],
  ] as const)('round %s, history played by %s: the real document is signed and ratified by both sides', (id, side) => {
    const s = loadRound(id);
    const o = runNegotiation(s, { seed: 1, side, policy: historical(0) }).outcome;
    expect(o.distance).toBe(0);
    expect(o.ratification?.ratified, JSON.stringify(o.ratification?.sides)).toBe(true);
    expect(o.world.documents.find((d) => d.id === s.document.id)?.inForce).toBe(true);
  });

  it.each(scenarioFiles().map((f) => basename(f, '.yaml')))('round %s: the real document, reached by history computer against computer, is ratified as it was', (id) => {
    const s = loadRound(id);
    const { outcome: o, state } = runNegotiation(s, { seed: 1, side: null, policy: historical(0) });
    expect(o.distance).toBe(0);
    if (s.record.outcome !== 'concluded') {
      expect(o.ratification).toBeNull();
      return;
    }
    expect(o.ratification?.ratified, JSON.stringify(o.ratification?.sides)).toBe(true);
    expect(snapshotOf(s, state).hasTag('ratified')).toBe(true);
    for (const side of ['japan', 'russia'] as const) expect(o.ratification?.sides[side].body).toBe(s.ratification?.[side].body.en);
  });

  it('2000: the Kawana line, accepted and signed by Russia, is rejected in Moscow for crossing its red line, and does not come into force', () => {
    const s = loadRound('2000');
    const state = signPackage(s, 'japan', recordPackage(s, { border: 'kawana-line' }));
    expect(state.status).toBe('concluded');
    // The round's machine ends in its own final state, tagged signed and not ratified.
    const snapshot = snapshotOf(s, state);
    expect(snapshot.matches('notRatified' as never)).toBe(true);
    expect(snapshot.hasTag('not-ratified') && snapshot.hasTag('signed') && !snapshot.hasTag('ratified')).toBe(true);
    const o = outcomeOf(s, state);
    expect(o.ratification?.ratified).toBe(false);
    expect(o.ratification?.sides.russia.ratified).toBe(false);
    expect(o.ratification?.sides.russia.reason).toContain('No border between Iturup and Urup');
    expect(o.ratification?.sides.russia.body).toBe("the President's office and the State Duma");
    // Two bodies take the plural verb.
    expect(o.ratification?.sides.russia.reason).toMatch(/^The President's office and the State Duma reject it: /);
    expect(o.world.documents.find((d) => d.id === s.document.id)?.inForce).toBe(false);
  });

  it('1960: neutrality, accepted and signed by Japan, is rejected by the Diet with the red line as its reason', () => {
    const s = loadRound('1960');
    const state = signPackage(s, 'russia', recordPackage(s, { 'joint-text': 'neutrality' }));
    expect(state.status).toBe('concluded');
    const o = outcomeOf(s, state);
    expect(o.ratification?.sides.japan.ratified).toBe(false);
    expect(o.ratification?.sides.japan.body).toBe('the Diet');
    expect(o.ratification?.sides.japan.reason).toMatch(/^The Diet rejects it: /);
    expect(o.ratification?.sides.japan.reason).toContain('No neutrality and no withdrawal of the American forces');
    expect(o.ratification?.ratified).toBe(false);
    // The outcome's lead quotes the crossed instruction once, then what home said in public words.
    const b = briefScore(s, state, 'japan');
    const quoted = b.redLines.find((r) => !r.kept)?.text ?? '';
    expect(quoted).toContain('No neutrality');
    expect(b.lead).toEqual([`Red line crossed: “${quoted}”`, 'The Diet rejects it: it gives up what Japan\'s delegation was told never to give up.']);
    expect(b.lead.join(' ').split(quoted.replace(/\.$/, '')).length - 1).toBe(1);
  });

  it('the score sheet’s numbers are the engine’s values', () => {
    for (const id of ['1956', '2000']) {
      const s = loadRound(id);
      const state = runNegotiation(s, { seed: 2, side: 'japan', policy: historical(0.3) }).state;
      const o = outcomeOf(s, state);
      for (const side of ['japan', 'russia'] as const) {
        const b = briefScore(s, state, side);
        expect(b.worth).toBe(o.worth[side]);
        expect(b.reservation).toBe(s.negotiators[side].reservation);
        const doc = standingClauses(s, state);
        for (const row of b.rows) {
          const option = doc.get(row.issue) ?? s.agenda.find((i) => i.id === row.issue)?.fallback;
          const value = s.agenda.find((i) => i.id === row.issue)?.options.find((x) => x.id === option)?.value[side] ?? s.noDeal[side];
          expect(row.yours.value).toBe(value);
          expect(row.weight).toBe(s.agenda.find((i) => i.id === row.issue)?.weight[side]);
        }
        const total = b.rows.reduce((n, r) => n + r.weight * r.yours.value, 0) / b.rows.reduce((n, r) => n + r.weight, 0);
        if (b.concluded) expect(b.worth).toBeCloseTo(total, 0);
        expect(b.recordWorth).toBe(documentWorthTo(s, new Map(s.record.clauses.filter((c) => c.agreed).map((c) => [c.issue, c.option])), s.record.outcome === 'concluded', side));
      }
    }
  });

  it('grades: matching history is fair, not strong; walking away where history also came home with nothing is fair', () => {
    for (const id of ['1956', '2000']) {
      const s = loadRound(id);
      const { state } = runNegotiation(s, { seed: 1, side: 'japan', policy: historical(0) });
      for (const side of ['japan', 'russia'] as const) expect(briefScore(s, state, side).grade, `${id} ${side}`).toBe('fair');
      // The verdict reads as a sentence: "for the USSR", "for Russia".
      expect(briefScore(s, state, 'russia').verdict).toMatch(id === '1956' ? /^A fair result for the USSR: worth [\d.]+ to the USSR / : /^A fair result for Russia: worth [\d.]+ to Russia /);
    }
    const s1960 = loadRound('1960');
    const { state } = runNegotiation(s1960, { seed: 1, side: 'japan', policy: historical(0) });
    expect(state.status).not.toBe('concluded');
    for (const side of ['japan', 'russia'] as const) expect(briefScore(s1960, state, side).grade, `1960 ${side}`).toBe('fair');
    // Without a document the verdict still leads with the grade, then says there is none.
    expect(briefScore(s1960, state, 'japan').verdict).toMatch(/^A fair result for Japan: no document; walking away is worth [\d.]+ against a walk-away point of [\d.]+/);
  });
});
