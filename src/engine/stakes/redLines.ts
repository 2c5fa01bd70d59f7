/**
 * Red lines as rules: each red line of a side's brief names the clause
 * combinations it forbids, and this module says which red lines a document,
 * a proposal or a move would cross for the side making it. A document here
 * is what would stand: the clauses agreed so far, the unilateral issues'
 * declared positions, and whatever the action adds. Only red lines newly
 * crossed by an action count against it; signing counts every red line the
 * document crosses.
 */
import { compile } from '../model/compiled';
import type { Action, GameState, Package } from '../model/state';
import type { RedLine, Scenario, SideId } from '../model/types';
import { concessionStep } from '../round/rules';

/** One red line crossed: its position in the brief and its words. */
export interface Crossing {
  readonly index: number;
  readonly redLine: RedLine;
}

/** The red lines of a side in the round as it opened (a variant's brief may replace them). */
export const redLinesOf = (s: Scenario, side: SideId): readonly RedLine[] => s.sides[side].brief.redLines;

/** Whether a combination (issue → allowed options) stands in the document. */
const matches = (doc: Package, forbid: Readonly<Record<string, readonly string[]>>): boolean =>
  Object.entries(forbid).every(([issue, options]) => {
    const here = doc[issue];
    return here !== undefined && options.includes(here);
  });

/** The red lines of `side` that the document crosses. */
export function crossings(s: Scenario, side: SideId, doc: Package): Crossing[] {
  const out: Crossing[] = [];
  for (const [index, redLine] of redLinesOf(s, side).entries()) {
    if ((redLine.forbids ?? []).some((f) => matches(doc, f))) out.push({ index, redLine });
  }
  return out;
}

/** What stands now: the agreed clauses and each unilateral issue's declared position. */
export function standing(s: Scenario, state: GameState): Record<string, string> {
  const doc: Record<string, string> = {};
  for (const a of state.agreed) doc[a.issue] = a.option;
  for (const issue of s.agenda) {
    const by = issue.decidedBy;
    const stance = by ? state.stances[by][issue.id] : undefined;
    if (stance !== undefined) doc[issue.id] = stance;
  }
  return doc;
}

/** What an action adds to the document, or null when it adds nothing a red line can catch. */
function addition(s: Scenario, state: GameState, action: Action): Package | null {
  const c = compile(s);
  switch (action.type) {
    case 'propose':
      return action.package;
    case 'accept':
      return state.pending && state.pending.from !== action.side ? state.pending.package : null;
    case 'move': {
      const move = c.moves.get(action.move);
      if (move?.kind === 'propose') return move.package ?? null;
      if (move?.kind === 'position' && move.issue !== undefined && move.option !== undefined) return { [move.issue]: move.option };
      return null;
    }
    case 'concede': {
      const option = concessionStep(state, action.side, action.issue);
      return option === null ? null : { [action.issue]: option };
    }
    default:
      return null;
  }
}

/**
 * The red lines of the acting side this action would cross: those it newly
 * crosses (a proposal, an acceptance, a stated position), or for a signature
 * every red line the document crosses.
 */
export function actionCrossings(s: Scenario, state: GameState, action: Action): Crossing[] {
  const doc = standing(s, state);
  if (action.type === 'sign') return crossings(s, action.side, doc);
  const added = addition(s, state, action);
  if (!added) return [];
  const before = new Set(crossings(s, action.side, doc).map((x) => x.index));
  return crossings(s, action.side, { ...doc, ...added }).filter((x) => !before.has(x.index));
}

/** Whether a package, added to what stands, would cross one of the side's red lines. */
export const packageCrosses = (s: Scenario, state: GameState, side: SideId, pkg: Package): boolean => {
  const doc = standing(s, state);
  const before = crossings(s, side, doc).length;
  return crossings(s, side, { ...doc, ...pkg }).length > before;
};
