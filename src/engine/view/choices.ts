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
}

export function choiceView(s: Scenario, state: GameState, a: Action, locale: Locale): ChoiceView {
  const crosses = actionCrossings(s, state, a).map((x) => say(x.redLine.text, locale));
  return { ...choiceBody(s, state, a, locale), crosses };
}

function choiceBody(s: Scenario, state: GameState, a: Action, locale: Locale): Omit<ChoiceView, 'crosses'> {
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
