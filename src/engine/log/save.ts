/**
 * Saves and replays: a save is the round id and version, the seed, the seats,
 * the starting world and the action log — never an XState snapshot. Replaying
 * it re-runs the actions through the engine; an action that no longer exists in
 * the scenario (after an edit) is reported precisely.
 */
import { z } from 'zod';
import { newGame, step } from '../game';
import type { Action, GameState } from '../model/state';
import { WorldState, type Scenario } from '../scenario/schema';
import { err, ok, type Result } from '../result';

export const SAVE_FORMAT = 'kuril-negotiation-save';
export const SAVE_VERSION = 1;

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

export const RoundSave = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  round: z.string(),
  scenarioVersion: z.number().int(),
  seed: z.number(),
  seats: z.strictObject({ japan: z.enum(['human', 'computer']), russia: z.enum(['human', 'computer']) }),
  world: WorldState.optional(),
  actions: z.array(ActionSchema),
});
export type RoundSave = z.output<typeof RoundSave>;

export function makeSave(s: Scenario, state: GameState, actions: readonly Action[]): RoundSave {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    round: s.id,
    scenarioVersion: s.version,
    seed: state.seed,
    seats: { ...state.seats },
    world: state.world,
    actions: actions.map((a) => ({ ...a }) as RoundSave['actions'][number]),
  };
}

export interface ReplayError {
  readonly index: number | null;
  readonly message: string;
}

/** Re-run a save's actions. Fails with the index and reason of the first action that no longer applies. */
export function replay(s: Scenario, save: RoundSave): Result<GameState, ReplayError> {
  if (save.round !== s.id) return err({ index: null, message: `this save is for round ${save.round}, not ${s.id}` });
  let state = newGame(s, { seed: save.seed, seats: save.seats, ...(save.world ? { world: save.world } : {}) });
  for (const [index, action] of save.actions.entries()) {
    if (action.type === 'move' && !s.moves.some((m) => m.id === action.move)) {
      return err({ index, message: `move ${index + 1} ("${action.move}") no longer exists in round ${s.id} (version ${s.version})` });
    }
    const r = step(s, state, action);
    if (!r.ok) return err({ index, message: `move ${index + 1} (${action.type}${action.type === 'move' ? ` "${action.move}"` : ''}) cannot be replayed: ${r.error.message}` });
    state = r.value;
  }
  return ok(state);
}

/**
 * Read a save file's text. Every failure says what is wrong and where:
 * not JSON, not a save of this game, a newer version, or a malformed field.
 */
export function parseSave(text: string, origin = 'save'): Result<RoundSave, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`${origin}: not readable as JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return err(`${origin}: not a save of this game (expected "format": "${SAVE_FORMAT}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return err(`${origin}: made by a newer version of the game (save version ${version}; this game reads up to ${SAVE_VERSION})`);
  }
  const r = RoundSave.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    return err(`${origin}: damaged at ${first ? first.path.join('.') || '(top)' : '(top)'}: ${first?.message ?? 'invalid'}`);
  }
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

/** A share code for a URL hash: the save, compact, base64url. */
export const encodeShare = (save: RoundSave): string => toBase64Url(JSON.stringify(save));

/** Read a share code back; a damaged code says so. */
export function decodeShare(code: string): Result<RoundSave, string> {
  let text: string;
  try {
    text = fromBase64Url(code);
  } catch {
    return err('share link: the code is damaged (not valid base64url); ask for the link again');
  }
  return parseSave(text, 'share link');
}
