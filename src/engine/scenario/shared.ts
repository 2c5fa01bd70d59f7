/**
 * The parts every round shares, written once: scenarios/common.yaml holds the
 * four islands (ids, each side's names, native names), what each side calls
 * them together and the meters' default labels; scenarios/history-lint.yaml
 * holds the historical lint as data (patterns with their explanation, source
 * and examples; titles by round). A round file leaves the shared parts out and
 * `resolveRound` fills them in, so the engine always plays a whole `Scenario`.
 * Pure: the caller supplies the parsed YAML data.
 */
import { z } from 'zod';
import type { MeterId} from './schema';
import { Cites, Islands, METER_IDS, Text, type RoundFile, type Scenario } from './schema';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single hyphens');
const PerSide = <T extends z.ZodType>(t: T) => z.strictObject({ japan: t, russia: t });

/** scenarios/common.yaml. A meter label may name a side as {japan} or {russia}: the round's short name for it. */
export const CommonData = z.strictObject({
  $schema: z.string().optional(),
  islands: Islands,
  collectiveNames: PerSide(Text),
  meters: z.strictObject(Object.fromEntries(METER_IDS.map((m) => [m, z.strictObject({ label: Text, about: z.string().min(1) })])) as Record<MeterId, z.ZodObject<{ label: typeof Text; about: z.ZodString }>>),
});
export type CommonData = z.output<typeof CommonData>;

const Pattern = z.string().min(1);
/** One rule of the historical lint: a sentence matching `pattern` is an error the game must never make. */
export const LintRuleData = z.strictObject({
  id: Id,
  /** A JavaScript regular expression, matched against each sentence of English text (not quotes). */
  pattern: Pattern,
  /** Match upper and lower case exactly (default: ignore case). */
  caseSensitive: z.boolean().default(false),
  /** The sentence passes when it also matches the shared `negation` pattern ("not", "never", …). */
  unlessNegated: z.boolean().default(false),
  /** What the author reads: the historical fact the sentence contradicts. */
  message: z.string().min(3),
  /** Why the rule exists, for the guide and for the next author. */
  why: z.string().min(3),
  source: Cites,
  /** Sentences the rule must catch, and corrected ones it must let pass: checked on every validate. */
  examples: z.strictObject({ wrong: z.array(z.string().min(3)).min(1), right: z.array(z.string().min(3)).min(1) }),
});
/** A delegate's title by round: a delegate whose name matches `surname` in round `round` must have a title matching `title`. */
export const TitleRuleData = z.strictObject({
  surname: z.string().min(2),
  round: z.string().regex(/^\d{4}$/, 'a round id: the year, e.g. "1956"'),
  title: Pattern,
  message: z.string().min(3),
  source: Cites,
});
export const HistoryLintData = z.strictObject({
  $schema: z.string().optional(),
  /** Words that turn a matching sentence into a correction ("did not", "never"). */
  negation: Pattern,
  /** Sentences that describe a world history did not produce and so are exempt ("in your history"). */
  counterfactual: Pattern,
  rules: z.array(LintRuleData).min(1),
  titles: z.array(TitleRuleData),
});
export type HistoryLintData = z.output<typeof HistoryLintData>;

/** The lint with its patterns compiled. */
export interface HistoryLint {
  readonly negation: RegExp;
  readonly counterfactual: RegExp;
  readonly rules: readonly { readonly id: string; readonly pattern: RegExp; readonly unless: RegExp | null; readonly message: string }[];
  readonly titles: readonly { readonly surname: RegExp; readonly round: string; readonly title: RegExp; readonly message: string }[];
}

/** Everything a round may refer to instead of copying it. */
export interface Shared {
  readonly common: CommonData;
  readonly lint: HistoryLint;
}

/** A pattern compiled, or why it does not compile. */
export function compilePattern(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return `not a valid regular expression: ${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e)}`;
  }
}

/** Fill a common meter label's {japan} and {russia} with the round's short side names. */
const sideNames = (label: Text, s: Pick<Scenario, 'sides'>): Text => {
  const fill = (t: string) => t.replace(/\{(japan|russia)\}/g, (_, side: 'japan' | 'russia') => s.sides[side].short.en);
  return { ...label, en: fill(label.en) };
};

/** A round file with its shared parts filled in from common.yaml. */
export function resolveRound(file: RoundFile, common: CommonData): Scenario {
  const meters = Object.fromEntries(
    METER_IDS.map((id) => {
      const m = file.meters[id];
      return [id, { label: m.label ?? sideNames(common.meters[id].label, file), initial: m.initial, historical: m.historical }];
    }),
  ) as Scenario['meters'];
  return { ...file, islands: file.islands ?? common.islands, collectiveNames: file.collectiveNames ?? common.collectiveNames, meters };
}
