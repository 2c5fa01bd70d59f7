/**
 * A small seeded PRNG (mulberry32) whose whole state is one 32-bit integer
 * kept inside the game state, so saving the state saves the generator.
 */

/** Next draw in [0, 1) and the generator's next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: s };
}

/** Turn any seed (integer or text) into a generator state. */
export function seedState(seed: number | string): number {
  const text = String(seed);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A generator for code outside the game state (simulator policies). */
export function makeRandom(seed: number | string): () => number {
  let state = seedState(seed);
  return () => {
    const r = nextRandom(state);
    state = r.state;
    return r.value;
  };
}
