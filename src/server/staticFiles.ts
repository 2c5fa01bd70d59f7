/**
 * The built game (dist/) over HTTP with the game's security headers: GET
 * and HEAD only, paths resolved inside the directory (no `..` escapes),
 * a content type per extension, long caching for hashed assets only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { securityHeaders } from '../security/headers';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function sendText(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

export const sendJson = (res: ServerResponse, status: number, value: unknown): void => sendText(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', undefined, { Allow: 'GET, HEAD' });
  if (!existsSync(root)) return sendText(res, 503, 'The game is not built: run `npm run build` (or `npm run serve`, which builds first).');
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return sendText(res, 400, 'Bad path');
  }
  const base = resolve(root);
  let file = resolve(join(base, normalize(path)));
  if (file !== base && !file.startsWith(base + sep)) return sendText(res, 404, 'Not found');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return sendText(res, 404, 'Not found');
  const hashed = /[\\/]js[\\/]/.test(file) && /-[\w-]{8,}\.\w+$/.test(file);
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}
