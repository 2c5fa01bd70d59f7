/**
 * The computer's answers in words: the engine logs what it answers, which
 * clause it names and why (ids, see counterpart/answer.ts); this module says
 * it in the round's own wording (the issue's title, the option's label, the
 * argument's label) from small banks of phrases, turned by the answer's count
 * so two answers of a kind in a row never read the same. The delegation is
 * named in its era's register (the Soviet side, Moscow; the Russian side; the
 * Japanese side, Tokyo). These are replies composed by the game from the
 * delegation's instructions, not quotations: the log marks them so.
 */
import { compile } from '../model/compiled';
import type { Answer, AnswerReason } from '../model/state';
import type { Effect, Scenario, SideId } from '../model/types';
import { flagOf, say, type CitationView, type Locale } from './text';

/** The mark a composed reply carries among a line's sources. */
export const COMPOSED: CitationView = {
  kind: 'background',
  ref: 'Reply composed by the game',
  note: "Composed from the delegation's instructions (its values, floors and red lines), not a historical quotation.",
};

/** How a side is named in its era: "the Soviet side", "Moscow". */
export function register(s: Scenario, side: SideId, locale: Locale = 'en'): { readonly we: string; readonly capital: string; readonly delegation: string } {
  const flag = flagOf(s, side);
  if (flag === 'japan') return { we: 'the Japanese side', capital: 'Tokyo', delegation: 'the Japanese delegation' };
  if (flag === 'ussr') return { we: 'the Soviet side', capital: 'Moscow', delegation: 'the Soviet delegation' };
  if (flag === 'russia') return { we: 'the Russian side', capital: 'Moscow', delegation: 'the Russian delegation' };
  const short = say(s.sides[side].short, locale);
  return { we: `the ${short} side`, capital: `${short}'s council`, delegation: `the ${short} delegation` };
}

type Bank = readonly string[];

const WHY: Readonly<Record<AnswerReason, Bank>> = {
  'red-line': [
    'On {issue}, {option} is the obstacle: {we} has no authority to put its name to it.',
    'This fails on {issue}. {Option} is a line {capital} has told us not to cross.',
    'We stop at {issue}: {option} goes against our instructions, however it is worded.',
  ],
  floor: [
    'On {issue}, {option} is the obstacle: it is more than {capital} can give on that point.',
    'Everything turns on {issue}. {Option} is below anything {capital} could accept.',
    '{Option} on {issue} is where we stop: our government will not go that far.',
  ],
  worth: [
    'On {issue}, {option} costs us more than the rest of your text gives back.',
    'Your text does not yet balance, and {issue} is where it weighs most: {option}.',
    'Much of this we could discuss, but not {option} on {issue} as things stand.',
  ],
};

const LEAD: Readonly<Record<'counter' | 'reject', Bank>> = {
  counter: ['We have read your text.', 'Your draft, then.', 'We have studied your proposal.'],
  reject: ['We set your proposal aside.', 'We cannot take your proposal up.', 'Your proposal does not answer our concerns.'],
};

const NO_OBSTACLE: Bank = ['Little divides us here; we prefer our own wording.', 'No single clause stands in the way; take our draft as our answer.', 'We do not object to any one clause; we keep to our text.'];

const ACCEPT: Bank = ['Your text, as it stands, we can accept.', 'We have read your proposal; it can be agreed.', 'On your proposal: yes.'];

const POSITION_OK: Bank = ['You state {option} on {issue}; that we can work with.', '{Option} on {issue}: there is ground there.', 'On {issue} we hear {option}. That is not far from us.'];

const CONCEDE_OK: Bank = ['We note your step on {issue}: {option}. That helps.', '{Option} on {issue}: a step we welcome.', 'Your move on {issue} to {option} is noted, and appreciated.'];
const CONCEDE_SHORT: Bank = ['We note your step on {issue}, but {option} is still {why}.', '{Option} on {issue} is a step, yet still {why}.', 'A move on {issue}; {option} is still {why}.'];
const SHORT_OF: Readonly<Record<AnswerReason, string>> = { 'red-line': 'against our instructions', floor: 'beyond what {capital} can accept', worth: 'short of what we need' };

const APPEAL: Readonly<Record<'moved' | 'cold' | 'heard', Bank>> = {
  moved: ['You cite {argument}. We take the point, and will weigh it.', '{Argument}: that is not without force. We will consider it.', 'On {argument}: {capital} will take note of it.'],
  cold: ['You cite {argument}. {Capital} reads it differently.', '{Argument}? We see that otherwise.', 'You raise {argument}; that does not help us here.'],
  heard: ['You cite {argument}. Noted.', '{Argument}: we have heard it.', 'On {argument}, we have our own view.'],
};
const LINK: Bank = ['On {argument}: we will consider the tie.', '{Argument}: we note it.', '{Argument}: we have our view on that.'];

/** Every repeated argument's answer begins this way. */
export const REPEATED = 'You have made this point before';
const REPEAT: Bank = [
  `${REPEATED}; {argument} weighs less each time you repeat it.`,
  `${REPEATED}; saying {argument} again does not add to it.`,
  `${REPEATED}, and our answer on {argument} has not changed.`,
];

/** Leading words of issue titles that are not names, so lower-cased inside a sentence ("on the islands in the text"; "Habomai and Shikotan" stays). */
const COMMON = new Set(['the', 'what', 'a', 'an', 'how', 'ending', 'talks', 'peace-treaty', 'aid', 'security', 'economic', 'normalization', 'fishing', 'inspections', 'licence', 'when', 'who']);
const midSentence = (title: string): string => (COMMON.has(title.split(' ')[0]?.toLowerCase() ?? '') ? (title[0]?.toLowerCase() ?? '') + title.slice(1) : title);

const pick = (bank: Bank, count: number): string => bank[count % bank.length] ?? bank[0] ?? '';
const capitalise = (t: string) => (t ? t[0]?.toUpperCase() + t.slice(1) : t);

/** Fill a phrase's slots ({issue}, {option}, {argument}, {we}, {capital}, {why}; capitalised forms at a sentence's start). */
function fill(phrase: string, slots: Readonly<Record<string, string>>): string {
  return phrase.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const lower = key.toLowerCase();
    const value = slots[lower];
    if (value === undefined) return whole;
    return key[0] === key[0]?.toUpperCase() ? capitalise(value) : value;
  });
}

/** Whether an argument moved the answering side: it values the arguer's case more (moved), or trust fell (cold). */
function appealMood(effect: Effect | undefined, answering: SideId): 'moved' | 'cold' | 'heard' {
  if ((effect?.values ?? []).some((v) => v.side === answering && v.delta > 0) || (effect?.floors ?? []).some((f) => f.side === answering && f.delta < 0)) return 'moved';
  if ((effect?.meters?.trust ?? 0) < 0) return 'cold';
  return 'heard';
}

/** The answer in words, as the answering side says it. */
export function answerText(s: Scenario, side: SideId, a: Answer, locale: Locale = 'en'): string {
  const c = compile(s);
  const r = register(s, side, locale);
  const issue = a.issue ? say(c.issues.get(a.issue)?.title, locale) : '';
  const optionLabel = a.issue && a.option ? say(c.options.get(a.issue)?.get(a.option)?.label, locale) : '';
  const move = a.move ? c.moves.get(a.move) : undefined;
  const slots: Record<string, string> = { issue: midSentence(issue), option: `“${optionLabel}”`, argument: `“${say(move?.label, locale)}”`, we: r.we, capital: r.capital };
  const why = a.reason ? fill(pick(WHY[a.reason], a.count), slots) : '';
  const repeated = a.repeat ? fill(pick(REPEAT, a.count), a.move && move?.kind === 'appeal' ? slots : { ...slots, argument: slots.option ?? '' }) : '';
  switch (a.kind) {
    case 'accept':
      return pick(ACCEPT, a.count);
    case 'counter':
    case 'reject':
      return `${pick(LEAD[a.kind], a.count)} ${why || pick(NO_OBSTACLE, a.count)}`;
    case 'position':
      return [repeated, why || fill(pick(POSITION_OK, a.count), slots)].filter(Boolean).join(' ');
    case 'concede':
      return a.reason ? fill(pick(CONCEDE_SHORT, a.count), { ...slots, why: fill(SHORT_OF[a.reason], slots) }) : fill(pick(CONCEDE_OK, a.count), slots);
    case 'appeal':
      // A repeated argument is answered as repeated, not weighed again.
      return repeated || fill(pick(APPEAL[appealMood(move?.effects, side)], a.count), slots);
    case 'link':
      return fill(pick(LINK, a.count), slots);
  }
}
