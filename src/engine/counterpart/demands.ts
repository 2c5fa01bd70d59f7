/**
 * What a computer side demands of a package now: its aspiration (the worth it
 * asks for, falling over the round with trust, pressure and support at home),
 * a package's weighted worth to it, whether it would accept a package, and the
 * whole document's worth. The negotiator (`negotiator.ts`), its concession
 * search (`target.ts`) and its answers (`answer.ts`) all judge by these.
 */
import { compile, type CompiledScenario } from '../model/compiled';
import type { GameState, Mind, Package } from '../model/state';
import type { Negotiator, Scenario, SideId } from '../model/types';

const supportOf = (state: GameState, side: SideId) => state.meters[side === 'japan' ? 'support-japan' : 'support-russia'];

/** The last state asked about and the aspirations worked out for it (the computer and its answer ask of one state in turn). */
let asked: { state: GameState | null; japan?: number; russia?: number } = { state: null };

/** The worth (0–100) a side currently demands of what it agrees to. */
export function aspiration(s: Scenario, state: GameState, side: SideId): number {
  if (asked.state !== state) asked = { state };
  return (asked[side] ??= computeAspiration(s, state, side));
}

function computeAspiration(s: Scenario, state: GameState, side: SideId): number {
  const c = compile(s);
  const p: Negotiator = s.negotiators[side];
  const mind = state.minds[side];
  const reservation = mind.reservation;
  const tau = Math.min(1, state.moveCount / Math.max(1, c.totalTurns));
  const base = reservation + (Math.max(p.opening, reservation) - reservation) * (1 - Math.pow(tau, 1 / p.concession));
  const adjust =
    -p.trustSensitivity * ((state.meters.trust - 50) / 10) -
    p.pressureSensitivity * ((state.meters.pressure - 50) / 10) +
    p.supportSensitivity * ((50 - supportOf(state, side)) / 10);
  return Math.max(reservation, Math.min(100, base + adjust));
}

/** An issue's weight to a side. */
export const weightOf = (c: CompiledScenario, side: SideId, issue: string) => c.issues.get(issue)?.weight[side] ?? 0;

/** Weighted mean worth of a package to a side (0–100); with `swap`, `option` in place of the package's clause on that issue. */
export function packageWorth(c: CompiledScenario, mind: Mind, side: SideId, pkg: Package, swap?: string, option?: string): number {
  let total = 0;
  let weights = 0;
  // In the package's own order (for…in: as Object.entries, without the pairs).
  for (const issue in pkg) {
    const w = c.issues.get(issue)?.weight[side] ?? 0;
    total += w * (mind.values[issue]?.[(issue === swap ? option : pkg[issue]) as string] ?? 0);
    weights += w;
  }
  return weights === 0 ? 100 : total / weights;
}

/** Whether a side would accept a package now. */
export function wouldAccept(s: Scenario, state: GameState, side: SideId, pkg: Package): boolean {
  const c = compile(s);
  const mind = state.minds[side];
  const mine = state.stances[side];
  let stated = true;
  for (const issue in pkg) {
    const option = pkg[issue] as string;
    if ((mind.values[issue]?.[option] ?? 0) < (mind.floors[issue] ?? 0)) return false;
    if (mine[issue] !== option) stated = false;
  }
  if (stated) return true;
  return packageWorth(c, mind, side, pkg) >= aspiration(s, state, side) - 1e-9;
}

/** The whole document's worth to a side, open issues counted at their fallback. */
export function documentWorth(s: Scenario, state: GameState, side: SideId): number {
  const c = compile(s);
  const pkg: Record<string, string> = {};
  for (const issue of s.agenda) {
    const agreed = state.agreed.find((a) => a.issue === issue.id);
    const option = agreed?.option ?? issue.fallback;
    if (option !== undefined) pkg[issue.id] = option;
  }
  return packageWorth(c, state.minds[side], side, pkg);
}

