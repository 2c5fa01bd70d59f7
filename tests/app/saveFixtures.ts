// Saves made in node for the slot tests: a play of one round (or the first
// round of the campaign) with `n` moves, each the first legal one, or a walk-out
// as soon as the side to move may walk out (which ends the round).
import { appendAction, newPlay, replayBranch, type Play } from '../../src/engine/campaign/play';
import { legalActions } from '../../src/engine/game';
import { makeSave, type Save } from '../../src/engine/log/save';
import type { SideId } from '../../src/engine/model/types';
import { campaignRounds, loadRound } from '../../src/node/files';

export function playedSave(kind: 'round' | 'campaign', id: string, side: SideId, n: number, walkOut = false): Save {
  const order = kind === 'campaign' ? campaignRounds() : [id];
  const bases = new Map(order.map((r) => [r, loadRound(r)]));
  const seats = side === 'japan' ? ({ japan: 'human', russia: 'computer' } as const) : ({ japan: 'computer', russia: 'human' } as const);
  let play: Play = newPlay(kind, order, seats, 7);
  for (let i = 0; i < n; i++) {
    const r = replayBranch(play, bases);
    if (!r.ok) throw new Error(r.error.message);
    const last = r.value[r.value.length - 1];
    const legal = last ? legalActions(last.scenario, last.state) : [];
    const action = (walkOut ? legal.find((a) => a.type === 'walk-out') : undefined) ?? legal[0];
    if (!action) break;
    play = appendAction(play, action);
  }
  return makeSave(play);
}
