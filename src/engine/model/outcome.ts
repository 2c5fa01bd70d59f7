/**
 * The outcome of a round: the agreed document (or the breakdown) clause by
 * clause against the real record, with one comparison enum used everywhere,
 * the meters against their historical end values, and the world that follows.
 */
import { compile } from './compiled';
import type { GameState } from './state';
import { appliedVariants } from './variants';
import { applyWorldPatch } from './world';
import { ratifyState, type Ratification } from '../stakes/ratification';
import { documentWorthTo, standingClauses } from '../stakes/worth';
import { METER_IDS, type MeterId, type Scenario, type WorldState } from './types';

export const COMPARISONS = ['same', 'better-for-japan', 'better-for-russia', 'not-in-record', 'missing', 'other-world'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface ClauseOutcome {
  readonly issue: string;
  /** The option in the player's document (null when not agreed). */
  readonly option: string | null;
  readonly agreed: boolean;
  /** Set for a unilateral issue: the side whose last word stands. */
  readonly decidedBy: 'japan' | 'russia' | null;
  /** The record clause for this issue, if any. */
  readonly record: { readonly id: string; readonly option: string; readonly agreed: boolean } | null;
  readonly comparison: Comparison;
  /** For 'other-world': the variant whose note says why the record clause does not compare. */
  readonly variant?: string;
}

export interface Outcome {
  readonly status: 'concluded' | 'breakdown';
  readonly endedBy: GameState['endedBy'];
  readonly clauses: readonly ClauseOutcome[];
  readonly meters: readonly { readonly id: MeterId; readonly value: number; readonly historical: number }[];
  /** Clauses that differ from the record. */
  readonly distance: number;
  /** Worth of the result to each side, from the scenario's published values (0–100). */
  readonly worth: { readonly japan: number; readonly russia: number };
  /** How each side's principals answered the signed document (null when none was signed). */
  readonly ratification: Ratification | null;
  readonly world: WorldState;
  /** The variants the round opened under (empty in the historical world). */
  readonly variants: readonly string[];
}

/** Compare the option in the player's document with the record's, by the scenario's base values. */
export function compareOptions(s: Scenario, issue: string, mine: string, record: string): Comparison {
  if (mine === record) return 'same';
  const options = compile(s).options.get(issue);
  const a = options?.get(mine)?.value;
  const b = options?.get(record)?.value;
  if (!a || !b) return 'not-in-record';
  if (a.japan !== b.japan) return a.japan > b.japan ? 'better-for-japan' : 'better-for-russia';
  return a.russia > b.russia ? 'better-for-russia' : 'better-for-japan';
}

/** A world after a concluded document: its clauses' world changes, then the document itself in force. */
export function documentWorld(s: Scenario, start: WorldState, agreed: ReadonlyMap<string, string>): WorldState {
  let world = start;
  for (const issue of s.agenda) {
    const option = agreed.get(issue.id);
    const patch = option !== undefined ? issue.options.find((o) => o.id === option)?.world : undefined;
    if (patch) world = applyWorldPatch(world, patch);
  }
  return applyWorldPatch(world, { documents: [{ ...s.document, inForce: true }] });
}

/** Who holds an island of this fate, if anyone does. */
const holderOf = (fate: string): 'japan' | 'russia' | null => (fate === 'japan' ? 'japan' : fate === 'russia' || fate === 'japan-after-treaty' ? 'russia' : null);

/**
 * Unilateral declarations change the world too, but a side's own note cannot
 * take an island from the side that holds it, nor bring a document into force
 * (only a signed document can).
 */
function unilateralWorld(s: Scenario, start: WorldState, standing: ReadonlyMap<string, string>): WorldState {
  let world = start;
  for (const issue of s.agenda) {
    const option = issue.decidedBy ? standing.get(issue.id) : undefined;
    const patch = option !== undefined ? issue.options.find((o) => o.id === option)?.world : undefined;
    if (!patch || !issue.decidedBy) continue;
    const by = issue.decidedBy;
    const islands = Object.fromEntries(Object.entries(patch.islands ?? {}).filter(([id]) => {
      const holder = holderOf(world.islands[id as keyof WorldState['islands']]);
      return holder === null || holder === by;
    }));
    // Nor can a note bring into force a document that is not in force.
    const inForce = (id: string) => world.documents.some((d) => d.id === id && d.inForce);
    const documents = (patch.documents ?? []).filter((d) => !d.inForce || inForce(d.id));
    world = applyWorldPatch(world, { ...patch, islands, documents });
  }
  return world;
}

/** The world as history left it after this round. */
export function recordWorld(s: Scenario, start: WorldState = s.world): WorldState {
  const year = Number(s.endDate.slice(0, 4));
  const agreed = new Map(s.record.clauses.filter((c) => c.agreed).map((c) => [c.issue, c.option]));
  let world = applyWorldPatch(start, {}, year);
  world = s.record.outcome === 'concluded' ? documentWorld(s, world, agreed) : unilateralWorld(s, world, agreed);
  return s.record.world ? applyWorldPatch(world, s.record.world) : world;
}

/** The outcome of a finished (or abandoned) round. */
export function outcomeOf(s: Scenario, state: GameState): Outcome {
  const status = state.status === 'concluded' ? 'concluded' : 'breakdown';
  // Unilateral issues stand on the deciding side's last word, document or not.
  const agreed = standingClauses(s, state);
  const variants = appliedVariants(s, state.world);
  const clauses: ClauseOutcome[] = [];
  for (const issue of s.agenda) {
    const rec = s.record.clauses.find((r) => r.issue === issue.id);
    const mine = agreed.get(issue.id);
    const record = rec ? { id: rec.id, option: rec.option, agreed: rec.agreed } : null;
    if (mine === undefined && !record) continue;
    let comparison: Comparison;
    if (mine !== undefined) {
      comparison = record?.agreed ? compareOptions(s, issue.id, mine, record.option) : 'not-in-record';
    } else {
      comparison = record?.agreed ? 'missing' : 'same';
    }
    // History answered a world this round did not open in: the clause is shown, not compared.
    const presupposed = rec ? variants.find((v) => v.record.some((r) => r.clause === rec.id)) : undefined;
    if (presupposed) comparison = 'other-world';
    clauses.push({ issue: issue.id, option: mine ?? null, agreed: mine !== undefined, decidedBy: issue.decidedBy ?? null, record, comparison, ...(presupposed ? { variant: presupposed.id } : {}) });
  }
  let world = applyWorldPatch(state.world, {}, Number(s.endDate.slice(0, 4)));
  const worth = { japan: documentWorthTo(s, agreed, status === 'concluded', 'japan'), russia: documentWorthTo(s, agreed, status === 'concluded', 'russia') };
  const ratification = ratifyState(s, state);
  // A signed document its principals reject does not come into force: the world goes on as after a breakdown.
  if (ratification?.ratified) world = documentWorld(s, world, agreed);
  else {
    world = unilateralWorld(s, world, agreed);
    if (ratification) world = applyWorldPatch(world, { documents: [{ ...s.document, inForce: false }] });
  }
  return {
    status,
    endedBy: state.endedBy,
    clauses,
    meters: METER_IDS.map((id) => ({ id, value: state.meters[id], historical: s.meters[id].historical })),
    distance: clauses.filter((c) => c.comparison !== 'same' && c.comparison !== 'other-world').length,
    worth,
    ratification,
    world,
    variants: variants.map((v) => v.id),
  };
}
