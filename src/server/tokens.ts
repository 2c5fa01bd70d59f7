/**
 * Secrets and codes: class codes are 8 characters from a 31-letter alphabet
 * with no look-alikes (0/O, 1/I/L), about 40 bits, drawn from the system's
 * CSPRNG; teacher and seat tokens are 128-bit random hex; the store keeps
 * only their SHA-256. Display names are cleaned to short plain text.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET as ALPHABET } from './code';

export { CODE_PATTERN, normalizeCode } from './code';

export function newClassCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}


export const newToken = (): string => randomBytes(16).toString('hex');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: unknown, hash: string): boolean {
  if (typeof token !== 'string' || !/^[0-9a-f]{32}$/.test(token)) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(hash, 'hex'));
}

export const newSeed = (): number => randomInt(1, 2 ** 31 - 1);

/** A display name: plain text, control characters removed, spaces collapsed, 1–40 characters. */
export function cleanName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
  return name.length > 0 ? name : null;
}
