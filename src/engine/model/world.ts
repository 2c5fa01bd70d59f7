/**
 * World state between rounds: whether a peace treaty exists, each island's
 * status, the documents in force and how each side reads them, the security
 * treaty. A round starts from one and, through its document, produces the next.
 */
import { ISLAND_IDS, type Condition, type WorldPatch, type WorldState } from './types';

/** The facts a world's texts may presuppose: the state of war, relations, Japan in the UN, the US alliance. */
export interface WorldFacts {
  readonly stateOfWar: boolean;
  readonly relations: boolean;
  readonly un: boolean;
  readonly alliance: boolean;
}

const DECLARATION = 'joint-declaration-1956';

/**
 * The world's facts, set or derived: the war ends with a peace treaty or the
 * 1956 Declaration (or a document that says so); relations follow the end of
 * the war; Japan's UN entry followed the Declaration (Soviet support), or a
 * peace treaty; the alliance is the security treaty in force.
 */
export function worldFacts(world: WorldState): WorldFacts {
  const declaration = world.documents.some((d) => d.id === DECLARATION && d.inForce);
  const stateOfWar = world.stateOfWar ?? !(world.peaceTreaty || declaration);
  const relations = world.relations ?? !stateOfWar;
  return { stateOfWar, relations, un: world.un ?? (declaration || world.peaceTreaty), alliance: world.securityTreaty !== 'none' };
}

/** Apply a patch; documents with the same id are replaced, new ones appended. */
export function applyWorldPatch(world: WorldState, patch: WorldPatch, year?: number): WorldState {
  const documents = [...world.documents];
  for (const d of patch.documents ?? []) {
    const i = documents.findIndex((x) => x.id === d.id);
    if (i >= 0) documents[i] = d;
    else documents.push(d);
  }
  const peaceTreaty = patch.peaceTreaty ?? world.peaceTreaty;
  const islands = { ...world.islands, ...patch.islands };
  // An island already handed over stays handed over: a later promise "after a peace treaty" does not undo it.
  for (const id of ISLAND_IDS) if (world.islands[id] === 'japan' && islands[id] === 'japan-after-treaty') islands[id] = 'japan';
  // A promise to hand over "after a peace treaty" falls due once one is in force.
  if (peaceTreaty) for (const id of ISLAND_IDS) if (islands[id] === 'japan-after-treaty') islands[id] = 'japan';
  // A peace treaty ends the war and restores relations, whatever was set before (unset facts stay derived).
  const setWar = patch.stateOfWar ?? world.stateOfWar;
  const setRelations = patch.relations ?? world.relations;
  const stateOfWar = peaceTreaty && setWar !== undefined ? false : setWar;
  const relations = peaceTreaty && setRelations !== undefined ? true : setRelations;
  const un = patch.un ?? world.un;
  return {
    year: year ?? world.year,
    peaceTreaty,
    islands,
    documents,
    securityTreaty: patch.securityTreaty ?? world.securityTreaty,
    ...(stateOfWar !== undefined ? { stateOfWar } : {}),
    ...(relations !== undefined ? { relations } : {}),
    ...(un !== undefined ? { un } : {}),
  };
}

/** Whether every field of a condition holds in a world. */
export function holds(condition: Condition | undefined, world: WorldState): boolean {
  if (!condition) return true;
  // A round's world does not change while it is played: each condition is decided once per world.
  let decided = world === lastWorld ? lastDecided : decisions.get(world);
  if (!decided) {
    decided = new WeakMap();
    decisions.set(world, decided);
  }
  lastWorld = world;
  lastDecided = decided;
  const known = decided.get(condition);
  if (known !== undefined) return known;
  const answer = decide(condition, world);
  decided.set(condition, answer);
  return answer;
}

const decisions = new WeakMap<WorldState, WeakMap<Condition, boolean>>();
/** The world asked last and its decisions (a round asks of one world, over and over). */
let lastWorld: WorldState | undefined;
let lastDecided: WeakMap<Condition, boolean> | undefined;

function decide(condition: Condition, world: WorldState): boolean {
  if (condition.peaceTreaty !== undefined && condition.peaceTreaty !== world.peaceTreaty) return false;
  const treaty = condition.securityTreaty;
  if (treaty !== undefined && !(Array.isArray(treaty) ? treaty.includes(world.securityTreaty) : treaty === world.securityTreaty)) return false;
  for (const [island, fate] of Object.entries(condition.islands ?? {})) {
    if (world.islands[island as keyof WorldState['islands']] !== fate) return false;
  }
  const inForce = (id: string) => world.documents.some((d) => d.id === id && d.inForce);
  if ((condition.inForce ?? []).some((id) => !inForce(id))) return false;
  if ((condition.notInForce ?? []).some((id) => inForce(id))) return false;
  const facts = worldFacts(world);
  if (condition.stateOfWar !== undefined && condition.stateOfWar !== facts.stateOfWar) return false;
  if (condition.relations !== undefined && condition.relations !== facts.relations) return false;
  if (condition.un !== undefined && condition.un !== facts.un) return false;
  return true;
}
