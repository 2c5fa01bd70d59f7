// `npm run simulate`: runs the simulator (src/cli/simulate.ts) from a build
// cached in .cache/cli/, not through tsx (no per-file transform, no name
// helpers). The build is made with Vite's server-side build on first use and
// again whenever a file under src/ or the lockfile changes (a fingerprint of
// their paths, sizes and times); it is written to a scratch folder and moved
// into place, so simulators started together never read a half-written file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.cache', 'cli');
const BUNDLE = join(OUT, 'simulate.mjs');
const STAMP = join(OUT, 'simulate.stamp');

/** Paths, sizes and modification times of the sources and the lockfile, hashed. */
function fingerprint() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const st = statSync(path);
        h.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  walk(join(ROOT, 'src'));
  const lock = statSync(join(ROOT, 'package-lock.json'));
  h.update(`lock\0${lock.size}\0${lock.mtimeMs}\n`);
  return h.digest('hex');
}

async function ensureBuilt() {
  const print = fingerprint();
  if (existsSync(BUNDLE) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === print) return;
  const scratch = join(ROOT, '.cache', `cli-build-${process.pid}`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: 'src/cli/simulate.ts',
      outDir: scratch,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'simulate.mjs' } },
    },
  });
  mkdirSync(OUT, { recursive: true });
  renameSync(join(scratch, 'simulate.mjs'), BUNDLE);
  writeFileSync(`${STAMP}.${process.pid}`, print);
  renameSync(`${STAMP}.${process.pid}`, STAMP);
  rmSync(scratch, { recursive: true, force: true });
}

await ensureBuilt();
await import(pathToFileURL(BUNDLE).href);
