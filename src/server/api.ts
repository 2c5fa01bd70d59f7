/**
 * The class server's HTTP API beside the websocket: health, starting a
 * class (returns its code and the teacher's key, once), a class's exports
 * (JSON per pair, one CSV) and deleting a class now. Teacher requests carry
 * the key as `Authorization: Bearer <key>`. Bodies are small JSON, capped.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import { z } from 'zod';
import { ClassHub } from './classHub';
import { context } from './context';
import { classCsv, debriefs } from './exports';
import { ROOM_NAME } from './protocol';
import { CAMPAIGN, roundIds } from './rounds';
import { SCHEMA_VERSION } from './store/migrations';
import { sendJson, sendText } from './staticFiles';
import { hashToken, newClassCode, newToken, normalizeCode, tokenMatches } from './tokens';

const NewClass = z.strictObject({ round: z.string().max(24), mode: z.enum(['pairs', 'computer']), pairing: z.enum(['first-come', 'teacher']).default('first-come') });
const started = Date.now();

const ipOf = (req: IncomingMessage): string => String(req.headers['x-forwarded-for'] ?? req.socket.remoteAddress ?? 'unknown').split(',')[0]?.trim() ?? 'unknown';

function readBody(req: IncomingMessage, max = 2048): Promise<string> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        fail(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Handles /healthz and /api/…; false when the request is not the API's. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, info: () => Record<string, unknown>): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/healthz') {
    sendJson(res, 200, { status: 'ok', store: context().store.kind, schema: SCHEMA_VERSION, uptime: Math.round((Date.now() - started) / 1000), ...info() });
    return true;
  }
  if (!url.pathname.startsWith('/api/')) return false;
  const c = context();
  if (url.pathname === '/api/classes' && req.method === 'POST') {
    if (!c.creations.hit(ipOf(req))) return sendJson(res, 429, { error: 'Too many classes started from this network: try again in an hour.' }), true;
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: 'The request is not JSON of at most 2 kB.' }), true;
    }
    const o = NewClass.safeParse(body);
    if (!o.success) return sendJson(res, 400, { error: `Bad class settings: ${o.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` }), true;
    if (o.data.round !== CAMPAIGN && !roundIds().includes(o.data.round)) return sendJson(res, 400, { error: `There is no round ${o.data.round}: choose one of ${roundIds().join(', ')} or ${CAMPAIGN}.` }), true;
    const teacher = newToken();
    const now = Date.now();
    for (let attempt = 0; ; attempt++) {
      const code = newClassCode();
      try {
        await c.store.createClass({ code, teacherHash: hashToken(teacher), round: o.data.round, mode: o.data.mode, pairing: o.data.pairing, createdAt: now, expiresAt: now + c.classTtlMs, endedAt: null });
        // The class's room exists before anyone joins, so a whole class joining at once meets in one room.
        await matchMaker.createRoom(ROOM_NAME, { code });
        sendJson(res, 201, { code, teacher, round: o.data.round, mode: o.data.mode, pairing: o.data.pairing, expiresAt: now + c.classTtlMs });
        return true;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }
  const m = /^\/api\/classes\/([^/]+)(?:\/(export\.json|export\.csv))?$/.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: 'No such API.' }), true;
  const ip = ipOf(req);
  if (c.failures.blocked(ip)) return sendJson(res, 429, { error: 'Too many wrong codes or keys: wait ten minutes.' }), true;
  const code = normalizeCode(decodeURIComponent(m[1] ?? ''));
  const cls = await c.store.getClass(code);
  const key = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
  if (!cls || !tokenMatches(key, cls.teacherHash)) {
    c.failures.hit(ip);
    return sendJson(res, 404, { error: 'No class with that code and teacher key.' }), true;
  }
  if (!m[2] && req.method === 'DELETE') {
    await c.store.deleteClass(code);
    return sendJson(res, 200, { deleted: code }), true;
  }
  if (req.method !== 'GET') return sendJson(res, 405, { error: 'Method not allowed.' }), true;
  const hub = await ClassHub.load(code, c.store);
  if (!hub) return sendJson(res, 404, { error: 'The class is gone.' }), true;
  if (m[2] === 'export.csv') sendText(res, 200, classCsv(hub), 'text/csv; charset=utf-8', { 'Content-Disposition': `attachment; filename="class-${code}.csv"` });
  else if (m[2] === 'export.json') sendJson(res, 200, { class: hub.summary(), debriefs: debriefs(hub) });
  else sendJson(res, 200, hub.summary());
  return true;
}
