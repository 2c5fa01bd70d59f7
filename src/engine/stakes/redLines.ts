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
import { clause } from '../model/clause';
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

/** A red line as the checks read it: each forbidden combination as [issue, allowed options] pairs. */
interface Compiled {
  readonly index: number;
  readonly redLine: RedLine;
  readonly forbids: readonly (readonly (readonly [string, readonly string[]])[])[];
}

const compiledLines = new WeakMap<readonly RedLine[], readonly Compiled[] & { readonly issues: ReadonlySet<string> }>();

/** A side's red lines with their combinations unpacked, and every issue they name (once per brief). */
function compiled(s: Scenario, side: SideId): readonly Compiled[] & { readonly issues: ReadonlySet<string> } {
  const lines = redLinesOf(s, side);
  let out = compiledLines.get(lines);
  if (!out) {
    const list = lines.map((redLine, index) => ({ index, redLine, forbids: (redLine.forbids ?? []).map((f) => Object.entries(f)) }));
    out = Object.assign(list, { issues: new Set(list.flatMap((l) => l.forbids.flatMap((f) => f.map(([issue]) => issue)))) });
    compiledLines.set(lines, out);
  }
  return out;
}

/** Whether a combination (issue → allowed options) stands in the document, with `added`'s clauses in place of its own. */
const matches = (doc: Package, added: Package | undefined, forbid: readonly (readonly [string, readonly string[]])[]): boolean => {
  for (const [issue, options] of forbid) {
    const here = added?.[issue] ?? doc[issue];
    if (here === undefined || !options.includes(here)) return false;
  }
  return true;
};

/** The red lines of `side` that the document crosses (with `added`'s clauses in place of its own: `{ ...doc, ...added }`, not built). */
export function crossings(s: Scenario, side: SideId, doc: Package, added?: Package): Crossing[] {
  const out: Crossing[] = [];
  for (const line of compiled(s, side)) {
    if (line.forbids.some((f) => matches(doc, added, f))) out.push({ index: line.index, redLine: line.redLine });
  }
  return out;
}

/** `matches` with `added`'s clause on `swap` read as `option` (the package `{ ...added, [swap]: option }`, not built). */
const matchesSwapped = (doc: Package, added: Package, swap: string, option: string, forbid: readonly (readonly [string, readonly string[]])[]): boolean => {
  for (const [issue, options] of forbid) {
    const here = (issue === swap ? option : added[issue]) ?? doc[issue];
    if (here === undefined || !options.includes(here)) return false;
  }
  return true;
};

/** How many red lines of `side` the document crosses, with `added`'s clauses (its `swap` clause read as `option`) in place of its own. */
function crossingCount(s: Scenario, side: SideId, doc: Package, added: Package, swap?: string, option?: string): number {
  let n = 0;
  for (const line of compiled(s, side)) {
    if (line.forbids.some((f) => (swap === undefined ? matches(doc, added, f) : matchesSwapped(doc, added, swap, option as string, f)))) n++;
  }
  return n;
}

/** What stands now: the agreed clauses and each unilateral issue's declared position (do not change it: it is remembered for the states asked last). */
export const standing = (s: Scenario, state: GameState): Readonly<Record<string, string>> => standingOf(s, state).doc;

function standingNow(s: Scenario, state: GameState): Record<string, string> {
  const doc: Record<string, string> = {};
  for (const a of state.agreed) doc[a.issue] = a.option;
  for (const issue of s.agenda) {
    const by = issue.decidedBy;
    const stance = by ? state.stances[by][issue.id] : undefined;
    if (stance !== undefined) doc[issue.id] = stance;
  }
  return doc;
}

/** What stands in a state and the red lines it already crosses (a state never changes, so this is remembered with it). */
interface Standing {
  readonly s: Scenario;
  readonly doc: Readonly<Record<string, string>>;
  readonly crossed: { japan?: readonly Crossing[]; russia?: readonly Crossing[] };
}
/** The last two states asked about (the computer asks of the state it moves from, the machine of the one the move leaves). */
let recent: readonly [GameState | null, Standing | null, GameState | null, Standing | null] = [null, null, null, null];

function standingOf(s: Scenario, state: GameState): Standing {
  const [a, known, b, other] = recent;
  if (a === state && known?.s === s) return known;
  if (b === state && other?.s === s) {
    recent = [b, other, a, known];
    return other;
  }
  const fresh: Standing = { s, doc: standingNow(s, state), crossed: {} };
  recent = [state, fresh, a, known];
  return fresh;
}

const crossedNow = (s: Scenario, state: GameState, side: SideId): readonly Crossing[] => {
  const known = standingOf(s, state);
  return (known.crossed[side] ??= crossings(s, side, known.doc));
};

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
      if (move?.kind === 'position' && move.issue !== undefined && move.option !== undefined) return clause(move.issue, move.option);
      return null;
    }
    case 'concede': {
      const option = concessionStep(state, action.side, action.issue);
      return option === null ? null : clause(action.issue, option);
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
  if (action.type === 'sign') return [...crossedNow(s, state, action.side)];
  const added = addition(s, state, action);
  return added ? newCrossings(s, state, action.side, added) : [];
}

/** The red lines of `side` that the clauses of `added`, put on what stands, would cross and what stands does not cross already. */
export function newCrossings(s: Scenario, state: GameState, side: SideId, added: Package): Crossing[] {
  // A red line that names none of the clauses added stands as it stood: nothing new is crossed.
  const named = compiled(s, side).issues;
  if (!Object.keys(added).some((issue) => named.has(issue))) return [];
  const { doc } = standingOf(s, state);
  const before = crossedNow(s, state, side);
  return crossings(s, side, doc, added).filter((x) => !before.some((b) => b.index === x.index));
}

/** Whether a package (with `swap`, `option` in place of its clause on that issue), added to what stands, would cross one of the side's red lines. */
export const packageCrosses = (s: Scenario, state: GameState, side: SideId, pkg: Package, swap?: string, option?: string): boolean =>
  crossingCount(s, side, standingOf(s, state).doc, pkg, swap, option) > crossedNow(s, state, side).length;
