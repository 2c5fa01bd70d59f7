/**
 * A round's statechart as a Mermaid state diagram, read from the generated
 * machine itself (its states, initial states, guarded transitions and tagged
 * final states), so the picture in the teacher guide is the machine the game
 * runs. The floor's table states are drawn once per side.
 */
import type { AnyStateNode } from 'xstate';
import type { Scenario } from '../model/types';
import { roundMachine } from './machine';

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

/** The Mermaid source of round `s`'s statechart. */
export function roundDiagram(s: Scenario): string {
  const machine = roundMachine(s);
  const out = ['stateDiagram-v2'];
  const edges = new Set<string>();
  const walk = (node: AnyStateNode, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      const id = idOf(child);
      const name = child.key;
      const tags = [...child.tags].filter((t) => !t.startsWith('phase-') && !t.startsWith('floor-'));
      if (Object.keys(child.states).length > 0) {
        out.push(`${pad}state "${name}" as ${id} {`);
        const first = child.initial?.target[0] as AnyStateNode | undefined;
        if (first) out.push(`${pad}  [*] --> ${idOf(first)}`);
        walk(child, depth + 1);
        out.push(`${pad}}`);
      } else out.push(`${pad}state "${name}${tags.length ? ` (${tags.join(', ')})` : ''}" as ${id}`);
      if (child.type === 'final') out.push(`${pad}${id} --> [*]`);
      // Transitions are drawn from the side (who holds the floor) and the transient states; the table states take the
      // moves, but they are the same from each table, so the side's edges stand for them.
      const sideOf = (n: AnyStateNode | undefined) => (n?.tags.some((tag) => tag.startsWith('floor-')) ? n : undefined);
      const sources = sideOf(child) ? (Object.values(child.states) as AnyStateNode[]) : sideOf(child.parent) ? [] : [child];
      const defs = sources.flatMap((n) => [...n.transitions.values()].flat());
      for (const t of [...defs, ...(child.always ?? [])]) {
        for (const target of (t.target ?? []) as AnyStateNode[]) {
          // A table state is drawn as its side: the floor passing is one edge per side.
          const side = sideOf(target.parent) ?? target;
          const to = idOf(side);
          const shown = label(t).replace(/ \[a legal move\]$/, '');
          const key = `${id}|${to}|${shown}`;
          if (edges.has(key)) continue;
          edges.add(key);
          out.push(`  ${id} --> ${to}${shown ? ` : ${shown}` : ''}`);
        }
      }
    }
  };
  const first = machine.root.initial?.target[0] as AnyStateNode | undefined;
  if (first) out.push(`  [*] --> ${idOf(first)}`);
  walk(machine.root, 1);
  return `${out.join('\n')}\n`;
}
