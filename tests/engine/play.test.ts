// Plays and branches: rewinding keeps the branch it leaves and starts a new
// one holding the moves before the chosen decision, which replays to exactly
// the state play had there; branches are named, renamed and capped without
// losing the current line; a campaign opens each round in the world the
// last one left, with half the meters' drift, and the timeline explains each
// divergence by the decision that caused it.
import { describe, expect, it } from 'vitest';
import { appendAction, beginNextRound, currentBranch, MAX_BRANCHES, newPlay, openingOf, renameBranch, replayBranch, rewind, switchBranch, type Play, type PlayedRound } from '../../src/engine/campaign/play';
import { computerAction, legalActions } from '../../src/engine/game';
import { canonicalJson } from '../../src/engine/log/canonical';
import type { Action } from '../../src/engine/model/state';
import { resolveScenario } from '../../src/engine/model/variants';
import { runCampaign } from '../../src/engine/sim/campaign';
import { historicalAction, randomPolicy } from '../../src/engine/sim/policies';
import { timeline } from '../../src/engine/view/history';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSave, playOf } from '../../src/engine/log/save';
import { transcriptLines } from '../../src/engine/log/transcript';
import { campaignRounds, loadRound, ROOT } from '../../src/node/files';

const ids = campaignRounds();
const bases = new Map(ids.map((id) => [id, loadRound(id)]));
const s56 = bases.get('1956')!;

const lastOf = (p: Play): PlayedRound => {
  const r = replayBranch(p, bases);
  if (!r.ok) throw new Error(r.error.message);
  return r.value[r.value.length - 1]!;
};

type JapanPolicy = (i: number, legal: readonly Action[]) => Action | null;

/** Play the current round on: Japan's moves from `japan` in turn (the computer otherwise), until it ends or `limit` actions. */
function playOn(p: Play, japan: JapanPolicy, limit = 200): Play {
  let i = 0;
  for (let g = 0; g < limit; g++) {
    const last = lastOf(p);
    if (last.state.status !== 'negotiating') break;
    const mine = last.state.turn === 'japan' ? japan(i++, legalActions(last.scenario, last.state)) : null;
    p = appendAction(p, mine ?? computerAction(last.scenario, last.state));
  }
  return p;
}
/** Japan leaves as soon as the phase allows it, consulting its capital until then. */
const walkOut: JapanPolicy = (_i, legal) => legal.find((a) => a.type === 'walk-out') ?? legal.find((a) => a.type === 'consult') ?? null;
const historical = (i: number) => {
  const e = s56.history.japan[i];
  return e ? historicalAction('japan', e) : null;
};

describe('branches', () => {
  const seats = { japan: 'human', russia: 'computer' } as const;
  it('rewinding starts a new branch that replays to the state before that decision, and keeps the old one', () => {
    let p = newPlay('round', ['1956'], seats, 11);
    p = playOn(p, historical, 6);
    const main = lastOf(p);
    const before = replayBranch({ ...p, branches: [{ ...currentBranch(p), rounds: [main.actions.slice(0, 2)] }] }, bases);
    const r = rewind(p, 0, 2);
    if (!r.ok || !before.ok) throw new Error('rewind failed');
    expect(r.value.branches.map((b) => b.id)).toEqual(['main', 'b2']);
    expect(r.value.current).toBe('b2');
    expect(currentBranch(r.value)).toMatchObject({ name: 'Branch 2 (from move 3)', from: { branch: 'main', round: 0, move: 2 } });
    expect(canonicalJson(lastOf(r.value).state)).toBe(canonicalJson(before.value[0]?.state));
    // The main line is untouched and can be opened again.
    expect(canonicalJson(lastOf(switchBranch(r.value, 'main')).state)).toBe(canonicalJson(main.state));
    // Rewinding to the very end of a branch changes nothing.
    expect(rewind(p, 0, main.actions.length)).toEqual({ ok: true, value: p });
    expect(rewind(p, 0, main.actions.length + 1).ok).toBe(false);
  });
  it('names can be changed (trimmed, never empty), and past the cap the oldest branch off the current line goes', () => {
    let p = newPlay('round', ['1956'], seats, 12);
    p = playOn(p, historical, 8);
    expect(currentBranch(renameBranch(p, 'main', '  Hatoyama holds   firm ')).name).toBe('Hatoyama holds firm');
    expect(currentBranch(renameBranch(p, 'main', '   ')).name).toBe('Main line');
    for (let i = 0; i < MAX_BRANCHES + 3; i++) {
      const back = switchBranch(p, 'main');
      const r = rewind(back, 0, 2 + (i % 3) * 2);
      if (!r.ok) throw new Error(r.error);
      p = r.value;
    }
    expect(p.branches.length).toBe(MAX_BRANCHES);
    expect(p.branches.some((b) => b.id === 'main')).toBe(true);
    expect(p.branches.some((b) => b.id === p.current)).toBe(true);
    for (const b of p.branches) if (b.from) expect(p.branches.some((x) => x.id === b.from?.branch)).toBe(true);
  });
});

describe('replay', () => {
  it('the same save file gives the same transcript of every round, every time', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/saves/v2-campaign-japan.json'), 'utf8');
    const transcripts = () => {
      const save = parseSave(text);
      if (!save.ok) throw new Error(save.error);
      const r = replayBranch(playOf(save.value), bases, 'main');
      if (!r.ok) throw new Error(r.error.message);
      return r.value.map((x) => transcriptLines(x.scenario, x.state).join('\n'));
    };
    const first = transcripts();
    expect(first).toHaveLength(2);
    expect(first[0]).toContain('"outcome"');
    expect(transcripts()).toEqual(first);
  });
});

describe('campaign', () => {
  it('a campaign played headless (the simulator) is a play that replays to the same states', () => {
    const { play, rounds } = runCampaign(bases, ids, { seed: 40, side: 'japan', policy: randomPolicy });
    const again = replayBranch(play, bases);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.map((r) => canonicalJson(r.state))).toEqual(rounds.map((r) => canonicalJson(r.state)));
    expect(rounds.map((r) => r.id)).toEqual(ids);
    expect(rounds.every((r) => r.state.status !== 'negotiating')).toBe(true);
  });
  it('each round opens in the world the last one left, with half the drift of the meters', () => {
    let p = newPlay('campaign', ids, { japan: 'human', russia: 'computer' }, 21);
    // 1956: Japan walks out at once.
    p = playOn(p, walkOut);
    const first = lastOf(p);
    expect(first.state.status).toBe('breakdown');
    p = beginNextRound(p);
    const second = lastOf(p);
    expect(second.id).toBe('1960');
    expect(second.start.world.documents.some((d) => d.id === 'joint-declaration-1956' && d.inForce)).toBe(false);
    expect(second.start.world.islands.habomai).toBe(first.start.world.islands.habomai);
    const drift = first.state.meters.trust - first.start.meters.trust;
    expect(drift).not.toBe(0);
    const opens = resolveScenario(bases.get('1960')!, second.start.world);
    expect(openingOf(p, bases.get('1960')!, first).meters.trust).toBe(Math.max(0, Math.min(100, Math.round(opens.meters.trust.initial + drift / 2))));
  });
  it('the timeline says what differed when 1960 opened, and which 1956 result caused it', () => {
    let p = newPlay('campaign', ids, { japan: 'human', russia: 'computer' }, 22);
    p = playOn(p, walkOut);
    p = beginNextRound(p);
    const r = replayBranch(p, bases);
    if (!r.ok) throw new Error(r.error.message);
    const rows = timeline(ids, r.value, bases);
    const r60 = rows.find((x) => x.kind === 'round' && x.round === '1960');
    if (r60?.kind !== 'round') throw new Error('no 1960 row');
    const doc = r60.startedFrom.find((d) => d.id === 'joint-declaration-1956');
    expect(doc).toMatchObject({ what: 'document', history: 'in force', because: 'no document was signed in 1956' });
    const r56 = rows.find((x) => x.kind === 'round' && x.round === '1956');
    expect(r56?.kind === 'round' && r56.yours).toBe('No joint document');
    const unplayed = rows.find((x) => x.kind === 'round' && x.round === '2000');
    expect(unplayed?.kind === 'round' && unplayed.played).toBe(false);
  });
  it('a round cannot follow one that has not ended', () => {
    let p = newPlay('campaign', ids, { japan: 'human', russia: 'computer' }, 23);
    p = playOn(p, historical, 3);
    const stuck: Play = { ...p, branches: [{ ...currentBranch(p), rounds: [...currentBranch(p).rounds, []] }] };
    const r = replayBranch(stuck, bases);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('round 1956 had not ended, so round 1960 cannot follow it');
  });
});
