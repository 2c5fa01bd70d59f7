/**
 * The source tree's shape, checked: no import cycles among src/ modules (type
 * imports included, since a cycle of types is still two modules that cannot
 * be read apart), the layers point one way (ui never imports app; the engine
 * imports nothing outside itself — also enforced by lint), the pages' code
 * never reaches the YAML parser (the browser reads rounds compiled to JSON;
 * one stray import put 30 kB of it into the menu's bundle), and no source file
 * grows past the size where it usually holds two roles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SRC = join(ROOT, 'src');
/** "Past ~300 lines it is usually two": a margin over 300 for a file that is still one role. */
const MAX_LINES = 320;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sources(SRC);
const known = new Set(files);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/**
 * Relative imports and re-exports of a module, resolved to files under src/
 * (`values`: only those that load code, not `import type`, and with the
 * chunks it loads later, `import('./x')`: a lazily loaded chunk is still
 * loaded by the page, but it is where a load-time cycle is cut).
 */
function importsOf(file: string, values = false): string[] {
  const out: string[] = [];
  const source = text.get(file) ?? '';
  const lazy = values ? [...source.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)].map((m) => ['', m[1]] as const) : [];
  for (const m of [...[...source.matchAll(/(?:^|\n)\s*((?:import|export)\b[^'"]*?)from\s+'(\.{1,2}\/[^']+)'/g)].map((x) => [x[1], x[2]] as const), ...lazy]) {
    if (values && /^(?:import|export)\s+type\b/.test(m[0] ?? '')) continue;
    const base = normalize(join(dirname(file), m[1] ?? ''));
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((c) => known.has(c));
    if (hit) out.push(hit);
  }
  return out;
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(ROOT, f);

function cycles(): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g].map(rel).join(' → '));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe('the source tree', () => {
  it('finds the modules it checks (the checker is not looking at nothing)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'engine/scenario/load.ts'))).toContain(join(SRC, 'engine/scenario/problems.ts'));
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('detects a cycle when there is one', () => {
    const a = join(SRC, 'engine/scenario/problems.ts');
    const b = join(SRC, 'engine/scenario/load.ts');
    const saved = graph.get(a) ?? [];
    graph.set(a, [...saved, b]);
    try {
      expect(cycles().some((c) => c.includes('problems.ts') && c.includes('load.ts'))).toBe(true);
    } finally {
      graph.set(a, saved);
    }
  });

  it('points its layers one way: ui never imports app, the engine imports nothing outside itself', () => {
    const edges = (from: string, bad: (to: string) => boolean) =>
      files.filter((f) => f.startsWith(join(SRC, from))).flatMap((f) => (graph.get(f) ?? []).filter(bad).map((g) => `${rel(f)} → ${rel(g)}`));
    expect(edges('ui/', (g) => g.startsWith(join(SRC, 'app/')))).toEqual([]);
    expect(edges('engine/', (g) => !g.startsWith(join(SRC, 'engine/')))).toEqual([]);
  });

  it('keeps the YAML parser out of the pages: nothing the game or class page loads imports yaml', () => {
    const reach = new Set<string>();
    const visit = (f: string) => {
      if (reach.has(f)) return;
      reach.add(f);
      for (const g of importsOf(f, true)) visit(g);
    };
    visit(join(SRC, 'main.ts'));
    visit(join(SRC, 'class/main.ts'));
    expect(reach.size).toBeGreaterThan(100);
    expect([...reach].filter((f) => /from\s+'yaml'/.test(text.get(f) ?? '')).map(rel)).toEqual([]);
  });

  it(`keeps every source file within ${MAX_LINES} lines`, () => {
    const long = files.map((f) => [rel(f), (text.get(f) ?? '').split('\n').length] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });
});
