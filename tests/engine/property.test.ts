// Property tests: thousands of random action sequences (legal and illegal,
// both seats) never throw, and the invariants hold after every step; the
// fuzz corpus for share links and save files (below) never throws either.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalActions, newGame, step } from '../../src/engine/game';
import type { Action, GameState } from '../../src/engine/model/state';
import { METER_IDS, type Scenario } from '../../src/engine/model/types';
import { campaignRounds, loadRound, ROOT, scenarioFiles } from '../../src/node/files';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { playOf, makeSave, parseSave, decodeShare, encodeShare } from '../../src/engine/log/save';
import { replayBranch } from '../../src/engine/campaign/play';

const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));

/** Every action the round knows of, for both sides, plus a few malformed ones. */
function universe(s: Scenario): Action[] {
  const out: Action[] = [];
  for (const side of ['japan', 'russia'] as const) {
    for (const m of s.moves) out.push({ type: 'move', side, move: m.id });
    for (const i of s.agenda) {
      out.push({ type: 'concede', side, issue: i.id });
      for (const o of i.options) out.push({ type: 'propose', side, package: { [i.id]: o.id } });
    }
    for (const type of ['consult', 'accept', 'sign', 'walk-out'] as const) out.push({ type, side });
    out.push({ type: 'move', side, move: 'no-such-move' });
    out.push({ type: 'propose', side, package: {} });
    out.push({ type: 'propose', side, package: { 'no-such-issue': 'x' } });
  }
  return out;
}

function checkInvariants(s: Scenario, before: GameState, after: GameState): void {
  for (const id of METER_IDS) {
    expect(Number.isInteger(after.meters[id])).toBe(true);
    expect(after.meters[id]).toBeGreaterThanOrEqual(0);
    expect(after.meters[id]).toBeLessThanOrEqual(100);
  }
  // No clause both sides did not agree to: every agreed clause came from an accepted proposal.
  const accepted = new Map<string, string>();
  for (const e of after.log) {
    if (e.kind === 'action' && e.action === 'accept' && e.package) for (const [i, o] of Object.entries(e.package)) accepted.set(i, o);
  }
  for (const a of after.agreed) expect(accepted.get(a.issue)).toBe(a.option);
  expect(new Set(after.agreed.map((a) => a.issue)).size).toBe(after.agreed.length);
  // A signed document has both signatures and every required clause.
  if (after.status === 'concluded' && after.endedBy?.reason === 'signed') {
    expect([...after.signed].sort()).toEqual(['japan', 'russia']);
    for (const i of s.agenda.filter((x) => x.required)) expect(after.agreed.some((a) => a.issue === i.id)).toBe(true);
  }
  expect(after.moveCount).toBeGreaterThanOrEqual(before.moveCount);
  expect(JSON.parse(JSON.stringify(after))).toEqual(after);
}

describe.each(rounds)('round %s: random action sequences', (round) => {
  const s = loadRound(round);
  const all = universe(s);
  it('never throw; illegal actions change nothing; invariants hold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 80 }),
        fc.boolean(),
        (seed, picks, preferLegal) => {
          let state = newGame(s, { seed, seats: { japan: 'human', russia: 'human' } });
          for (const p of picks) {
            const legal = legalActions(s, state);
            const action = preferLegal && legal.length > 0 && p % 3 !== 0 ? legal[p % legal.length]! : all[p % all.length]!;
            const snapshot = JSON.stringify(state);
            const r = step(s, state, action);
            if (!r.ok) {
              expect(JSON.stringify(state)).toBe(snapshot);
              expect(legal.some((a) => JSON.stringify(a) === JSON.stringify(action))).toBe(false);
              continue;
            }
            expect(legal.some((a) => JSON.stringify(a) === JSON.stringify(action)) || action.type === 'propose').toBe(true);
            checkInvariants(s, state, r.value);
            state = r.value;
            if (state.status !== 'negotiating') break;
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

// The fuzz corpus for share links and save files: random text, random JSON,
// hand-written hostile shapes and random damage to real saves. Reading never
// throws, never touches Object.prototype, and whatever it accepts replays
// without throwing; a save the game makes always reads back the same.
const saveText = readFileSync(join(ROOT, 'tests/fixtures/saves/v2-campaign-japan.json'), 'utf8');
const campaign = new Map(campaignRounds().map((id) => [id, loadRound(id)]));
const toCode = (text: string) => Buffer.from(text).toString('base64url');
const HOSTILE: readonly string[] = [
  '',
  'null',
  '{"__proto__":{"polluted":true},"format":"kuril-negotiation-save","version":2}',
  '{"constructor":{"prototype":{"polluted":true}},"format":"kuril-negotiation-save"}',
  '{"format":"kuril-negotiation-save",xxx',
  '{"format":"kuril-negotiation-save","version":3}',
  '{"format":"kuril-negotiation-save","version":1e309}',
  '{"format":"kuril-negotiation-save","version":2,"kind":"round","order":' + JSON.stringify(Array.from({ length: 2000 }, () => '1956')) + '}',
  '['.repeat(50_000) + ']'.repeat(50_000),
  '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000),
  '"\u0000\u0001\u007f\ud800"',
  '<script>alert(1)</script>',
];

/** Replace the value at one random place of a JSON value (objects and arrays walked by the picks). */
function damage(value: unknown, picks: readonly number[], replacement: unknown): unknown {
  if (picks.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [p = 0, ...rest] = picks;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = p % value.length;
    return value.map((v, j) => (j === i ? damage(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[p % keys.length] ?? '';
  return { ...(value as Record<string, unknown>), [key]: damage((value as Record<string, unknown>)[key], rest, replacement) };
}

function readsSafely(text: string): void {
  const a = parseSave(text, 'fuzz');
  const b = decodeShare(toCode(text));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const r of [a, b]) {
    if (!r.ok) {
      expect(typeof r.error).toBe('string');
      continue;
    }
    for (const branch of r.value.branches) expect(() => replayBranch(playOf(r.value), campaign, branch.id)).not.toThrow();
  }
}

describe('fuzz: share links and save files', () => {
  it('the hostile corpus is refused with a message, quickly', () => {
    for (const text of HOSTILE) {
      const t0 = performance.now();
      readsSafely(text);
      expect(parseSave(text).ok, text.slice(0, 60)).toBe(false);
      expect(performance.now() - t0, text.slice(0, 60)).toBeLessThan(2000);
    }
  });
  it('random text and random codes never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        readsSafely(text);
        expect(decodeShare(text).ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });
  it('random JSON shaped like a save never throws', () => {
    const save = fc.record({ format: fc.constantFrom('kuril-negotiation-save', 'x'), version: fc.oneof(fc.constantFrom(1, 2, 3), fc.jsonValue()), kind: fc.jsonValue(), order: fc.jsonValue(), branches: fc.jsonValue(), current: fc.jsonValue(), __proto__: fc.jsonValue() }, { requiredKeys: ['format'] });
    fc.assert(
      fc.property(fc.oneof(save, fc.jsonValue()), (value) => readsSafely(JSON.stringify(value))),
      { numRuns: 1500 },
    );
  });
  it('random damage to a real campaign save never throws, and what is accepted replays', () => {
    const base = JSON.parse(saveText) as unknown;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 7 }), fc.oneof(fc.jsonValue(), fc.constantFrom('1956', 'main', -1, 1e21, '__proto__', 'constructor')), (picks, replacement) => {
        readsSafely(JSON.stringify(damage(base, picks, replacement)));
      }),
      { numRuns: 800 },
    );
  });
  it('every save the game makes reads back the same, as a file and as a link', () => {
    const read = parseSave(saveText);
    if (!read.ok) throw new Error(read.error);
    expect(parseSave(JSON.stringify(makeSave(playOf(read.value))))).toEqual(read);
    const link = decodeShare(encodeShare(read.value));
    expect(link.ok && link.value.current).toBe(read.value.current);
  });
});
