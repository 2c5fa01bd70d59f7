import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundlePath } from './src/engine/scenario/bundle';
import { compileAll, compileIndex, compileRound, compileSources } from './src/node/rounds';
import { contentSecurityPolicy, securityHeaders } from './src/security/headers.ts';

/**
 * The map and the teacher guide are fetched at run time by relative URL
 * (`map/…`, `docs/…`), so dist/ works under any path: in dev they are served
 * from the repository, in a build copied next to index.html. The rounds are
 * compiled (src/node/rounds.ts): the build writes `rounds/*.json` once and
 * stops on any round that does not validate; the dev server compiles the
 * round it is asked for on every request, so an author editing YAML sees
 * live errors (file, line, path) on the game's error screen.
 */
const DATA: Record<string, string> = { map: 'assets/map', docs: 'docs', icons: 'assets/icons' };
const TYPES: Record<string, string> = { '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png' };

function compiledFile(path: string): string | null {
  if (path === bundlePath.index) return JSON.stringify(compileIndex());
  if (path === bundlePath.sources) return JSON.stringify(compileSources());
  const round = /^rounds\/([a-z0-9]+)\.json$/.exec(path);
  return round ? JSON.stringify(compileRound(round[1] as string)) : null;
}

function gameData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'kuril-game-data',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (url.startsWith('/rounds/')) {
          const body = compiledFile(url.slice(1));
          if (body === null) return next();
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-store');
          return res.end(body);
        }
        const match = /^\/(map|docs|icons)\/(.+)$/.exec(url);
        if (!match) return next();
        const root = resolve(DATA[match[1] as string] as string);
        const file = normalize(join(root, match[2] as string));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, source] of compileAll()) this.emitFile({ type: 'asset', fileName, source });
    },
    writeBundle() {
      for (const [url, from] of Object.entries(DATA)) {
        mkdirSync(join(outDir, url), { recursive: true });
        cpSync(from, join(outDir, url), { recursive: true, filter: (src) => !src.includes('drafts') });
      }
    },
  };
}

/**
 * The Content Security Policy as the first tag of the built index.html (the
 * dev server goes without: its hot reload injects inline styles). The values
 * live in src/security/headers.ts, shared with `vite preview` and any server.
 */
function securityPolicy(): Plugin {
  return {
    name: 'kuril-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ meta: true }) }, injectTo: 'head-prepend' }],
  };
}

/**
 * The round's code (src/app/roundCode.ts) is a chunk of its own, imported
 * once the menu is up: the game page names it as a low-priority module
 * preload, so it is fetched and compiled while the page boots and importing
 * it runs it, without the menu waiting on it.
 */
function preloadRoundCode(): Plugin {
  return {
    name: 'kuril-preload-round-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html') || !ctx.bundle) return [];
        const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.name === 'roundCode');
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}`, fetchpriority: 'low', crossorigin: true }, injectTo: 'head' }] : [];
      },
    },
  };
}

/**
 * Installable and offline (src/app/offline.ts registers the worker): a web
 * app manifest with the icons drawn from the map (scripts/build-icons.ts),
 * and a Workbox service worker that precaches everything the built game
 * loads — the code (the Phaser chunk is above Workbox's default size limit's
 * comfort, so the limit is raised), the compiled rounds and the source
 * library (rounds/*.json), the map, the teacher guide and the icons. A new
 * deployment waits until the student agrees to reload (registerType
 * "prompt"). The worker and its Workbox runtime are same-origin files, so
 * the Content Security Policy stays as it is (`worker-src 'self'`).
 */
function offline(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: true,
    manifest: {
      id: './',
      name: 'The Kuril negotiations — a classroom game',
      short_name: 'Kuril talks',
      description: 'Negotiate the Japan–USSR/Russia peace-treaty talks of 1956–2000 and compare your document with the real one.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f5f0e6',
      theme_color: '#1c2229',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,md,png}'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The page's switches (?renderer=canvas, ?fast=1, ?seed=7) do not change what is fetched.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * Phaser's source reads build flags as `typeof FLAG`: keep both renderers,
 * leave out sound, the WebGL debugger and the optional plugins.
 */
const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/** The build's `phaser` is the lean one; the dev server keeps the whole library (it pre-bundles it once). */
const LEAN_PHASER = {
  define: PHASER_FLAGS,
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: resolve('src/view/phaserLean.ts') },
      { find: /^phaser-src\//, replacement: `${resolve('node_modules/phaser/src')}/` },
    ],
  },
};

// `--mode bench-bare` builds the benchmark's bare Phaser page (bench/bare) with the same Phaser and policy, and nothing of the game.
export default defineConfig(({ command, mode }) => ({
  base: './',
  ...(command === 'build' ? LEAN_PHASER : {}),
  plugins: mode === 'bench-bare' ? [securityPolicy()] : [gameData(), securityPolicy(), preloadRoundCode(), offline()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, headers: securityHeaders() },
  build: {
    target: 'es2022',
    assetsDir: 'js',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The game, and the class page that talks to the class server (npm run serve).
      input: (mode === 'bench-bare' ? { main: resolve('bench/bare/index.html') } : { main: resolve('index.html'), class: resolve('class.html') }) as Record<string, string>,
      output: {
        codeSplitting: {
          // XState is shared by the game and the class page (its link to the class server is a statechart): one chunk both load.
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            { name: 'xstate', test: /node_modules[\\/]xstate/ },
          ],
        },
      },
    },
  },
}));
