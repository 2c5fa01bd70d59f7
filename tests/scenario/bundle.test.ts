// The compiled round files the game reads: each round compiles, reads back
// as the very scenario the YAML loader gives (same transcripts from either),
// and damaged or foreign files say what happened and what to do.
import { describe, expect, it } from 'vitest';
import { transcriptLines } from '../../src/engine/log/transcript';
import { BUNDLE_FORMAT, bundlePath, readIndex, readRound, readSources } from '../../src/engine/scenario/bundle';
import { historical, randomPolicy } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound, sourceLibrary } from '../../src/node/files';
import { compileAll, compileIndex, compileRound } from '../../src/node/rounds';

const ROUNDS = compileIndex().catalog.rounds.map((r) => r.id);

describe('compiled rounds', () => {
  const files = compileAll();

  it('the build writes the index, the sources and every round of the index', () => {
    expect([...files.keys()].sort()).toEqual([bundlePath.index, bundlePath.sources, ...ROUNDS.map(bundlePath.round)].sort());
    const index = readIndex(files.get(bundlePath.index) ?? '');
    expect(index.ok && index.value.rounds.map((r) => r.id)).toEqual(ROUNDS);
    const sources = readSources(files.get(bundlePath.sources) ?? '');
    expect(sources.ok && Object.keys(sources.value).sort()).toEqual(Object.keys(sourceLibrary()).sort());
  });

  it.each(ROUNDS)('round %s read from its JSON plays exactly as from its YAML', (id) => {
    const path = bundlePath.round(id);
    const read = readRound(files.get(path) ?? '', path);
    if (!read.ok) throw new Error(read.error.message);
    const yaml = loadRound(id);
    expect(read.value).toEqual(yaml);
    for (const [seed, side, policy] of [[3, 'japan', historical(0.3)], [11, 'russia', randomPolicy], [29, 'japan', randomPolicy]] as const) {
      const a = runNegotiation(yaml, { seed, side, policy });
      const b = runNegotiation(read.value, { seed, side, policy });
      expect(transcriptLines(read.value, b.state)).toEqual(transcriptLines(yaml, a.state));
    }
  });

  it('a round that does not validate compiles to its errors, with file, line and path, and the text they point into', () => {
    const missing = compileRound('1999');
    expect(missing).toMatchObject({ kind: 'kuril-round-errors', file: 'scenarios/1999.yaml', errors: [{ message: 'there is no round file scenarios/1999.yaml' }] });
    const read = readRound(JSON.stringify(missing), bundlePath.round('1999'));
    expect(!read.ok && read.error.errors[0]?.message).toBe('there is no round file scenarios/1999.yaml');
  });

  it('a damaged, foreign or outdated file is refused with what to do, never half-read', () => {
    const good = files.get(bundlePath.round('1956')) ?? '';
    const cut = readRound(good.slice(0, good.length / 2), 'rounds/1956.json');
    expect(!cut.ok && cut.error.message).toMatch(/^rounds\/1956\.json is damaged \(it is not complete JSON\)\. Reload the page/);
    const foreign = readRound(JSON.stringify({ kind: 'kuril-sources', format: BUNDLE_FORMAT, library: {} }), 'rounds/1956.json');
    expect(!foreign.ok && foreign.error.message).toBe('rounds/1956.json is not a compiled round file of this game.');
    const old = readRound(good.replace(`"format":${BUNDLE_FORMAT}`, '"format":0'), 'rounds/1956.json');
    expect(!old.ok && old.error.message).toMatch(/compiled by another version of the game \(format 0, this game reads 1\): rebuild it/);
  });
});

describe('the dev server', () => {
  it('compiles the round it is asked for on each request, and serves a broken or missing one as its errors', async () => {
    const { createServer } = await import('vite');
    const { ROOT } = await import('../../src/node/files');
    const server = await createServer({ root: ROOT, configFile: `${ROOT}/vite.config.ts`, configLoader: 'runner', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false }, optimizeDeps: { noDiscovery: true, include: [] } });
    await server.listen();
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      const round = await (await fetch(`${base}rounds/1956.json`)).text();
      const r = readRound(round, 'rounds/1956.json');
      expect(r.ok && r.value).toEqual(loadRound('1956'));
      const missing = readRound(await (await fetch(`${base}rounds/1999.json`)).text(), 'rounds/1999.json');
      expect(!missing.ok && missing.error.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual(['scenarios/1999.yaml:1: there is no round file scenarios/1999.yaml']);
    } finally {
      await server.close();
    }
  });
});
