/**
 * The round's code (roundCode.ts), loaded once per page: `loadRoundCode()`
 * fetches it (the menu calls it as soon as it is up; starting a round or
 * opening a save awaits it), `roundCode()` hands it to code that runs only
 * after it has loaded (a round is entered only from a play it made). A
 * failed load (offline before the service worker had the file) is tried
 * again on the next call.
 */
const load = () => import('./roundCode');

export type RoundCode = Awaited<ReturnType<typeof load>>;

let pending: Promise<RoundCode> | undefined;
let loaded: RoundCode | null = null;

export function loadRoundCode(): Promise<RoundCode> {
  pending ??= load().then(
    (code) => (loaded = code),
    (e: unknown) => {
      pending = undefined;
      throw new Error(`the game's round code could not be loaded (${e instanceof Error ? e.message : String(e)}); check the connection and try again`);
    },
  );
  return pending;
}

/** The round's code, once loaded (only code reached from a play it made asks for it). */
export function roundCode(): RoundCode {
  if (!loaded) throw new Error('the round code is not loaded yet');
  return loaded;
}
