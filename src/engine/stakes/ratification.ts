/**
 * Ratification at home: a signed document goes to each side's legislature or
 * leadership (the round file names it, with a note and a source), which
 * accepts or rejects it from three things only — the red lines it crosses for
 * that side, its worth to that side against the side's reservation point,
 * and the home-support meter, which lowers the bar when support is strong
 * and raises it when support is weak (by up to five points either way). A
 * document that either side rejects is signed, not ratified: it does not
 * come into force.
 */
import type { GameState, Package } from '../model/state';
import { SIDE_IDS, type Citation, type Scenario, type SideId } from '../model/types';
import { crossings } from './redLines';
import { documentWorthTo, standingClauses } from './worth';

export interface SideRatification {
  readonly side: SideId;
  /** Who decides at home ("the Diet", "the Presidium of the Supreme Soviet"). */
  readonly body: string;
  readonly ratified: boolean;
  /** Why, in one sentence (private to the side: it names its red lines and numbers). */
  readonly reason: string;
  /** Why, in words the other side may read (no values, no red lines quoted). */
  readonly publicReason: string;
  /** The document's worth to the side, the bar it had to clear and the support at home that set it. */
  readonly worth: number;
  readonly bar: number;
  readonly support: number;
  /** The red lines it crosses for this side (their words). */
  readonly crossed: readonly string[];
  /** What history says about this body and the real document. */
  readonly note: string;
  readonly cite: readonly Citation[];
}

export interface Ratification {
  /** Both sides ratified. */
  readonly ratified: boolean;
  readonly sides: Readonly<Record<SideId, SideRatification>>;
}

const supportOf = (state: GameState, side: SideId) => state.meters[side === 'japan' ? 'support-japan' : 'support-russia'];

/** The worth a side's principals require: its reservation point, moved up to 5 points by support at home. */
export const ratificationBar = (reservation: number, support: number): number => Math.round((reservation + (50 - support) / 10) * 10) / 10;

/** What a side's principals weigh and decide: the red lines the document crosses, the bar, the support behind it. */
function verdict(s: Scenario, state: GameState, side: SideId, doc: Package, worth: number) {
  const crossed = crossings(s, side, doc).map((x) => x.redLine.text.en);
  const support = supportOf(state, side);
  const bar = ratificationBar(s.negotiators[side].reservation, support);
  return { crossed, support, bar, ratified: crossed.length === 0 && worth >= bar };
}

/**
 * How each side's principals answer a signed document: `doc` is what stands
 * (agreed clauses and declared positions), `worth` its worth to each side.
 */
export function ratify(s: Scenario, state: GameState, doc: Package, worth: Readonly<Record<SideId, number>>): Ratification {
  const one = (side: SideId): SideRatification => {
    const r = s.ratification?.[side];
    const { body, Body, name, rejects, ratifies } = wordsFor(s)[side];
    const w = worth[side];
    const { crossed, support, bar, ratified } = verdict(s, state, side, doc, w);
    let reason: string;
    let publicReason: string;
    if (crossed.length > 0) {
      reason = `${Body} ${rejects} it: it crosses the instruction “${(crossed[0] ?? '').replace(/\.$/, '')}”${crossed.length > 1 ? ` and ${crossed.length - 1} more` : ''}.`;
      publicReason = `${Body} ${rejects} it: it gives up what ${name}'s delegation was told never to give up.`;
    } else if (!ratified) {
      reason = `${Body} ${rejects} it: it is worth ${fmt(w)} to ${name}, below the ${fmt(bar)} needed at home with support at ${support}.`;
      publicReason = `${Body} ${rejects} it: it gives ${name} too little for what it costs.`;
    } else {
      reason = `${Body} ${ratifies} it: it is worth ${fmt(w)} to ${name}, above the ${fmt(bar)} needed at home with support at ${support}, and crosses none of its instructions.`;
      publicReason = `${Body} ${ratifies} it.`;
    }
    return { side, body, ratified, reason, publicReason, worth: w, bar, support, crossed, note: r?.note.en ?? '', cite: r?.cite ?? [] };
  };
  const sides = { japan: one('japan'), russia: one('russia') };
  return { ratified: sides.japan.ratified && sides.russia.ratified, sides };
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The words a side's verdict is told in that depend only on the round: who decides, capitalised, the side's name and the verbs. */
interface Words {
  readonly body: string;
  readonly Body: string;
  readonly name: string;
  readonly rejects: string;
  readonly ratifies: string;
}

const words = new WeakMap<Scenario, Readonly<Record<SideId, Words>>>();

/** A round's verdict words (worked out once per scenario: every signed round's outcome tells its verdicts). */
function wordsFor(s: Scenario): Readonly<Record<SideId, Words>> {
  let out = words.get(s);
  if (!out) {
    const of = (side: SideId): Words => {
      const body = s.ratification?.[side]?.body.en ?? `the ${s.sides[side].short.en} government`;
      // "The Diet rejects it", "the President's office and the State Duma reject it".
      const plural = / and /.test(body);
      return { body, Body: cap(body), name: inProse(s.sides[side].short.en), rejects: plural ? 'reject' : 'rejects', ratifies: plural ? 'ratify' : 'ratifies' };
    };
    out = { japan: of('japan'), russia: of('russia') };
    words.set(s, out);
  }
  return out;
}
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** How each side's principals answer the document as it is signed (the round's machine asks this when both signatures are on it). */
export function ratifySigned(s: Scenario, state: GameState): Ratification {
  const doc = standingClauses(s, state, true);
  const worth = { japan: documentWorthTo(s, doc, true, 'japan'), russia: documentWorthTo(s, doc, true, 'russia') };
  return ratify(s, state, Object.fromEntries(doc), worth);
}

/** Whether both sides' principals ratify the document as it is signed (`ratifySigned`'s decision, without its words). */
export function ratifiedAtHome(s: Scenario, state: GameState): boolean {
  const doc = standingClauses(s, state, true);
  const pkg = Object.fromEntries(doc);
  return SIDE_IDS.every((side) => verdict(s, state, side, pkg, documentWorthTo(s, doc, true, side)).ratified);
}

/** How each side's principals answer the document a finished round leaves: null when nothing was signed. */
export function ratifyState(s: Scenario, state: GameState): Ratification | null {
  return state.status === 'concluded' ? ratifySigned(s, state) : null;
}

/** A side's short name inside a sentence: a country's name stands bare ("Japan", "Russia"), the rest take the article ("the USSR", "the South"). */
export const inProse = (short: string): string => (/^(Japan|Russia)$/.test(short) ? short : `the ${short}`);
