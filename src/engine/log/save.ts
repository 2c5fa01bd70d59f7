/**
 * Saves and share links: a save is a play — the rounds' ids and versions, the
 * seed, the seats, the starting world and every branch's action ids — never
 * an XState snapshot. Saves carry a format version; older versions are
 * migrated on reading (see migrate.ts). Reading checks the JSON, the format,
 * the version, every field and the links between branches, and every failure
 * says what is wrong and where.
 */
import { z } from 'zod';
import type { Play } from '../campaign/play';
import { WorldState } from '../scenario/schema';
import { err, ok, type Result } from '../result';
import { migrateV1, RoundSaveV1 } from './migrate';

export const SAVE_FORMAT = 'kuril-negotiation-save';
export const SAVE_VERSION = 2;

const SideId = z.enum(['japan', 'russia']);
const Pkg = z.record(z.string(), z.string());
export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('move'), side: SideId, move: z.string() }),
  z.strictObject({ type: z.literal('propose'), side: SideId, package: Pkg }),
  z.strictObject({ type: z.literal('concede'), side: SideId, issue: z.string() }),
  z.strictObject({ type: z.literal('consult'), side: SideId }),
  z.strictObject({ type: z.literal('accept'), side: SideId }),
  z.strictObject({ type: z.literal('sign'), side: SideId }),
  z.strictObject({ type: z.literal('walk-out'), side: SideId }),
]);

const BranchSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,24}$/),
  name: z.string().min(1).max(80),
  from: z.strictObject({ branch: z.string(), round: z.number().int().min(0), move: z.number().int().min(0) }).nullable(),
  rounds: z.array(z.array(ActionSchema)).min(1),
});

export const SaveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  kind: z.enum(['round', 'campaign']),
  order: z.array(z.string().min(1)).min(1),
  seats: z.strictObject({ japan: z.enum(['human', 'computer']), russia: z.enum(['human', 'computer']) }),
  seed: z.number(),
  world: WorldState.optional(),
  versions: z.record(z.string(), z.number().int()),
  branches: z.array(BranchSchema).min(1),
  current: z.string(),
});
export type Save = z.output<typeof SaveSchema>;

/** The save of a play. */
export function makeSave(p: Play): Save {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    kind: p.kind,
    order: [...p.order],
    seats: { ...p.seats },
    seed: p.seed,
    ...(p.world ? { world: p.world } : {}),
    versions: { ...p.versions },
    branches: p.branches.map((b) => ({ id: b.id, name: b.name, from: b.from, rounds: b.rounds.map((r) => r.map((a) => ({ ...a }) as Save['branches'][number]['rounds'][number][number])) })),
    current: p.current,
  };
}

/** The play a save holds. */
export function playOf(save: Save): Play {
  const { format: _f, version: _v, ...play } = save;
  return play;
}

/** Links zod cannot check: ids unique, the current branch and every branch point exist, no more rounds than the order. */
function linkProblem(save: Save): string | null {
  const ids = new Set<string>();
  for (const [i, b] of save.branches.entries()) {
    if (ids.has(b.id)) return `branches.${i}.id: "${b.id}" is used twice`;
    ids.add(b.id);
    if (b.rounds.length > save.order.length) return `branches.${i}.rounds: ${b.rounds.length} rounds, but the play has only ${save.order.length}`;
  }
  for (const [i, b] of save.branches.entries()) {
    if (b.from && !ids.has(b.from.branch)) return `branches.${i}.from.branch: no branch "${b.from.branch}"`;
  }
  if (!ids.has(save.current)) return `current: no branch "${save.current}"`;
  return null;
}

const zodWhere = (e: z.ZodError): string => {
  const first = e.issues[0];
  return `${first ? first.path.join('.') || '(top)' : '(top)'}: ${first?.message ?? 'invalid'}`;
};

/**
 * Read a save file's text. Every failure says what is wrong and where: not
 * JSON, not a save of this game, a newer version, or a malformed field.
 * Version-1 saves (one round, one line of play) are migrated.
 */
export function parseSave(text: string, origin = 'save'): Result<Save, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`${origin}: not readable as JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return err(`${origin}: not a save of this game (expected "format": "${SAVE_FORMAT}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return err(`${origin}: made by a newer version of the game (save version ${version}; this game reads up to ${SAVE_VERSION})`);
  }
  if (version === 1) {
    const v1 = RoundSaveV1.safeParse(data);
    if (!v1.success) return err(`${origin}: damaged at ${zodWhere(v1.error)}`);
    data = migrateV1(v1.data);
  }
  const r = SaveSchema.safeParse(data);
  if (!r.success) return err(`${origin}: damaged at ${zodWhere(r.error)}`);
  const problem = linkProblem(r.data);
  if (problem) return err(`${origin}: damaged at ${problem}`);
  return ok(r.data);
}

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (code: string): string => {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
};

/** A share code for a URL hash: the current branch of the save, compact, base64url. */
export function encodeShare(save: Save): string {
  const b = save.branches.find((x) => x.id === save.current) ?? save.branches[0];
  const only: Save = { ...save, branches: b ? [{ ...b, from: null }] : [], current: b?.id ?? save.current };
  return toBase64Url(JSON.stringify(only));
}

/** Read a share code back; a damaged code says so. */
export function decodeShare(code: string): Result<Save, string> {
  let text: string;
  try {
    text = fromBase64Url(code);
  } catch {
    return err('share link: the code is damaged (not valid base64url); ask for the link again');
  }
  return parseSave(text, 'share link');
}
