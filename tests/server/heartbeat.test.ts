/**
 * A connection that dies without closing (half-open: a laptop waking on
 * another network, a NAT or proxy dropping it) is noticed by the browser's
 * link and replaced: the page's ClassLink talks to the server through a TCP
 * relay that, on cue, silently stops carrying bytes on the open connections
 * (new ones still pass). Regression: the link stayed "Connected" on such a
 * socket and a student's moves went nowhere (found by the class load run,
 * where killed connections went unnoticed). The server hands the seat to
 * the new connection and closes the stale one.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassLink, type LinkStatus } from '../../src/class/connection';
import type { Welcome } from '../../src/server/messages';
import { startGameServer, type GameServer } from '../../src/server/server';
import type { SeatView } from '../../src/server/views';
import { startClass, tempDirs } from './client';

/** A TCP relay to `port` whose open websockets can be frozen (bytes dropped, nothing closed; plain HTTP requests still pass). */
function relay(port: number): Promise<{ port: number; freeze: () => void; close: () => void }> {
  const open = new Set<{ a: Socket; b: Socket; frozen: boolean; ws: boolean }>();
  const server: Server = createServer((a) => {
    const pair = { a, b: createConnection(port, '127.0.0.1'), frozen: false, ws: false };
    open.add(pair);
    a.on('data', (d) => {
      pair.ws ||= /^upgrade: websocket/im.test(d.toString('latin1'));
      if (!pair.frozen) pair.b.write(d);
    });
    pair.b.on('data', (d) => pair.frozen || a.write(d));
    const end = () => (open.delete(pair), pair.frozen || (a.destroy(), pair.b.destroy()));
    a.on('close', end).on('error', end);
    pair.b.on('close', end).on('error', end);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as { port: number }).port,
        freeze: () => open.forEach((p) => (p.frozen = p.ws)),
        close: () => {
          open.forEach((p) => (p.a.destroy(), p.b.destroy()));
          server.close();
        },
      }),
    ),
  );
}

let server: GameServer;
beforeAll(async () => {
  const dirs = tempDirs();
  server = await startGameServer({ port: 0, dataDir: dirs.data, distDir: dirs.dist });
});
afterAll(() => server.close());

describe('a connection that dies silently', () => {
  it('is given up after the heartbeat goes unanswered, and the student is back in the same seat', async () => {
    const { code } = await startClass(server.url);
    const net = await relay(server.port);
    const statuses: LinkStatus[] = [];
    const welcomes: Welcome[] = [];
    const views: SeatView[] = [];
    let token: string | undefined;
    const link = new ClassLink(
      `ws://127.0.0.1:${net.port}`,
      {
        options: () => (token ? { code, seat: token } : { code, name: 'Aiko', side: 'japan' }),
        onStatus: (s) => statuses.push(s),
        onMessage: (type, m) => {
          if (type === 'welcome') {
            welcomes.push(m as Welcome);
            token ??= (m as Welcome).token;
          }
          if (type === 'view') views.push(m as SeatView);
        },
      },
      { everyMs: 150, deadAfterMs: 800 },
    );
    try {
      await link.open();
      await expect.poll(() => views.length).toBeGreaterThan(0);
      expect(statuses.at(-1)).toBe('online');
      net.freeze();
      await expect.poll(() => statuses.includes('reconnecting'), { timeout: 4000 }).toBe(true);
      await expect.poll(() => statuses.at(-1), { timeout: 6000 }).toBe('online');
      // The welcome follows the status change; on a loaded machine the link may also retry once more.
      await expect.poll(() => welcomes.length, { timeout: 4000 }).toBeGreaterThanOrEqual(2);
      expect(welcomes.at(-1)).toMatchObject({ game: welcomes[0]!.game, side: 'japan', name: 'Aiko' });
      // The server keeps one connection per seat: the frozen one was closed when the seat came back.
      const clients = async () => ((await (await fetch(`${server.url}/healthz`)).json()) as { clients: number }).clients;
      await expect.poll(clients, { timeout: 4000 }).toBe(1);
    } finally {
      await link.close();
      net.close();
    }
  });
});
