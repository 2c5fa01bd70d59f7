/**
 * The fidelity rules of the historical lint (issue 15): ideas offered before
 * anyone proposed them, speakers voicing what only a later source says,
 * counterfactual marks worded as such, and the islands' names — both sides'
 * names on shared screens and records, each side's own on its own screens.
 * Each problem names the path, so validate prints the file and line.
 */
import type { PathProblem, PathSegment } from './problems';
import type { Citation, Scenario, SideId } from './schema';

/** Ideas with a known first date: an option, move or line offering one before then must be marked. */
export const LATER_IDEAS: readonly { readonly pattern: RegExp; readonly date: string; readonly event: string }[] = [
  { pattern: /\btwo islands first\b|\bparallel (talks|track|negotiations)\b|\btwo tracks?\b|\btwo plus alpha\b|\b2 ?\+ ?alpha\b/i, date: '2001-03-25', event: 'proposed at Irkutsk' },
  { pattern: /\bIrkutsk\b/, date: '2001-03-25', event: 'the Irkutsk statement' },
  { pattern: /\bKawana\b/, date: '1998-04-18', event: 'proposed by Hashimoto at Kawana' },
  { pattern: /\bKrasnoyarsk\b/, date: '1997-11-01', event: 'agreed at Krasnoyarsk' },
  { pattern: /\bTokyo Declaration\b/, date: '1993-10-13', event: 'signed in Tokyo' },
];

const en = (t: { en: string } | undefined): string => t?.en ?? '';
const isQuote = (c: Citation): c is Extract<Citation, { quote: string }> => 'quote' in c;
const words = (t: string): string[] => t.toLowerCase().match(/[a-z']+/g) ?? [];

/** The first run of `n` words that `says` shares with `quote`, if any. */
function sharedRun(says: string, quote: string, n = 4): string | null {
  const q = words(quote).join(' ');
  const w = words(says);
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (` ${q} `.includes(` ${run} `)) return run;
  }
  return null;
}

function laterIdeas(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  const late = (text: string) => LATER_IDEAS.find((i) => i.date > s.endDate && i.pattern.test(text));
  for (const [ii, issue] of s.agenda.entries()) {
    for (const [oi, o] of issue.options.entries()) {
      const path: PathSegment[] = ['agenda', ii, 'options', oi];
      const idea = late(`${en(o.label)} ${en(o.clause)}`);
      if (idea && !o.counterfactual && !(o.firstProposed && o.firstProposed.date >= idea.date)) {
        out.push({ path: [...path, idea.pattern.test(en(o.label)) ? 'label' : 'clause'], message: `option "${o.id}" offers an idea first ${idea.event} (${idea.date}), after this round (${s.endDate}): give it firstProposed { date, event } so the move is marked "not yet on the table", or remove it [first-proposed]` });
      }
      if (o.firstProposed && o.firstProposed.date > s.endDate && s.record.clauses.some((r) => r.issue === issue.id && r.option === o.id)) {
        out.push({ path: [...path, 'firstProposed'], message: `option "${o.id}" was first proposed ${o.firstProposed.date}, after the round, yet the record holds it [first-proposed]` });
      }
    }
  }
  const options = new Map(s.agenda.flatMap((i) => i.options.map((o) => [`${i.id}/${o.id}`, o] as const)));
  for (const [mi, m] of s.moves.entries()) {
    const idea = late(`${en(m.label)} ${en(m.says)}`);
    if (!idea || m.counterfactual) continue;
    const where = idea.pattern.test(en(m.label)) ? 'label' : 'says';
    const offered = [...Object.entries(m.package ?? {}), ...(m.issue && m.option ? [[m.issue, m.option] as const] : [])].map(([i, o]) => options.get(`${i}/${o}`));
    if (!offered.some((o) => o?.firstProposed && o.firstProposed.date >= idea.date)) {
      out.push({ path: ['moves', mi, where], message: `move "${m.id}" voices an idea first ${idea.event} (${idea.date}), after this round: offer it through an option with firstProposed, mark it counterfactual, or remove it [first-proposed]` });
    }
  }
  return out;
}

function speakerEras(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  /** Words of the delegates' names (surnames and given names alike), to recognise a quote's speaker (the practice round's invented boards are not people). */
  const nameWords = (side: SideId) => s.sides[side].delegation.flatMap((d) => en(d.name).split(/\s+/)).filter((w) => w.length > 3);
  const check = (coll: 'moves' | 'lines', i: number, item: { id: string; side: SideId; says: { en: string }; cite: Citation[]; counterfactual?: { en: string } | undefined }) => {
    const path: PathSegment[] = [coll, i];
    if (item.counterfactual) return;
    const later = item.cite.filter((c) => isQuote(c) && c.date > s.endDate);
    if (later.length > 0 && later.length === item.cite.length) {
      out.push({ path: [...path, 'cite'], message: `"${item.id}" is voiced in ${s.id} on the strength of later sources only (${later.map((c) => (isQuote(c) ? c.date : '')).join(', ')}): cite what the speaker or their government said by then, or mark it counterfactual [speaker-era]` });
    }
    for (const c of later) {
      const run = isQuote(c) ? sharedRun(item.says.en, c.quote) : null;
      if (run) out.push({ path: [...path, 'says'], message: `"${item.id}" puts words from a later source (${isQuote(c) ? c.speaker : ''}, ${isQuote(c) ? c.date : ''}) in a ${s.id} speaker's mouth: "${run}…"; quote it in a note instead [speaker-era]` });
    }
    const others = nameWords(item.side === 'japan' ? 'russia' : 'japan');
    for (const c of item.cite) {
      // Quoting a document already on the table (a letter, a note) back to its authors is fair; putting words the other side says in this very round in one's own mouth is not.
      if (!isQuote(c) || c.date < s.date) continue;
      const head = c.speaker.split(/[(,]/)[0] ?? '';
      const who = s.id !== 'practice' && others.find((n) => new RegExp(`\\b${n}\\b`).test(head));
      if (who && sharedRun(item.says.en, c.quote, 3)) out.push({ path: [...path, 'says'], message: `"${item.id}" voices the other side's words (${c.speaker}) [speaker-era]` });
    }
  };
  s.moves.forEach((m, i) => check('moves', i, m));
  s.lines.forEach((l, i) => check('lines', i, l));
  return out;
}

const COUNTERFACTUAL_WORDING = /^No record of\b[^]*\bplausible because\b/i;

function counterfactualMarks(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  const check = (path: PathSegment[], t: { en: string } | undefined) => {
    if (t && !COUNTERFACTUAL_WORDING.test(t.en)) out.push({ path, message: `a counterfactual mark reads "No record of …; plausible because …" [counterfactual-mark]` });
  };
  s.moves.forEach((m, i) => check(['moves', i, 'counterfactual'], m.counterfactual));
  s.agenda.forEach((issue, ii) => issue.options.forEach((o, oi) => check(['agenda', ii, 'options', oi, 'counterfactual'], o.counterfactual)));
  return out;
}

/** The record in brief says so in words wherever the document does not name an island. */
function recordFacts(s: Scenario): PathProblem[] {
  const facts = s.record.facts;
  if (!facts) return [];
  return Object.entries(facts.islands).flatMap(([id, i]) =>
    !i.named && !/\bnot named\b|\bdoes not name\b|\bnot mentioned\b/i.test(i.text.en)
      ? [{ path: ['record', 'facts', 'islands', id, 'text'], message: `${id} is not named in the document: say so in words ("not named") [record-facts]` }]
      : [],
  );
}

export { islandNames } from './names';

/** The fidelity rules, run with the historical lint. */
export const fidelityProblems = (s: Scenario): PathProblem[] => [...laterIdeas(s), ...speakerEras(s), ...counterfactualMarks(s), ...recordFacts(s)];
