/**
 * Command-line flags for the CLIs: node's parseArgs, but a bad command line
 * (an unknown option, a missing value, an extra argument, a value out of
 * range) prints what was wrong and the usage and exits 2, never a stack
 * trace. Numbers are checked as written: an empty seed is not 0, a seed
 * beyond 2^53 is not silently rounded.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Cli {
  /** Print `name: message` and the usage, exit 2. */
  readonly usage: (message: string) => never;
}

export function cli(name: string, usage: string): Cli {
  return {
    usage: (message: string): never => {
      console.error(`${name}: ${message}`);
      console.error(`usage: ${usage}`);
      process.exit(2);
    },
  };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with every failure turned into the usage and exit 2; `--help` prints the usage and exits 0. */
export function parseFlags<O extends Options>(c: Cli, usage: string, options: O, allowPositionals: boolean, args = process.argv.slice(2)) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    // parseArgs' messages name the option; its advice about "--" is for a different kind of tool.
    const text = (e as Error).message;
    const message = /argument is ambiguous|argument missing/.test(text) ? `${/'(--?[\w-]+)/.exec(text)?.[1] ?? 'an option'} needs a value` : (text.split(/\. |\n/)[0] ?? 'bad arguments');
    return c.usage(message);
  }
}

/** A whole number written in decimal digits within [min, max] (no exponent, no rounding, not empty). */
export function wholeNumber(c: Cli, flag: string, text: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(text.trim())) c.usage(`${flag} must be a whole number, not ${JSON.stringify(text)}`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min || n > max) c.usage(`${flag} must be between ${min.toLocaleString('en')} and ${max.toLocaleString('en')}, not ${text}`);
  return n;
}

/** A decimal number within [min, max]. */
export function decimal(c: Cli, flag: string, text: string, min: number, max: number): number {
  const n = /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) c.usage(`${flag} must be a number between ${min} and ${max}, not ${JSON.stringify(text)}`);
  return n;
}

/** Own keys only: `constructor`, `toString` and `__proto__` are not entries of a table. */
export const lookup = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
