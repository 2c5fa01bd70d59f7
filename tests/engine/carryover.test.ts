// Campaign carry-over in the scenario data: played along history, every round
// opens in exactly the world its file describes (the interludes between
// rounds supply what history did in between); a 1956 that history did not
// produce opens a 1960 with other positions, another Soviet reservation point
// and a record comparison that says which of history's answers belong to
// another world; and what history did between rounds does not happen where it
// could not have.
import { describe, expect, it } from 'vitest';
import { appendAction, beginNextRound, newPlay, openingOf, replayBranch, type Play, type PlayedRound } from '../../src/engine/campaign/play';
import { computerAction, legalActions, newGame, step } from '../../src/engine/game';
import { checkAction, currentPhase } from '../../src/engine/round/rules';
import { outcomeOf } from '../../src/engine/model/outcome';
import type { Action, GameState } from '../../src/engine/model/state';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { appliedVariants, resolveScenario } from '../../src/engine/model/variants';
import { applyWorldPatch } from '../../src/engine/model/world';
import { actionsTaken, historicalAction } from '../../src/engine/sim/policies';
import { divergences, timeline } from '../../src/engine/view/history';
import { briefView, outcomeView } from '../../src/engine/view/viewModel';
import { campaignRounds, loadRound } from '../../src/node/files';

const ids = campaignRounds();
const bases = new Map(ids.map((id) => [id, loadRound(id)]));
const base = (id: string): Scenario => {
  const s = bases.get(id);
  if (!s) throw new Error(`no round ${id}`);
  return s;
};

type Chooser = (s: Scenario, state: GameState) => Action;

function replayed(p: Play): PlayedRound[] {
  const r = replayBranch(p, bases);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const current = (p: Play): PlayedRound => {
  const rounds = replayed(p);
  const last = rounds[rounds.length - 1];
  if (!last) throw new Error('the play has no round');
  return last;
};

/** Play the current round of the play to its end, every action legal. */
function playOut(p: Play, choose: Chooser): Play {
  const r = current(p);
  let state = r.state;
  for (let i = 0; i < 400 && state.status === 'negotiating'; i++) {
    const action = choose(r.scenario, state);
    const next = step(r.scenario, state, action);
    if (!next.ok) throw new Error(`round ${r.id}, action ${i + 1} ${JSON.stringify(action)}: ${next.error.message}`);
    state = next.value;
    p = appendAction(p, action);
  }
  if (state.status === 'negotiating') throw new Error(`round ${r.id} did not end`);
  return p;
}

const computer: Chooser = (s, state) => computerAction(s, state);

/** One side plays its historical sequence strictly (each move legal when its turn comes); the computer plays the other. */
const historyAs =
  (side: SideId): Chooser =>
  (s, state) => {
    if (state.turn !== side) return computerAction(s, state);
    const entry = s.history[side][actionsTaken(state, side)];
    if (!entry) throw new Error(`${side}'s historical sequence for ${s.id} ran out while the round was open`);
    return historicalAction(side, entry);
  };

/** Both seats put one document on the table, accept it and sign it (a hot-seat pair steering the round). */
const signing =
  (pkg: Readonly<Record<string, string>>): Chooser =>
  (s, state) => {
    const side = state.turn;
    const open = Object.fromEntries(Object.entries(pkg).filter(([issue]) => !state.agreed.some((a) => a.issue === issue)));
    const tries: Action[] = [];
    if (state.pending && state.pending.from !== side) tries.push({ type: 'accept', side });
    tries.push({ type: 'sign', side });
    if (!state.pending && Object.keys(open).length > 0) tries.push({ type: 'propose', side, package: open });
    tries.push({ type: 'consult', side });
    const legal = tries.find((a) => checkAction(s, state, a) === null);
    if (!legal) throw new Error(`no legal action for ${side}`);
    return legal;
  };

const walkOut: Chooser = (s, state) => {
  const a: Action = { type: 'walk-out', side: state.turn };
  return checkAction(s, state, a) === null ? a : { type: 'consult', side: state.turn };
};

const seats = { japan: 'human', russia: 'computer' } as const;
const moveIds = (actions: readonly Action[]) => actions.flatMap((a) => (a.type === 'move' ? [a.move] : []));

/** A campaign whose 1956 round ends the given way, with 1960 open. */
function after1956(choose: Chooser, seed: number): { p: Play; r56: PlayedRound; r60: PlayedRound } {
  let p = playOut(newPlay('campaign', ids, seats, seed), choose);
  const r56 = current(p);
  p = beginNextRound(p);
  return { p, r56, r60: current(p) };
}

/** The 1956 that Shigemitsu nearly signed, and more: a peace treaty, with Habomai and Shikotan handed over at once. */
const treatyAndTwoIslands = signing({ 'state-of-war': 'peace-treaty-now', islands: 'two-now', normalization: 'full-package' });

describe('the historical chain', () => {
  it.each(['japan', 'russia'] as const)('played along history as %s, every round opens in its own historical world, with no variant, and every interlude happens', (side) => {
    let p = newPlay('campaign', ids, seats, 31);
    for (const [index, id] of ids.entries()) {
      if (index > 0) p = beginNextRound(p);
      const opened = current(p);
      expect(opened.id).toBe(id);
      expect(divergences(opened.base, opened.start.world)).toEqual([]);
      expect(appliedVariants(opened.base, opened.start.world)).toEqual([]);
      expect(opened.interludes.filter((x) => !x.happened)).toEqual([]);
      // Every move history played is on offer in this world.
      const offered = new Set(opened.scenario.moves.map((m) => m.id));
      expect(opened.base.history[side].filter((h) => 'move' in h && !offered.has(h.move))).toEqual([]);
      p = playOut(p, historyAs(side));
      const played = current(p);
      const o = outcomeOf(played.scenario, played.state);
      expect(o.status).toBe(played.base.record.outcome);
      expect(o.distance).toBe(0);
      expect(o.variants).toEqual([]);
    }
    // 2000 opened with the Tokyo and Moscow Declarations in force, as its file says, because the interludes put them there.
    const r2000 = current(p);
    expect(r2000.interludes).toEqual([
      { id: 'soviet-union-ends', happened: true },
      { id: 'tokyo-declaration', happened: true },
      { id: 'krasnoyarsk', happened: true },
      { id: 'kawana', happened: true },
      { id: 'moscow-declaration', happened: true },
    ]);
    expect(r2000.start.world.documents.filter((d) => d.inForce).map((d) => d.id)).toEqual(
      expect.arrayContaining(['tokyo-declaration-1993', 'moscow-declaration-1998']),
    );
  });
});

describe('a 1956 history did not produce changes 1960', () => {
  const historical = after1956(historyAs('japan'), 41);
  const treaty = after1956(treatyAndTwoIslands, 42);

  it('a peace treaty with the two islands handed over at once opens 1960 in that world, and the game says it is another round', () => {
    expect(treaty.r56.state.status).toBe('concluded');
    const world = treaty.r60.start.world;
    expect(world.peaceTreaty).toBe(true);
    expect(world.islands).toEqual({ habomai: 'japan', shikotan: 'japan', kunashiri: 'russia', etorofu: 'russia' });
    expect(outcomeOf(treaty.r60.scenario, treaty.r60.state).variants).toEqual(['peace-treaty-two-islands']);
    expect(treaty.r60.scenario.setting).not.toEqual(base('1960').setting);
    const notes = briefView(treaty.r60.scenario, 'japan', 'en', world).world;
    expect(notes.map((n) => n.id)).toEqual(['peace-treaty-two-islands']);
    expect(notes[0]?.text).toContain('This is not the round history played');
    expect(notes[0]?.history).toContain('No peace treaty was signed in 1956');
    expect(notes[0]?.citations.length).toBeGreaterThan(0);
  });

  it('(i) Moscow cannot make a hand-over conditional once the islands are Japanese: its notes offer other positions', () => {
    const opening = (r: PlayedRound) => moveIds(legalActions(r.scenario, r.start));
    expect(historical.r60.start.turn).toBe('russia');
    expect(treaty.r60.start.turn).toBe('russia');
    expect(opening(historical.r60)).toEqual(expect.arrayContaining(['su-condition', 'su-impossible']));
    expect(opening(historical.r60)).not.toContain('su-no-troops-on-islands');
    expect(opening(treaty.r60)).toEqual(expect.arrayContaining(['su-no-troops-on-islands', 'su-protest-only', 'su-treaty-consultations']));
    expect(opening(treaty.r60)).not.toContain('su-condition');
    expect(opening(treaty.r60)).not.toContain('su-impossible');
    // Japan's side of the exchange changes too: no paragraph 9 to defend, a border already settled.
    const japanMoves = treaty.r60.scenario.moves.filter((m) => m.side === 'japan').map((m) => m.id);
    expect(japanMoves).toEqual(expect.arrayContaining(['jp-islands-are-japanese', 'jp-settlement-stands']));
    expect(japanMoves).not.toContain('jp-cannot-change');
    expect(japanMoves).not.toContain('jp-inherent-territory');
    const jointText = treaty.r60.scenario.agenda.find((i) => i.id === 'joint-text')?.options.map((o) => o.id);
    expect(jointText).toEqual(expect.arrayContaining(['demilitarized-islands', 'confirm-settlement']));
    expect(historical.r60.scenario.agenda.find((i) => i.id === 'joint-text')?.options.map((o) => o.id)).not.toContain('demilitarized-islands');
  });

  it('(ii) the Soviet negotiator will settle for less (reservation 45, not 55), and trust opens higher', () => {
    expect(historical.r60.start.minds.russia.reservation).toBe(55);
    expect(treaty.r60.start.minds.russia.reservation).toBe(45);
    expect(treaty.r60.start.minds.japan.reservation).toBe(historical.r60.start.minds.japan.reservation);
    const drift = treaty.r56.state.meters.trust - treaty.r56.start.meters.trust;
    // The variant's +15 trust reaches the opening meters, before the round's first events move them.
    expect(openingOf(treaty.p, base('1960'), treaty.r56).meters.trust).toBe(Math.max(0, Math.min(100, Math.round(base('1960').meters.trust.initial + 15 + drift / 2))));
  });

  it('(iii) the outcome does not compare the record clauses that answered another world, and says why', () => {
    const p = playOut(treaty.p, computer);
    const r = current(p);
    const o = outcomeOf(r.scenario, r.state);
    expect(o.clauses.map((c) => [c.record?.id, c.comparison, c.variant])).toEqual([
      ['rec-soviet-condition', 'other-world', 'peace-treaty-two-islands'],
      ['rec-japan-answer', 'other-world', 'peace-treaty-two-islands'],
      ['rec-joint-text', 'other-world', 'peace-treaty-two-islands'],
      ['rec-peace-talks', 'other-world', 'peace-treaty-two-islands'],
    ]);
    expect(o.distance).toBe(0);
    const view = outcomeView(r.scenario, r.state);
    expect(view.headline).toContain('4 answered a world history never reached');
    const note = (issue: string) => view.clauses.find((c) => c.issue === issue)?.note ?? '';
    expect(note('soviet-condition')).toContain('already Japanese under a peace treaty');
    expect(note('peace-talks')).toContain('a peace treaty is already in force');
    expect(view.clauses.every((c) => (c.note ?? '').length > 20)).toBe(true);
    // The same round played in history's world compares every clause.
    const h = playOut(historical.p, computer);
    expect(outcomeOf(current(h).scenario, current(h).state).clauses.every((c) => c.comparison === 'same')).toBe(true);
  });

  it('after a breakdown in 1956 there is no paragraph 9: Moscow writes about its London offer, and Tokyo is readier to settle', () => {
    const broke = after1956(walkOut, 43);
    expect(broke.r56.state.status).toBe('breakdown');
    expect(outcomeOf(broke.r60.scenario, broke.r60.state).variants).toEqual(['no-declaration']);
    const opening = moveIds(legalActions(broke.r60.scenario, broke.r60.start));
    expect(opening).toContain('su-london-offer');
    expect(opening).not.toContain('su-condition');
    expect(broke.r60.scenario.moves.map((m) => m.id)).toEqual(expect.arrayContaining(['jp-end-state-of-war', 'jp-normalization-first']));
    expect(broke.r60.start.minds.japan.reservation).toBe(55);
    expect(historical.r60.start.minds.japan.reservation).toBe(60);
    const p = playOut(broke.p, computer);
    const o = outcomeOf(current(p).scenario, current(p).state);
    expect(o.clauses.find((c) => c.issue === 'soviet-condition')).toMatchObject({ option: 'london-offer-withdrawn', comparison: 'other-world' });
    // Peace-treaty talks did not depend on the Declaration: that clause is still compared.
    expect(o.clauses.find((c) => c.issue === 'peace-talks')?.comparison).not.toBe('other-world');
  });
});

describe('what history did between rounds', () => {
  it('where a 1956 peace treaty settled the border, the Tokyo Declaration of 1993 and what followed from it do not happen, and the timeline says why', () => {
    let { p } = after1956(treatyAndTwoIslands, 51);
    for (let i = 1; i < ids.indexOf('2000'); i++) {
      p = playOut(p, computer);
      p = beginNextRound(p);
    }
    const rounds = replayed(p);
    const r2000 = rounds[ids.indexOf('2000')];
    if (!r2000) throw new Error('2000 did not open');
    expect(r2000.interludes).toEqual([
      { id: 'soviet-union-ends', happened: true },
      { id: 'tokyo-declaration', happened: false },
      { id: 'krasnoyarsk', happened: false },
      { id: 'kawana', happened: false },
      { id: 'moscow-declaration', happened: false },
    ]);
    expect(r2000.start.world.documents.some((d) => d.id === 'tokyo-declaration-1993')).toBe(false);
    expect(divergences(r2000.base, r2000.start.world).map((d) => d.id)).toEqual(
      expect.arrayContaining(['peace-treaty', 'tokyo-declaration-1993', 'moscow-declaration-1998']),
    );
    const row = timeline(ids, rounds, bases).find((x) => x.kind === 'interlude' && x.id === 'tokyo-declaration');
    if (row?.kind !== 'interlude') throw new Error('no Tokyo Declaration in the timeline');
    expect(row.happened).toBe(false);
    expect(row.otherwise).toContain('a peace treaty had already fixed the border');
    // And the Krasnoyarsk target, which rested on it, is not on the table either.
    const krasnoyarsk = r2000.scenario.agenda.find((i) => i.id === 'krasnoyarsk')?.options.map((o) => o.id);
    expect(krasnoyarsk).toContain('no-deadline');
    expect(r2000.scenario.moves.map((m) => m.id)).not.toContain('jp-deadline');
  });

  it('after 1960 Tanaka and Brezhnev meet in 1973: in history\'s world where the Declaration stands, in the no-declaration world where it was never signed', () => {
    const normal = after1956(historyAs('japan'), 52);
    const broke = after1956(walkOut, 53);
    const r73 = (p: Play) => current(beginNextRound(playOut(p, computer)));
    const kept = r73(normal.p);
    const lost = r73(broke.p);
    expect([kept.id, lost.id]).toEqual(['1973', '1973']);
    expect(kept.interludes).toEqual([{ id: 'security-treaty-in-force', happened: true }]);
    expect(lost.interludes).toEqual([{ id: 'security-treaty-in-force', happened: true }]);
    expect(appliedVariants(kept.base, kept.start.world)).toEqual([]);
    expect(appliedVariants(lost.base, lost.start.world).map((v) => v.id)).toEqual(['no-declaration']);
    expect(outcomeOf(lost.scenario, lost.state).clauses.find((c) => c.issue === 'talks')?.comparison).toBe('other-world');
  });
});

describe('options that exist only in other worlds', () => {
  it('in history\'s world nobody can propose them and the computer does not weigh them, even in the round file as loaded', () => {
    const s = base('1960');
    let state = newGame(s, { seed: 1, seats });
    expect(state.minds.russia.values['joint-text']?.['demilitarized-islands']).toBeUndefined();
    expect(state.minds.russia.values['joint-text']?.['troops-out']).toBe(90);
    // Play on to Japan's first chance to propose a text.
    while (!(currentPhase(s, state)?.kinds.includes('propose') && state.turn === 'japan')) {
      const next = step(s, state, computerAction(s, state));
      if (!next.ok) throw new Error(next.error.message);
      state = next.value;
    }
    expect(checkAction(s, state, { type: 'propose', side: 'japan', package: { 'joint-text': 'demilitarized-islands' } })?.code).toBe('bad-package');
    expect(checkAction(s, state, { type: 'propose', side: 'japan', package: { 'joint-text': 'reaffirm-1956' } })).toBeNull();
    // The round as it opens in its own world offers no option of another world either.
    const options = resolveScenario(s, s.world).agenda.flatMap((i) => i.options.map((o) => o.id));
    expect(options).toContain('troops-out');
    expect(options).not.toContain('demilitarized-islands');
    expect(options).not.toContain('end-state-of-war');
  });

  it('a later clause promising islands "after a peace treaty" does not take back islands already handed over', () => {
    const treaty = after1956(signing({ 'state-of-war': 'normalize-now', islands: 'two-now', normalization: 'full-package' }), 61);
    const world = treaty.r60.start.world;
    expect(world.islands.habomai).toBe('japan');
    const kawana = base('2000').agenda.find((i) => i.id === 'border')?.options.find((o) => o.id === 'kawana-line')?.world;
    if (!kawana) throw new Error('2000 has no Kawana clause');
    expect(applyWorldPatch(world, kawana).islands).toEqual({ habomai: 'japan', shikotan: 'japan', kunashiri: 'japan-after-treaty', etorofu: 'japan-after-treaty' });
  });
});
