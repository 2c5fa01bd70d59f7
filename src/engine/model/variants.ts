/**
 * A round as it opens in a given world (campaign play). Options, moves, lines
 * and events whose `when` fails are left out; the variants whose `when` holds
 * replace the setting, the stake, the questions and parts of the briefs, and
 * shift each side's values, floors, reservation point and the opening
 * meters. The result is an ordinary
 * Scenario, so the one negotiation machine plays it unchanged; in the round's
 * own historical world nothing applies and the scenario comes back as it is.
 */
import { canonicalJson } from '../log/canonical';
import { holds, worldFacts } from './world';
import { METER_IDS, SIDE_IDS, type Effect, type Scenario, type Variant, type WorldState } from './types';

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

/** The variants that apply when the round opens in `world`. */
export const appliedVariants = (s: Scenario, world: WorldState): Variant[] => s.variants.filter((v) => holds(v.when, world));

interface Resolved {
  readonly base: Scenario;
  readonly key: string;
}
const resolvedFrom = new WeakMap<Scenario, Resolved>();
const memo = new WeakMap<Scenario, Map<string, Scenario>>();

/** The scenario a resolved one was made from (itself if it is a base scenario). */
export const baseScenario = (s: Scenario): Scenario => resolvedFrom.get(s)?.base ?? s;

function worldKey(s: Scenario, world: WorldState): string {
  // Only what conditions can test matters, not the year or document readings.
  return canonicalJson({
    peaceTreaty: world.peaceTreaty,
    islands: world.islands,
    inForce: world.documents.filter((d) => d.inForce).map((d) => d.id).sort(),
    securityTreaty: world.securityTreaty,
    facts: worldFacts(world),
    round: s.id,
  });
}

function shift(s: Scenario, e: Effect): Scenario {
  const agenda = s.agenda.map((issue) => ({
    ...issue,
    options: issue.options.map((o) => {
      let value = o.value;
      for (const v of e.values ?? []) {
        if (v.issue === issue.id && v.option === o.id) value = { ...value, [v.side]: clamp(value[v.side] + v.delta) };
      }
      return value === o.value ? o : { ...o, value };
    }),
  }));
  const negotiators = { ...s.negotiators };
  for (const side of SIDE_IDS) {
    const n = negotiators[side];
    const floors = { ...n.floors };
    for (const f of e.floors ?? []) if (f.side === side) floors[f.issue] = clamp((floors[f.issue] ?? 0) + f.delta);
    const reservation = clamp(n.reservation + (e.reservation?.[side] ?? 0));
    negotiators[side] = { ...n, floors, reservation, opening: Math.max(clamp(n.opening), reservation) };
  }
  const meters = { ...s.meters };
  for (const id of METER_IDS) {
    const d = e.meters?.[id];
    if (d !== undefined) meters[id] = { ...meters[id], initial: clamp(meters[id].initial + d) };
  }
  return { ...s, agenda, negotiators, meters };
}

/**
 * The round as it opens in `world`: the same object when nothing differs,
 * otherwise a new scenario (memoized per world, so compiled look-ups are
 * built once).
 */
export function resolveScenario(scenario: Scenario, world: WorldState): Scenario {
  const s = baseScenario(scenario);
  const key = worldKey(s, world);
  const seen = memo.get(s) ?? new Map<string, Scenario>();
  memo.set(s, seen);
  const hit = seen.get(key);
  if (hit) return hit;

  const ok = (c: { when?: Parameters<typeof holds>[0] }) => holds(c.when, world);
  const gone = new Set<string>();
  let redrawn = false;
  const agenda = s.agenda.map((issue) => {
    const options = issue.options.filter((o) => {
      const keep = ok(o);
      if (!keep) gone.add(`${issue.id}:${o.id}`);
      return keep;
    });
    // An option that changes no island draws the islands as this world has them.
    const drawn = options.map((o) => {
      if (!o.mapFromWorld || !o.map) return o;
      const map = Object.fromEntries(Object.keys(o.map).map((id) => [id, world.islands[id as keyof WorldState['islands']]]));
      if (Object.entries(map).every(([id, fate]) => o.map?.[id as keyof typeof o.map] === fate)) return o;
      redrawn = true;
      return { ...o, map };
    });
    return options.length === issue.options.length && drawn.every((o, i) => o === options[i]) ? issue : { ...issue, options: drawn };
  });
  const usesGone = (m: Scenario['moves'][number]) =>
    (m.issue !== undefined && m.option !== undefined && gone.has(`${m.issue}:${m.option}`)) ||
    Object.entries(m.package ?? {}).some(([i, o]) => gone.has(`${i}:${o}`));
  const moves = s.moves.filter((m) => ok(m) && !usesGone(m));
  // Every kind of generic line stays spoken: where none fits this world, all of that kind are kept.
  const lines = s.lines.filter((l) => ok(l) || !s.lines.some((x) => x.side === l.side && x.kind === l.kind && ok(x)));
  const events = s.events.filter(ok);
  const applied = appliedVariants(s, world);
  // A delegate's title follows the world (an ambassador only where there are embassies).
  const retitled = SIDE_IDS.some((side) => s.sides[side].delegation.some((d) => (d.titles ?? []).some((t) => holds(t.when, world))));
  const unchanged = !retitled && !redrawn && gone.size === 0 && moves.length === s.moves.length && lines.length === s.lines.length && events.length === s.events.length && applied.length === 0;
  if (unchanged) {
    seen.set(key, s);
    return s;
  }
  let out: Scenario = { ...s, agenda, moves, lines, events };
  if (retitled) {
    const sides = { ...out.sides };
    for (const side of SIDE_IDS) {
      sides[side] = { ...sides[side], delegation: sides[side].delegation.map((d) => ({ ...d, title: (d.titles ?? []).find((t) => holds(t.when, world))?.title ?? d.title })) };
    }
    out = { ...out, sides };
  }
  for (const v of applied) {
    if (v.setting) out = { ...out, setting: v.setting };
    if (v.stake) out = { ...out, stake: v.stake };
    if (v.questions) out = { ...out, questions: v.questions };
    if (v.brief) {
      const sides = { ...out.sides };
      for (const side of SIDE_IDS) {
        const patch = v.brief[side];
        if (!patch) continue;
        const b = sides[side].brief;
        const instructions = patch.instructions ?? b.instructions;
        sides[side] = {
          ...sides[side],
          brief: {
            ...b,
            instructions: patch.note ? { ...instructions, en: `${instructions.en} ${patch.note.en}` } : instructions,
            interests: patch.interests ?? b.interests,
            redLines: patch.redLines ?? b.redLines,
            home: patch.home ?? b.home,
          },
        };
      }
      out = { ...out, sides };
    }
    if (v.effects) out = shift(out, v.effects);
  }
  resolvedFrom.set(out, { base: s, key });
  seen.set(key, out);
  return out;
}
