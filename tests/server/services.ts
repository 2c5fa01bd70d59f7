/**
 * Redis and PostgreSQL for the multi-node tests, started on loopback from
 * Debian's packages (redis-server, postgresql) in temporary directories and
 * stopped by their own pids. Nothing is skipped: with a package missing the
 * test fails saying what to install (`.ci/run` installs both).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './process';

export interface Service {
  readonly url: string;
  stop(): Promise<void>;
}

const stopper = (child: ChildProcess) => () =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await ready())) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start within 30 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, cmd))) return join(dir, cmd);
  return null;
}

export async function startRedis(): Promise<Service> {
  const bin = which('redis-server');
  if (!bin) throw new Error('redis-server is not installed: the multi-node tests need it (Debian: apt-get install redis-server; .ci/run installs it).');
  const port = await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor('redis-server', () => /Ready to accept connections/.test(out), child, () => out);
  return { url: `redis://127.0.0.1:${port}`, stop: stopper(child) };
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions[0]) throw new Error('PostgreSQL is not installed: the multi-node tests need it (Debian: apt-get install postgresql; .ci/run installs it).');
  return join(root, versions[0], 'bin');
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'kuril-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: as root, run it as the package's `postgres` user.
  const run = (cmd: string, args: string[]) => (asRoot ? { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] } : { cmd, args });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const init = run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  execFileSync(init.cmd, init.args, { stdio: 'pipe' });
  const port = await freePort();
  const server = run(join(bin, 'postgres'), ['-D', join(dir, 'data'), '-k', dir, '-p', String(port), '-h', '127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200']);
  const child = spawn(server.cmd, server.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor('postgres', () => /ready to accept connections/.test(out), child, () => out);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop: stopper(child) };
}
