/**
 * The choices view-model: each legal action as a button's label, detail and
 * sources. What a choice says it will do comes from the rules themselves: a
 * concession names `concessionStep`'s option, and a generic action cites the
 * line `pickLine` would have the side speak now.
 */
import { canonicalJson } from '../log/canonical';
import { compile } from '../model/compiled';
import type { Action, GameState } from '../model/state';
import type { Line, Scenario } from '../model/types';
import { lineSpoken } from '../round/apply';
import { concessionStep } from '../round/rules';
import { repeatFactor } from '../round/repeat';
import { actionCrossings } from '../stakes/redLines';
import { citationView, clauseView, KIND_VERB, markLine, marksOf, say, type CitationView, type Locale } from './text';

export interface ChoiceView {
  /** Stable key for the choice (canonical JSON of its action). */
  readonly key: string;
  readonly action: Action;
  readonly kind: string;
  readonly label: string;
  /** A one-line explanation (what it puts on the table). */
  readonly detail: string;
  /** A counterfactual or not-yet-proposed mark, shown on the button. */
  readonly mark: string | null;
  readonly citations: readonly CitationView[];
  /** The chooser's own red lines this move would cross (their words; empty when it crosses none). */
  readonly crosses: readonly string[];
  /** How many times the chooser has already made this very move this round. */
  readonly repeats: number;
}

export function choiceView(s: Scenario, state: GameState, a: Action, locale: Locale): ChoiceView {
  const crosses = actionCrossings(s, state, a).map((x) => say(x.redLine.text, locale));
  return { ...choiceBody(s, state, a, locale), crosses, repeats: timesChosen(state, a) };
}

/** How often `a` was made before by its side: the same named move, the same proposal, or a consultation. */
export function timesChosen(state: GameState, a: Action): number {
  const same = (e: GameState['log'][number]): boolean => {
    if (e.kind !== 'action' || e.side !== a.side || e.action !== a.type) return false;
    if (a.type === 'move') return e.move === a.move;
    if (a.type === 'propose') return e.package !== undefined && canonicalJson(e.package) === canonicalJson(a.package);
    return a.type === 'consult';
  };
  return state.log.filter(same).length;
}

const SHARE: Readonly<Record<number, string>> = { 0.5: 'half its weight', 0.25: 'a quarter of its weight', 0: 'no weight' };

/**
 * "You made this move twice already", for a move made before (null for a
 * first time); for a scenario move (`weighs`), what is left of its effect
 * now that it is repeated (the rules' `repeatFactor`).
 */
export function repeatNote(times: number, weighs = false): string | null {
  if (times <= 0) return null;
  const made = `You made this move ${times === 1 ? 'once' : times === 2 ? 'twice' : `${times} times`} already`;
  return weighs ? `${made}: made again it carries ${SHARE[repeatFactor(times)] ?? 'less weight'}` : made;
}

/** The groups of the move panel, in the order they are shown, and the kinds each gathers. */
export const MOVE_GROUPS: readonly { readonly id: string; readonly title: string; readonly kinds: readonly string[] }[] = [
  { id: 'sign', title: 'Sign', kinds: ['sign'] },
  { id: 'accept', title: 'Accept', kinds: ['accept'] },
  { id: 'position', title: 'State a position', kinds: ['position'] },
  { id: 'propose', title: 'Propose', kinds: ['propose'] },
  { id: 'concede', title: 'Concede', kinds: ['concede'] },
  { id: 'argue', title: 'Argue or appeal', kinds: ['appeal', 'link', 'unlink', 'move'] },
  { id: 'consult', title: 'Consult home', kinds: ['consult'] },
  { id: 'walk-out', title: 'Walk out', kinds: ['walk-out'] },
];

/** The choices in their groups (empty groups left out), without the keys in `apart` (shown elsewhere, e.g. on the proposal card). */
export function groupChoices(choices: readonly ChoiceView[], apart: ReadonlySet<string> = new Set()): { id: string; title: string; choices: ChoiceView[] }[] {
  return MOVE_GROUPS.map((g) => ({ id: g.id, title: g.title, choices: choices.filter((c) => !apart.has(c.key) && g.kinds.includes(c.kind)) })).filter((g) => g.choices.length > 0);
}

function choiceBody(s: Scenario, state: GameState, a: Action, locale: Locale): Omit<ChoiceView, 'crosses' | 'repeats'> {
  const c = compile(s);
  const side = a.side;
  const lineFor = (kind: Line['kind']) => lineSpoken(c, state, side, kind);
  const key = canonicalJson(a);
  switch (a.type) {
    case 'move': {
      const m = c.moves.get(a.move);
      const pkg = m?.package ?? (m?.issue && m.option ? { [m.issue]: m.option } : null);
      const detail = pkg ? Object.entries(pkg).map(([i, o]) => clauseView(s, i, o, locale).clause).join(' ') : say(m?.says, locale);
      const marks = marksOf(s, m, pkg, locale);
      return { key, action: a, kind: m?.kind ?? 'move', label: `${KIND_VERB[m?.kind ?? ''] ?? ''}: ${say(m?.label, locale)}`, detail, mark: markLine(marks), citations: [...marks, ...(m?.cite ?? []).map(citationView)] };
    }
    case 'propose': {
      const clauses = Object.entries(a.package).map(([i, o]) => clauseView(s, i, o, locale));
      return {
        key,
        action: a,
        kind: 'propose',
        label: `Table your draft (${clauses.length} clause${clauses.length === 1 ? '' : 's'})`,
        detail: clauses.map((x) => `${x.title}: ${x.label}`).join(' · '),
        mark: markLine(marksOf(s, undefined, a.package, locale)),
        citations: [...marksOf(s, undefined, a.package, locale), ...Object.entries(a.package).flatMap(([i, o]) => c.options.get(i)?.get(o)?.cite ?? []).map(citationView)],
      };
    }
    case 'concede': {
      const next = concessionStep(state, side, a.issue);
      const to = next ? clauseView(s, a.issue, next, locale) : null;
      return {
        key,
        action: a,
        kind: 'concede',
        label: `Concede on ${say(c.issues.get(a.issue)?.title, locale)}${to ? `: ${to.label}` : ''}`,
        detail: to?.clause ?? '',
        mark: next ? markLine(marksOf(s, undefined, { [a.issue]: next }, locale)) : null,
        citations: [...(lineFor('concede')?.cite ?? []), ...(next ? (c.options.get(a.issue)?.get(next)?.cite ?? []) : [])].map(citationView),
      };
    }
    case 'accept': {
      const clauses = state.pending ? Object.entries(state.pending.package).map(([i, o]) => clauseView(s, i, o, locale)) : [];
      return { key, action: a, kind: 'accept', label: 'Accept their proposal', detail: clauses.map((x) => `${x.title}: ${x.label}`).join(' · '), mark: null, citations: (lineFor('accept')?.cite ?? []).map(citationView) };
    }
    case 'sign':
      return { key, action: a, kind: 'sign', label: 'Sign the document as it stands', detail: `${state.agreed.length} agreed clause${state.agreed.length === 1 ? '' : 's'}`, mark: null, citations: (lineFor('sign')?.cite ?? []).map(citationView) };
    case 'consult':
      return { key, action: a, kind: 'consult', label: 'Consult your capital', detail: 'Ask for instructions; the turn passes.', mark: null, citations: (lineFor('consult')?.cite ?? []).map(citationView) };
    case 'walk-out':
      return { key, action: a, kind: 'walk-out', label: 'Walk out of the talks', detail: 'The round ends without a document.', mark: null, citations: (lineFor('walk-out')?.cite ?? []).map(citationView) };
  }
}
