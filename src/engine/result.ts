/**
 * Result values: the engine never throws for bad input or illegal moves; it
 * returns `{ ok: false, error }` and leaves its inputs untouched.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
