/**
 * The package a computer side would offer now: its best option on every open
 * issue, then conceded step by step where it loses least per point the other
 * side gains, while the package stays at or above its aspiration and every
 * floor and crosses none of its red lines.
 */
import { compile } from '../model/compiled';
import type { GameState } from '../model/state';
import { other, type Scenario, type SideId } from '../model/types';
import { openIssues } from '../round/rules';
import { packageCrosses } from '../stakes/redLines';
import { aspiration, packageWorth, weightOf } from './demands';

/**
 * The package a side would offer now over the open issues: its best options,
 * conceded greedily (least own loss per point of the other side's gain)
 * while the package stays at or above its aspiration and every floor.
 */
export function targetPackage(s: Scenario, state: GameState, side: SideId): Record<string, string> {
  const c = compile(s);
  const mind = state.minds[side];
  const theirs = state.minds[other(side)];
  const open = openIssues(s, state);
  const target = aspiration(s, state, side);
  const pkg: Record<string, string> = {};
  for (const issue of open) {
    const values = mind.values[issue] ?? {};
    let best: string | undefined;
    for (const option in values) {
      const v = values[option] as number;
      if (best === undefined) best = option;
      else {
        const bv = values[best] ?? 0;
        if (v > bv || (v === bv && (theirs.values[issue]?.[option] ?? 0) > (theirs.values[issue]?.[best] ?? 0))) best = option;
      }
    }
    if (best !== undefined) pkg[issue] = best;
  }
  const ownWeight = open.map((issue) => weightOf(c, side, issue));
  const theirWeight = open.map((issue) => weightOf(c, other(side), issue));
  const barred = new Set<string>();
  // The best concession on one issue (the first option with the highest ratio of their gain to own loss), or null.
  // A step changes only its own issue (its clause, or what is barred on it), so only that issue's best is worked out
  // again: the next step is the first issue with the highest best, exactly what a scan of every option finds.
  const bestOn = (k: number): Concession | null => {
    const issue = open[k] as string;
    const current = pkg[issue];
    if (current === undefined) return null;
    const mine = mind.values[issue] ?? {};
    const yours = theirs.values[issue] ?? {};
    const here = mine[current] ?? 0;
    const floor = mind.floors[issue] ?? 0;
    const yoursNow = yours[current] ?? 0;
    let best: Concession | null = null;
    for (const option in mine) {
      const v = mine[option] ?? 0;
      if (v > here || v < floor) continue;
      const gain = ((yours[option] ?? 0) - yoursNow) * (theirWeight[k] ?? 0);
      if (gain <= 0 || (barred.size > 0 && barred.has(`${issue}:${option}`))) continue;
      const loss = (here - v) * (ownWeight[k] ?? 0);
      const ratio = gain / (loss + 0.5);
      if (!best || ratio > best.ratio) best = { k, issue, option, ratio };
    }
    return best;
  };
  const bests = open.map((_, k) => bestOn(k));
  for (;;) {
    let choice: Concession | null = null;
    for (const b of bests) if (b && (!choice || b.ratio > choice.ratio)) choice = b;
    if (!choice) break;
    if (packageWorth(c, mind, side, pkg, choice.issue, choice.option) < target) break;
    // The computer never offers what its own instructions forbid: that step is skipped for good.
    if (packageCrosses(s, state, side, pkg, choice.issue, choice.option)) barred.add(`${choice.issue}:${choice.option}`);
    else pkg[choice.issue] = choice.option;
    bests[choice.k] = bestOn(choice.k);
  }
  return pkg;
}

/** One step of the concession search: an option on the open issue at index `k`, and its gain-to-loss ratio. */
type Concession = { readonly k: number; readonly issue: string; readonly option: string; readonly ratio: number };
