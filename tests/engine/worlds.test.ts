// Worlds that stay consistent (issue 15): the world tracks the state of war,
// relations, Japan in the UN and the alliance; "end the state of war" options
// change it; titles follow it; and no standing text of any round (setting,
// stake, briefs, titles, variant notes) takes for granted a fact its world
// lacks — in every variant's world and in the worlds simulated campaigns reach.
import { describe, expect, it } from 'vitest';
import { presupposed } from '../../src/engine/model/presuppose';
import type { Condition, Scenario, WorldState } from '../../src/engine/model/types';
import { appliedVariants, resolveScenario } from '../../src/engine/model/variants';
import { applyWorldPatch, worldFacts } from '../../src/engine/model/world';
import { POLICIES } from '../../src/engine/sim/policies';
import { runCampaign } from '../../src/engine/sim/campaign';
import { loadRound } from '../../src/node/files';

const ids = ['1956', '1960', '1973', '1988', '1991', '2000'];
const bases = new Map(ids.map((id) => [id, loadRound(id)]));
const round = (id: string): Scenario => bases.get(id) ?? loadRound(id);

/** A world in which a condition holds, built from the round's own. */
function worldFor(s: Scenario, when: Condition): WorldState {
  const out = (when.notInForce ?? []).concat();
  const documents = s.world.documents.filter((d) => !out.includes(d.id));
  for (const id of when.inForce ?? []) if (!documents.some((d) => d.id === id)) documents.push({ id, title: { en: id }, inForce: true, readings: { japan: { en: id }, russia: { en: id } } });
  const treaty = when.securityTreaty;
  return applyWorldPatch({ ...s.world, documents }, {
    ...(when.peaceTreaty !== undefined ? { peaceTreaty: when.peaceTreaty } : {}),
    ...(when.islands ? { islands: when.islands } : {}),
    ...(treaty !== undefined ? { securityTreaty: Array.isArray(treaty) ? (treaty[0] ?? 'none') : treaty } : {}),
    ...(when.stateOfWar !== undefined ? { stateOfWar: when.stateOfWar } : {}),
    ...(when.relations !== undefined ? { relations: when.relations } : {}),
    ...(when.un !== undefined ? { un: when.un } : {}),
  });
}

const FATES = {
  promised: { habomai: 'japan-after-treaty', shikotan: 'japan-after-treaty', kunashiri: 'russia', etorofu: 'russia' },
  none: { habomai: 'russia', shikotan: 'russia', kunashiri: 'russia', etorofu: 'russia' },
  two: { habomai: 'japan', shikotan: 'japan', kunashiri: 'russia', etorofu: 'russia' },
  four: { habomai: 'japan', shikotan: 'japan', kunashiri: 'japan', etorofu: 'japan' },
} as const;

/**
 * The worlds a campaign can open a round in: who holds each island, a peace
 * treaty or not, the Declaration in force or not (and, without it, the state
 * of war ended by a later text or not), the alliance kept or given up in 1960,
 * and for later rounds the 1973 and 1988 communiques signed or not.
 */
function worldGrid(s: Scenario): { label: string; world: WorldState }[] {
  const year = s.world.year;
  if (year <= 1956) return [{ label: 'history', world: s.world }];
  const out: { label: string; world: WorldState }[] = [];
  const bools = [true, false];
  for (const [fates, islands] of Object.entries(FATES)) {
    for (const treaty of bools) {
      if (treaty && fates === 'promised') continue;
      for (const declaration of bools) {
        // Only a signed text hands an island over: the Declaration or a peace treaty.
        if (!declaration && !treaty && (fates === 'two' || fates === 'four')) continue;
        // Before 1991 a peace treaty could only have come from 1956, and the round of 1956 writes the Declaration.
        if (treaty && !declaration && year <= 1991) continue;
        // Before 1960 nothing but the Declaration or a peace treaty could end the war; after it the notes of 1960 could.
        for (const war of !declaration && !treaty ? (year > 1960 ? bools : [true]) : [false]) {
          // Japan can give up the alliance only in 1960, while no peace treaty stands; a treaty after that comes in 1991 at the earliest.
          // Neutrality in 1960 also promised Habomai and Shikotan: before 2000 a neutral Japan opens a round with the two promised.
          for (const alliance of year > 1960 && (year > 1991 || (!treaty && fates === 'promised')) ? bools : [true]) {
            for (const communique of year > 1973 ? bools : [false]) {
              for (const wg of year > 1988 ? bools : [true]) {
                const documents = s.world.documents.filter((d) => (d.id !== 'joint-declaration-1956' || declaration) && (d.id !== 'joint-communique-1973' || communique) && (d.id !== 'joint-communique-1988' || wg));
                let world: WorldState = { ...s.world, islands: { ...islands }, peaceTreaty: treaty, documents, securityTreaty: alliance ? s.world.securityTreaty : 'none' };
                if (!declaration && !treaty) world = { ...world, stateOfWar: war, relations: !war, un: !war };
                out.push({ label: `${fates}${treaty ? ' treaty' : ''}${declaration ? ' declaration' : ''}${war ? ' war' : ''}${alliance ? '' : ' no-alliance'}${communique ? ' 1973' : ''}${wg ? '' : ' no-1988'}`, world });
              }
            }
          }
        }
      }
    }
  }
  return out;
}

const show = (id: string, label: string, w: WorldState) => presupposed(round(id), w).map((p) => `${id} ${label}: ${p.path} presupposes ${p.fact} — "${p.sentence}"`);

describe('the world state', () => {
  it('derives the state of war, relations and UN membership, and a peace treaty ends the war', () => {
    const s = round('1956');
    expect(worldFacts(s.world)).toEqual({ stateOfWar: true, relations: false, un: false, alliance: true });
    const declared = applyWorldPatch(s.world, { documents: [{ id: 'joint-declaration-1956', title: { en: 'Declaration' }, inForce: true, readings: { japan: { en: '-' }, russia: { en: '-' } } }] });
    expect(worldFacts(declared)).toEqual({ stateOfWar: false, relations: true, un: true, alliance: true });
    expect(worldFacts(applyWorldPatch(s.world, { stateOfWar: true, relations: false }))).toMatchObject({ stateOfWar: true, relations: false });
    expect(worldFacts(applyWorldPatch(applyWorldPatch(s.world, { stateOfWar: true }), { peaceTreaty: true }))).toMatchObject({ stateOfWar: false, relations: true });
  });

  for (const id of ['1960', '1988']) {
    it(`${id}: "end the state of war" changes the world`, () => {
      const option = round(id).agenda.flatMap((i) => i.options).find((o) => o.id === 'end-state-of-war');
      expect(option?.world).toMatchObject({ stateOfWar: false, relations: true });
    });
  }

  it('1960: the ambassador is an ambassador only where there are embassies', () => {
    const s = round('1960');
    const noDeclaration = worldFor(s, { peaceTreaty: false, notInForce: ['joint-declaration-1956'] });
    const title = (w: WorldState) => resolveScenario(s, w).sides.japan.delegation.find((d) => d.id === 'kadowaki')?.title.en;
    expect(title(s.world)).toBe('Ambassador of Japan to the USSR');
    expect(title(noDeclaration)).not.toMatch(/Ambassador/);
  });
});

describe('a war ended by later notes, with no Declaration', () => {
  for (const [id, variant] of [['1973', 'war-ended-by-notes'], ['1988', 'war-ended-by-notes'], ['1991', 'war-ended-later']] as const) {
    it(`${id} opens with its own setting, not history's`, () => {
      const s = round(id);
      const world = worldFor(s, { peaceTreaty: false, notInForce: ['joint-declaration-1956'], stateOfWar: false });
      const r = resolveScenario(s, world);
      expect(r.setting.en).not.toBe(s.setting.en);
      expect(s.variants.filter((v) => v.when.stateOfWar === false).map((v) => v.id)).toContain(variant);
      expect(r.setting.en).toMatch(/never signed|no Joint Declaration was signed/);
      expect(r.setting.en).not.toMatch(/never been formally ended/);
    });
  }

  it('1960: the fallback draws the islands as a four-islands world has them', () => {
    const s = round('1960');
    const world = worldFor(s, { islands: { habomai: 'japan', shikotan: 'japan', kunashiri: 'japan', etorofu: 'japan' } });
    const fallback = resolveScenario(s, world).agenda.find((i) => i.id === 'soviet-condition')?.options.find((o) => o.id === 'declaration-terms');
    expect(fallback?.map).toEqual({ habomai: 'japan', shikotan: 'japan' });
  });
});

describe('a Japan that gave up the alliance in 1960', () => {
  it('1988 opens on neutrality: no NATO analogy, no blocs, and each side has a move of its own about the condition of 1960', () => {
    const s = round('1988');
    const r = resolveScenario(s, worldFor(s, { securityTreaty: 'none' }));
    const moves = new Set(r.moves.map((m) => m.id));
    expect(r.setting.en).toMatch(/neutrality in 1960/);
    for (const gone of ['jp-appeal-nato', 'su-appeal-blocs', 'jp-appeal-hostage', 'su-appeal-memorandum-1960', 'jp-principled-position']) expect(moves.has(gone)).toBe(false);
    for (const added of ['jp-condition-met', 'su-neutral-border']) expect(moves.has(added)).toBe(true);
    expect(r.sides.russia.brief.interests.map((t) => t.en).join(' ')).not.toMatch(/American alliance/);
  });

  for (const id of ['1973', '1991', '2000']) {
    it(`${id} tells both sides that Japan has been neutral since 1960`, () => {
      const s = round(id);
      const world = worldFor(s, { securityTreaty: 'none' });
      expect(appliedVariants(s, world).map((v) => v.id)).toContain('neutral-japan');
      expect(appliedVariants(s, s.world).map((v) => v.id)).not.toContain('neutral-japan');
    });
  }
});

describe('no text presupposes a fact its world lacks', () => {
  for (const id of ids) {
    it(`${id}: the historical world and every variant's world`, () => {
      const s = round(id);
      const problems = [...show(id, 'history', s.world), ...s.variants.flatMap((v) => show(id, `variant ${v.id}`, worldFor(s, v.when)))];
      expect(problems).toEqual([]);
    });
  }

  for (const id of ids) {
    it(`${id}: every world a campaign can open it in`, () => {
      const s = round(id);
      const problems = new Set(worldGrid(s).flatMap(({ label, world }) => show(id, label, world)));
      expect([...problems]).toEqual([]);
    });

    it(`${id}: a fallback draws the islands as its world has them`, () => {
      const problems: string[] = [];
      for (const { label, world } of worldGrid(round(id))) {
        for (const issue of resolveScenario(round(id), world).agenda) {
          const fb = issue.options.find((o) => o.id === issue.fallback);
          for (const [island, fate] of Object.entries(fb?.map ?? {})) {
            const held = world.islands[island as keyof WorldState['islands']];
            if (fate !== held && !fb?.world?.islands) problems.push(`${id} ${label}: ${issue.id}.${fb?.id} draws ${island} as ${fate}, the world has ${held}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  for (const id of ids) {
    it(`${id}: every issue offers a real choice in every world (at least two options, one each side prefers)`, () => {
      const problems = new Set<string>();
      for (const { label, world } of worldGrid(round(id))) {
        for (const issue of resolveScenario(round(id), world).agenda) {
          const best = (side: 'japan' | 'russia') => Math.max(...issue.options.map((o) => o.value[side]));
          const sides = issue.decidedBy ? [issue.decidedBy] : (['japan', 'russia'] as const);
          if (issue.options.length < 2) problems.add(`${id} ${label}: ${issue.id} offers only ${issue.options.map((o) => o.id).join(', ')}`);
          // Each side (the deciding side, for a unilateral issue) has an option it values above the issue's worst for it.
          for (const side of sides) if (best(side) <= Math.min(...issue.options.map((o) => o.value[side]))) problems.add(`${id} ${label}: ${issue.id} gives ${side} nothing to prefer`);
        }
      }
      expect([...problems]).toEqual([]);
    });
  }

  it('the worlds simulated campaigns open in', () => {
    const problems = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      for (const side of ['japan', 'russia'] as const) {
        const { rounds } = runCampaign(bases, ids, { seed, side, policy: POLICIES.random!(0) });
        for (const r of rounds) for (const p of show(r.id, `seed ${seed}`, r.start.world)) problems.add(p.replace(/seed \d+/, 'campaign'));
      }
    }
    expect([...problems]).toEqual([]);
  });
});
