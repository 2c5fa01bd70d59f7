// Browser-suite setup, once for all e2e files: build the game with the
// project's Vite config, serve dist/ on loopback with `vite preview`, and
// launch one Chromium (Debian's, or CHROMIUM_PATH) that every test connects to.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../../src/node/files';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium found at ${path}. Install Debian's chromium (apt-get install chromium; .ci/run does this) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  return path;
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath();
  await build({ root: ROOT, logLevel: 'warn', configFile: join(ROOT, 'vite.config.ts'), configLoader: 'runner' });
  server = await preview({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), configLoader: 'runner', preview: { host: '127.0.0.1', port: 4180, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const tmp = join(ROOT, '.tmp', 'chromium');
  mkdirSync(tmp, { recursive: true });
  browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, TMPDIR: tmp } });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  mkdirSync(join(ROOT, 'screenshots'), { recursive: true });
  return async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}
