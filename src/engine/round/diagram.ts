/**
 * A round's statechart as a Mermaid state diagram, read from the generated
 * machine itself (its states, initial states, guarded transitions and tagged
 * final states), so the picture in the teacher guide is the machine the game
 * runs. The table states of a phase are drawn in a box per side holding the
 * floor, and the phase state's moves from each box (they are the same from
 * each table state; the floor passes from that side to the other).
 */
import type { AnyStateNode } from 'xstate';
import type { Scenario } from '../model/types';
import { SIDE_IDS, type SideId } from '../model/types';
import { floorState, roundMachine, type Table } from './machine';

/** The tables in the order the diagram lists them. */
const DRAWN: readonly Table[] = ['open', 'awaitingReply', 'signing'];

const MOVES = new Set(['move', 'propose', 'concede', 'consult', 'accept', 'sign']);

const idOf = (node: AnyStateNode) => node.path.join('__').replace(/[^A-Za-z0-9_]/g, '_') || 'round';

const GUARD_WORDS: Readonly<Record<string, string>> = {
  legal: 'a legal move',
  phaseSpent: 'phase spent',
  timeRunsOut: 'time runs out',
  signedNotRatified: 'both signed, rejected at home',
  bothSigned: 'both signed',
  floorTo: 'floor passes',
};

function label(t: { eventType: string; guard?: unknown }): string {
  const raw = t.guard as string | { type?: string; params?: { side?: string; table?: string } } | undefined;
  const guard = typeof raw === 'string' ? { type: raw } : raw;
  const words = guard?.type ? (GUARD_WORDS[guard.type] ?? guard.type) : '';
  const detail = guard?.params?.side ? ` to ${guard.params.side}` : '';
  const type = t.eventType === '' ? '' : t.eventType.replace('negotiation.', '');
  // Every legal move but a walk-out is judged by the same guards: one edge for all of them.
  const event = MOVES.has(type) ? 'a move' : type;
  return [event, words ? `[${words}${detail}]` : ''].filter(Boolean).join(' ');
}

/** The side holding the floor in a table state (from its `floor-…` tag), or null for any other state. */
const floorOf = (node: AnyStateNode): SideId | null => SIDE_IDS.find((side) => node.tags.includes(`floor-${side}`)) ?? null;

/** Whether a state holds table states (a phase: its moves are the phase state's own transitions). */
const hasFloor = (node: AnyStateNode): boolean => (Object.values(node.states) as AnyStateNode[]).some((n) => floorOf(n) !== null);

/** The side a transition passes the floor to (its `floorTo` guard's side), or null. */
function passesTo(t: { guard?: unknown }): SideId | null {
  const g = t.guard as { type?: string; params?: { side?: SideId } } | undefined;
  return g?.type === 'floorTo' ? (g.params?.side ?? null) : null;
}

/** The Mermaid source of round `s`'s statechart. */
export function roundDiagram(s: Scenario): string {
  const machine = roundMachine(s);
  const out = ['stateDiagram-v2'];
  const edges = new Set<string>();
  // A table state is drawn inside its side's box, and an edge to it ends at the box.
  const boxOf = (node: AnyStateNode) => {
    const side = floorOf(node);
    return side && node.parent ? `${idOf(node.parent)}__${side}` : idOf(node);
  };
  // `mover`: drawing the moves of the phase state from that side's box, where the floor never passes to that side.
  const edgesFrom = (id: string, nodes: readonly AnyStateNode[], mover?: SideId) => {
    for (const n of nodes) {
      for (const t of [...[...n.transitions.values()].flat(), ...(n.always ?? [])]) {
        if (mover && passesTo(t) === mover) continue;
        for (const target of (t.target ?? []) as AnyStateNode[]) {
          const to = boxOf(target);
          const shown = label(t).replace(/ \[a legal move\]$/, '');
          const key = `${id}|${to}|${shown}`;
          if (edges.has(key)) continue;
          edges.add(key);
          out.push(`  ${id} --> ${to}${shown ? ` : ${shown}` : ''}`);
        }
      }
    }
  };
  const walk = (node: AnyStateNode, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      if (floorOf(child)) continue;
      const id = idOf(child);
      const tags = [...child.tags].filter((t) => !t.startsWith('phase-'));
      if (Object.keys(child.states).length > 0) {
        out.push(`${pad}state "${child.key}" as ${id} {`);
        const first = child.initial?.target[0] as AnyStateNode | undefined;
        if (first) out.push(`${pad}  [*] --> ${idOf(first)}`);
        walk(child, depth + 1);
        out.push(`${pad}}`);
      } else out.push(`${pad}state "${child.key}${tags.length ? ` (${tags.join(', ')})` : ''}" as ${id}`);
      if (child.type === 'final') out.push(`${pad}${id} --> [*]`);
      // A phase's moves are drawn from the boxes of the sides that may make them (below, inside it).
      if (!hasFloor(child)) edgesFrom(id, [child]);
    }
    // The table states where one side holds the floor, in one box per side: a move is judged the same from each.
    for (const side of SIDE_IDS) {
      const tables = DRAWN.map((table) => [table, node.states[floorState(side, table)] as AnyStateNode | undefined] as const).filter(([, n]) => n);
      if (tables.length === 0) continue;
      const box = `${idOf(node)}__${side}`;
      out.push(`${pad}state "${side}" as ${box} {`);
      for (const [table, n] of tables) {
        const tags = [...(n?.tags ?? [])].filter((t) => !t.startsWith('floor-'));
        out.push(`${pad}  state "${table}${tags.length ? ` (${tags.join(', ')})` : ''}" as ${idOf(n as AnyStateNode)}`);
      }
      out.push(`${pad}}`);
      edgesFrom(box, [...tables.map(([, n]) => n as AnyStateNode), node], side);
    }
  };
  const first = machine.root.initial?.target[0] as AnyStateNode | undefined;
  if (first) out.push(`  [*] --> ${idOf(first)}`);
  walk(machine.root, 1);
  return `${out.join('\n')}\n`;
}
