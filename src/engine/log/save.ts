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
import { ActionSchema, SeatsSchema } from '../model/actions';

export const SAVE_FORMAT = 'kuril-negotiation-save';
export const SAVE_VERSION = 2;

export { ActionSchema } from '../model/actions';

/**
 * Limits far above any real play (a campaign is five rounds; a round ends
 * within a few dozen moves) and far below what would stall the page: a link
 * or file past them is refused before anything is fetched or replayed.
 */
export const SAVE_LIMITS = { rounds: 12, branches: 100, actionsPerRound: 500, shareCode: 200_000 } as const;

const RoundId = z.string().regex(/^[a-z0-9-]{1,24}$/, 'a round id (lower-case letters, digits and hyphens)');

const BranchSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,24}$/),
  name: z.string().min(1).max(80),
  from: z.strictObject({ branch: z.string(), round: z.number().int().min(0), move: z.number().int().min(0) }).nullable(),
  rounds: z.array(z.array(ActionSchema).max(SAVE_LIMITS.actionsPerRound)).min(1).max(SAVE_LIMITS.rounds),
});

export const SaveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  kind: z.enum(['round', 'campaign']),
  order: z.array(RoundId).min(1).max(SAVE_LIMITS.rounds),
  seats: SeatsSchema,
  seed: z.number(),
  world: WorldState.optional(),
  versions: z.record(z.string(), z.number().int()),
  branches: z.array(BranchSchema).min(1).max(SAVE_LIMITS.branches),
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

/** Links zod cannot check: one round for a round, each round once, versions for those rounds only, ids unique, the current branch and every branch point exist, no more rounds than the order. */
function linkProblem(save: Save): string | null {
  if (save.kind === 'round' && save.order.length !== 1) return `order: a one-round save names exactly one round, this one names ${save.order.length}`;
  const seen = new Set<string>();
  for (const [i, id] of save.order.entries()) {
    if (seen.has(id)) return `order.${i}: round "${id}" is listed twice`;
    seen.add(id);
  }
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
  for (const id of Object.keys(save.versions)) if (!seen.has(id)) return `versions: round "${id}" is not in the order`;
  return null;
}

const zodWhere = (e: z.ZodError): string => {
  const first = e.issues[0];
  return `${first ? first.path.join('.') || '(top)' : '(top)'}: ${first?.message ?? 'invalid'}`;
};

/** Why a save could not be read: the kind (for a message in plain words) and the detail (for a file's author). */
export interface SaveFault {
  readonly kind: 'json' | 'foreign' | 'newer' | 'damaged';
  readonly detail: string;
}

const fault = (kind: SaveFault['kind'], detail: string): Result<never, SaveFault> => err({ kind, detail });

/** Read a save's text into a save, or the fault. Never throws. */
export function readSave(text: string): Result<Save, SaveFault> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fault('json', 'not readable as JSON: the text is damaged or cut short');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return fault('foreign', `not a save of this game (expected "format": "${SAVE_FORMAT}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return fault('newer', `made by a newer version of the game (save version ${version}; this game reads up to ${SAVE_VERSION})`);
  }
  if (version === 1) {
    const v1 = RoundSaveV1.safeParse(data);
    if (!v1.success) return fault('damaged', `damaged at ${zodWhere(v1.error)}`);
    data = migrateV1(v1.data);
  }
  const r = SaveSchema.safeParse(data);
  if (!r.success) return fault('damaged', `damaged at ${zodWhere(r.error)}`);
  const problem = linkProblem(r.data);
  if (problem) return fault('damaged', `damaged at ${problem}`);
  return ok(r.data);
}

/**
 * Read a save file's text. Every failure says what is wrong and where: not
 * JSON, not a save of this game, a newer version, or a malformed field.
 * Version-1 saves (one round, one line of play) are migrated.
 */
export function parseSave(text: string, origin = 'save'): Result<Save, string> {
  const r = readSave(text);
  return r.ok ? r : err(`${origin}: ${r.error.detail}`);
}

/** Where a save's round versions differ from the rounds as loaded now: one sentence per round. */
export function versionChanges(save: Pick<Save, 'versions'>, loaded: ReadonlyMap<string, { readonly version: number }>): string[] {
  return Object.entries(save.versions).flatMap(([id, was]) => {
    const now = loaded.get(id)?.version;
    return now === undefined || now === was ? [] : [`This save was made with version ${was} of round ${id}; the game now has version ${now}, so the round may have changed since.`];
  });
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

const UNTOUCHED = 'Your own saved round is untouched.';
const SHARE_WORDS: Readonly<Record<SaveFault['kind'] | 'code' | 'long', string>> = {
  code: 'This share link is damaged: part of it is missing or was changed. Copy the whole link again, or ask for it again.',
  json: 'This share link is damaged or cut short. Copy the whole link again, or ask for it again.',
  long: 'This link is far longer than any share link of this game, so it was not opened. Ask for the link again, or for a save file.',
  foreign: 'This link does not hold a round of this game. Check that you copied the right link.',
  newer: 'This share link was made by a newer version of the game. Reload the page to get the newest version, then open the link again.',
  damaged: 'This share link is damaged: the moves it holds do not fit together. Ask for the link again, or for a save file.',
};

/** Read a share code back; a damaged code says, in plain words, what happened and what to do. */
export function decodeShare(code: string): Result<Save, string> {
  if (code.length > SAVE_LIMITS.shareCode) return err(`${SHARE_WORDS.long} ${UNTOUCHED}`);
  let text: string;
  try {
    text = fromBase64Url(code);
  } catch {
    return err(`${SHARE_WORDS.code} ${UNTOUCHED}`);
  }
  const r = readSave(text);
  return r.ok ? r : err(`${SHARE_WORDS[r.error.kind]} ${UNTOUCHED}`);
}
