// Hostile scenario files and command lines: an alias bomb, a huge file, bad
// encodings and CR-only line endings give one clear error naming the file
// (never a stack trace), and the rest of a validate batch is still checked;
// the CLIs answer a bad flag with the usage and exit 2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/load';
import { ROOT, sharedData, sourceLibrary } from '../../src/node/files';

const TMP = join(ROOT, '.tmp', 'hostile-files');
mkdirSync(TMP, { recursive: true });
const good = readFileSync(join(ROOT, 'tests/fixtures/scenarios/valid-minimal.yaml'), 'utf8');
const write = (name: string, content: string | Buffer): string => {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return `.tmp/hostile-files/${name}`;
};
const run = (cli: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);

const bomb = `${good}\nanchors: &a [1, 2, 3]\nbomb: [${Array.from({ length: 150 }, () => '*a').join(', ')}]\n`;

describe('item 5: YAML alias bombs', () => {
  it('the loader returns an error instead of throwing', () => {
    const r = loadScenario('bomb.yaml', bomb, { sources: sourceLibrary(), shared: sharedData() });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.message).toMatch(/^YAML: too many aliases/);
  });
  it('validate reports it with the file name and goes on with the rest of the batch', () => {
    const r = run('validate', write('bomb.yaml', bomb), 'tests/fixtures/scenarios/valid-minimal.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('.tmp/hostile-files/bomb.yaml:1:1: YAML: too many aliases');
    expect(r.stdout).toContain('ok tests/fixtures/scenarios/valid-minimal.yaml');
    noStack(r.stderr);
  });
  it('calibrate reports it and exits 1', () => {
    const r = run('calibrate', '.tmp/hostile-files/bomb.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bomb.yaml:1:1: YAML: too many aliases');
    noStack(r.stderr);
  });
});

describe('item 9: scenario file limits and encodings', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['huge.yaml', `${good}\n${'# padding line of a runaway file\n'.repeat(70_000)}`, /too large \(2,\d{3},\d{3} bytes; a round file may have at most 2,000,000\)/],
    ['latin1.yaml', Buffer.concat([Buffer.from(good.slice(0, 200)), Buffer.from([0xe9, 0x0a]), Buffer.from(good.slice(200))]), /:\d+:\d+: the file holds bytes that are not valid UTF-8 .*save it again as UTF-8/],
    ['nul.yaml', `${good.slice(0, 300)}\u0000${good.slice(300)}`, /:\d+:\d+: the file holds a NUL byte/],
    ['utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]), /the file is UTF-16 .*save it again as UTF-8/],
    ['utf16-no-bom.yaml', Buffer.from(good, 'utf16le'), /looks like UTF-16\): save it again as UTF-8/],
    ['mac.yaml', good.replace(/\n/g, '\r'), /old Mac line endings \(CR only\)/],
  ];
  it.each(cases)('%s gets a clear error naming the file', (name, content, message) => {
    const path = write(name, content);
    const r = run('validate', path, 'tests/fixtures/scenarios/valid-minimal.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^\\.tmp/hostile-files/${name.replace('.', '\\.')}:`));
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toContain('ok tests/fixtures/scenarios/valid-minimal.yaml');
    noStack(r.stderr);
  });
  it('a UTF-8 byte-order mark and CRLF line endings are fine', () => {
    const r = run('validate', write('bom-crlf.yaml', `\uFEFF${good.replace(/\n/g, '\r\n')}`));
    expect(r.stdout).toContain('ok .tmp/hostile-files/bom-crlf.yaml');
    expect(r.status).toBe(0);
  });
});

describe('item 8: CLI flags', () => {
  const usage = (r: ReturnType<typeof run>, message: string | RegExp) => {
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: npm run');
    noStack(r.stderr);
  };
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('--policy %s is an unknown policy', (p) => usage(run('simulate', '--policy', p, '--runs', '5'), `unknown policy "${p}"`));
  it('missing values, unknown options and extra arguments print the usage', () => {
    usage(run('simulate', '--runs', '5', '--seed'), 'simulate: --seed needs a value');
    usage(run('simulate', '--frobnicate'), "simulate: Unknown option '--frobnicate'");
    usage(run('simulate', 'extra'), "simulate: Unexpected argument 'extra'");
    usage(run('validate', '--strict'), "validate: Unknown option '--strict'");
    usage(run('calibrate', 'scenarios/1956.yaml', 'scenarios/1960.yaml'), 'calibrate: one scenario file at a time');
    usage(run('calibrate', '--quiet'), 'calibrate: name one scenario file');
  });
  it('seeds and run counts are checked as written', () => {
    usage(run('simulate', '--seed', ''), 'simulate: --seed must be a whole number, not ""');
    usage(run('simulate', '--seed', '9007199254740993'), '--seed must be between 0 and 4,294,967,295, not 9007199254740993');
    usage(run('simulate', '--seed', '1.5'), '--seed must be a whole number');
    usage(run('simulate', '--runs', '1e12'), '--runs must be a whole number, not "1e12"');
    usage(run('simulate', '--runs', '1000000000000'), '--runs must be between 1 and 1,000,000');
    usage(run('simulate', '--noise', ''), '--noise must be a number between 0 and 1');
  });
  it('calibrate on a missing file or a folder, and validate on a folder, say so without a stack trace', () => {
    const missing = run('calibrate', 'scenarios/nope.yaml');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('scenarios/nope.yaml:1:1: no such file');
    const folder = run('calibrate', 'scenarios');
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('scenarios:1:1: is a folder, not a scenario file');
    const batch = run('validate', 'scenarios', 'scenarios/nope.yaml', 'tests/fixtures/scenarios/valid-minimal.yaml');
    expect(batch.status).toBe(1);
    expect(batch.stderr).toContain('scenarios:1:1: is a folder');
    expect(batch.stderr).toContain('scenarios/nope.yaml:1:1: no such file');
    expect(batch.stdout).toContain('ok tests/fixtures/scenarios/valid-minimal.yaml');
    for (const r of [missing, folder, batch]) noStack(r.stderr);
  });
  it('--help prints the usage and exits 0', () => {
    const r = run('simulate', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: npm run simulate');
  });
});
