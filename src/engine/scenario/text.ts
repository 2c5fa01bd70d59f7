/**
 * The bytes of a scenario file before YAML sees them: a size limit (a round
 * file is a few hundred kilobytes; a runaway one would take the parser tens of
 * seconds and a gigabyte), UTF-8 only (UTF-16 gets a hint to save as UTF-8,
 * invalid bytes and NUL bytes are named by line), and line endings (old Mac
 * CR-only files are named instead of reading as one empty line). Pure: the
 * CLI hands it the file's bytes, the browser the fetched body.
 */
import { err, ok, type Result } from '../result';
import type { ScenarioError } from './problems';

/** The largest scenario file read (bytes). The biggest round is under 200 kB. */
export const MAX_SCENARIO_BYTES = 2_000_000;

const problem = (file: string, message: string, line = 1, column = 1): ScenarioError => ({ file, path: '', line, column, message });

/** Line and column (1-based) of a character offset. */
const position = (text: string, at: number): { line: number; column: number } => {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
};

/** Check the decoded text: NUL bytes, invalid UTF-8 (decoded as U+FFFD), a UTF-16 look, CR-only line endings. */
export function checkScenarioText(file: string, text: string): Result<string, ScenarioError[]> {
  if (text.length > MAX_SCENARIO_BYTES) return err([problem(file, `the file is too large (${text.length.toLocaleString('en')} characters; a round file may have at most ${MAX_SCENARIO_BYTES.toLocaleString('en')})`)]);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const nul = body.indexOf('\u0000');
  const bad = body.indexOf('\uFFFD');
  // UTF-16 read as UTF-8: a byte-order mark turned into replacement characters, or a NUL after nearly every character.
  if (bad === 0 || (nul !== -1 && nul < 4)) return err([problem(file, 'the file is not UTF-8 (it looks like UTF-16): save it again as UTF-8')]);
  if (nul !== -1) {
    const p = position(body, nul);
    return err([problem(file, 'the file holds a NUL byte (a binary or damaged file?): round files are plain UTF-8 text', p.line, p.column)]);
  }
  if (bad !== -1) {
    const p = position(body, bad);
    return err([problem(file, 'the file holds bytes that are not valid UTF-8 (saved in another encoding?): save it again as UTF-8', p.line, p.column)]);
  }
  if (!body.includes('\n') && body.includes('\r')) return err([problem(file, 'the file uses old Mac line endings (CR only): save it again with LF (Unix) or CRLF (Windows) line endings')]);
  return ok(body);
}

/** Decode a file's bytes: UTF-16 byte-order marks get a hint, invalid UTF-8 is named by line, then the text checks. */
export function decodeScenarioBytes(file: string, bytes: Uint8Array): Result<string, ScenarioError[]> {
  if (bytes.length > MAX_SCENARIO_BYTES) return err([problem(file, `the file is too large (${bytes.length.toLocaleString('en')} bytes; a round file may have at most ${MAX_SCENARIO_BYTES.toLocaleString('en')})`)]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return err([problem(file, 'the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it again as UTF-8')]);
  return checkScenarioText(file, new TextDecoder('utf-8').decode(bytes));
}
