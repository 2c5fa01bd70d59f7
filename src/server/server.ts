/**
 * The class server: one HTTP port serving the built game (with the security
 * headers), /healthz, the class API and the Colyseus websocket. One process
 * uses SQLite in ./data/ and Colyseus' local presence; with REDIS_URL set
 * several processes share rooms through Redis presence and driver, and with
 * DATABASE_URL they share one PostgreSQL store.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { handleApi } from './api';
import { sweep as sweepDeadProcesses } from './hosting';
import { ClassRoom } from './classRoom';
import { setContext } from './context';
import { LIMITS } from './limits';
import { ROOM_NAME } from './protocol';
import { sendJson, serveStatic } from './staticFiles';
import { openStore } from './store/open';
import type { Store } from './store/types';

export interface GameServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly distDir?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string | undefined;
  readonly redisUrl?: string | undefined;
  /** host:port clients reach this process at (needed with several processes). */
  readonly publicAddress?: string | undefined;
  readonly classTtlMs?: number;
}

export interface GameServer {
  readonly port: number;
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

async function scaling(redisUrl: string | undefined): Promise<{ presence?: Presence; driver?: MatchMakerDriver }> {
  if (!redisUrl) return {};
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
  return { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
}

export async function startGameServer(o: GameServerOptions = {}): Promise<GameServer> {
  const store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  const ctx = setContext(store, o.classTtlMs ?? LIMITS.classTtlMs);
  const distDir = o.distDir ?? 'dist';
  const http: HttpServer = createServer((req, res) => {
    handleApi(req, res, () => ({ rooms: matchMaker.stats.local.roomCount, clients: matchMaker.stats.local.ccu, process: matchMaker.processId, rssMb: Math.round(process.memoryUsage().rss / 1048576) }))
      .then((handled) => {
        if (!handled) serveStatic(distDir, req, res);
      })
      .catch((e: unknown) => {
        console.error(e);
        if (!res.headersSent) sendJson(res, 500, { error: 'The server failed on that request.' });
      });
  });
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: LIMITS.maxPayload }),
    greet: false,
    gracefullyShutdown: false,
    ...(o.publicAddress ? { publicAddress: o.publicAddress } : {}),
    // A class's room is created where its first join arrives (the proxy spreads joins), never by a call to another process.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
    ...(await scaling(o.redisUrl)),
  });
  gameServer.define(ROOM_NAME, ClassRoom).filterBy(['code']);
  await gameServer.listen(o.port ?? 8080, o.host ?? '127.0.0.1');
  const sweep = setInterval(() => void ctx.store.expire(Date.now()).catch((e: unknown) => console.error('expiry sweep failed', e)), 10 * 60_000);
  sweep.unref();
  const dead = o.redisUrl ? setInterval(() => void sweepDeadProcesses().catch((e: unknown) => console.error('dead-process sweep failed', e)), 3000) : undefined;
  dead?.unref();
  void ctx.store.expire(Date.now());
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `http://${o.host ?? '127.0.0.1'}:${port}`,
    store,
    close: async () => {
      clearInterval(sweep);
      clearInterval(dead);
      await gameServer.gracefullyShutdown(false);
      await store.close();
    },
  };
}
