/**
 * The score against the brief: how well a side did for its own people, as a
 * role-play scoring sheet. For each issue, the clause's worth to the side
 * (from the scenario's published values and weights) beside the real
 * document's; the whole document's worth against the side's reservation
 * point (its walk-away point) and against the real document's; each red line
 * kept or crossed; and whether the principals at home ratified it. History is
 * one line of it ("matches history"), not the verdict. Every number is the
 * engine's own (worth.ts, ratification.ts): the sheet adds no arithmetic of
 * its own beyond differences.
 */
import type { GameState } from '../model/state';
import type { Scenario, SideId } from '../model/types';
import { crossings } from './redLines';
import { inProse, ratifyState } from './ratification';
import { documentWorthTo, issueValue, optionFor, recordClauses, standingClauses } from './worth';

export interface ScoreRow {
  readonly issue: string;
  readonly title: string;
  /** How much the side cares about the issue (its weight, 0–10). */
  readonly weight: number;
  /** The clause that stands for the side (an open issue at its fallback), its label and worth to the side. */
  readonly yours: { readonly label: string; readonly value: number; readonly open: boolean };
  /** The real document's clause and its worth to the side (null where the record has none). */
  readonly record: { readonly label: string; readonly value: number } | null;
}

export type Grade = 'strong' | 'fair' | 'weak' | 'failed';

export interface BriefScore {
  readonly side: SideId;
  readonly sideName: string;
  readonly concluded: boolean;
  /** The document's worth to the side (its no-deal value without one). */
  readonly worth: number;
  /** The side's reservation point: the least its brief lets it sign. */
  readonly reservation: number;
  /** What walking away is worth to the side. */
  readonly noDeal: number;
  /** The real document's worth to the side. */
  readonly recordWorth: number;
  /** A tutorial round (practice): its invented "record" is not a comparison to show. */
  readonly tutorial: boolean;
  readonly rows: readonly ScoreRow[];
  readonly redLines: readonly { readonly text: string; readonly kept: boolean }[];
  /** Null when nothing was signed. */
  readonly ratified: boolean | null;
  readonly ratification: string | null;
  readonly grade: Grade;
  /** One sentence leading the outcome: how the student did for their side. */
  readonly verdict: string;
  /**
   * The lines under the verdict: the red lines crossed, by their words, and
   * what home said — in its public words when a crossing is why, so the
   * crossed instruction is quoted once.
   */
  readonly lead: readonly string[];
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The scoring sheet for one side of a finished round. */
export function briefScore(s: Scenario, state: GameState, side: SideId): BriefScore {
  const doc = standingClauses(s, state);
  const concluded = state.status === 'concluded';
  const record = recordClauses(s);
  const recordConcluded = s.record.outcome === 'concluded';
  const rows: ScoreRow[] = s.agenda.map((issue) => {
    const mine = optionFor(s, doc, issue.id);
    const rec = record.get(issue.id);
    const label = (o: string | undefined) => issue.options.find((x) => x.id === o)?.label.en ?? 'Nothing agreed';
    return {
      issue: issue.id,
      title: issue.title.en,
      weight: issue.weight[side],
      yours: { label: label(mine), value: issueValue(s, doc, issue.id, side), open: !doc.has(issue.id) },
      record: rec !== undefined ? { label: label(rec), value: issueValue(s, record, issue.id, side) } : null,
    };
  });
  const worth = documentWorthTo(s, doc, concluded, side);
  const recordWorth = documentWorthTo(s, record, recordConcluded, side);
  const crossed = new Set(crossings(s, side, Object.fromEntries(doc)).map((x) => x.index));
  const redLines = s.sides[side].brief.redLines.map((r, i) => ({ text: r.text.en, kept: !crossed.has(i) }));
  const r = ratifyState(s, state);
  const ratified = r ? r.sides[side].ratified : null;
  const reservation = s.negotiators[side].reservation;
  const noDeal = s.noDeal[side];
  const sideName = s.sides[side].short.en;
  const name = inProse(sideName);
  const kept = redLines.every((x) => x.kept);
  let grade: Grade;
  if (!kept || ratified === false) grade = 'failed';
  // Walking away is fair when it is worth the walk-away point, or as much as what history's delegation came home with (1960: no document either).
  else if (!concluded) grade = noDeal >= Math.min(reservation, recordWorth) ? 'fair' : 'weak';
  else if (worth < reservation) grade = 'weak';
  // Strong means better for your side than what history's delegation came home with; matching history is fair, not the target.
  else grade = worth > recordWorth + 0.05 ? 'strong' : 'fair';
  const tutorial = s.tutorial !== undefined;
  const real = tutorial ? '' : ` and ${fmt(recordWorth)} for the real document`;
  const against = `worth ${fmt(worth)} to ${name} against a walk-away point of ${fmt(reservation)}${real}`;
  const verdict = !concluded
    ? `${GRADE_WORDS[grade]} for ${name}: no document; walking away is worth ${fmt(noDeal)} against a walk-away point of ${fmt(reservation)}${tutorial ? '' : ` and ${fmt(recordWorth)} for the real outcome`}${kept ? '; every instruction kept' : `; ${redLines.filter((x) => !x.kept).length} red line crossed`}.`
    : `${GRADE_WORDS[grade]} for ${name}: ${against}; ${kept ? 'every instruction kept' : `${redLines.filter((x) => !x.kept).length} red line${redLines.filter((x) => !x.kept).length === 1 ? '' : 's'} crossed`}; ${ratified ? 'ratified at home' : 'not ratified at home'}.`;
  const crossedLines = redLines.filter((x) => !x.kept);
  const home = r?.sides[side];
  const lead = [
    ...(crossedLines.length > 0 ? [`Red line${crossedLines.length === 1 ? '' : 's'} crossed: ${crossedLines.map((x) => `“${x.text}”`).join('; ')}`] : []),
    ...(home ? [home.crossed.length > 0 ? home.publicReason : home.reason] : []),
  ];
  return { side, sideName, concluded, worth, reservation, noDeal, recordWorth, tutorial, rows, redLines, ratified, ratification: home ? home.reason : null, grade, verdict, lead };
}

const GRADE_WORDS: Readonly<Record<Grade, string>> = {
  strong: 'A strong result',
  fair: 'A fair result',
  weak: 'A weak result',
  failed: 'A failure',
};
