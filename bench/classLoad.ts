/**
 * The class server under load (a section of `npm run bench`, alone with
 * `--only classLoad`; never part of `npm test`): Redis and PostgreSQL on
 * loopback, two server processes, `classes` classes of 30 students (15
 * pairs each) joining through both processes and playing 1956 as fast as
 * the server answers (no computer pace). Measures moves per second, the
 * round trip of a move (sent → the mover's new view), each server's memory;
 * kills one process halfway, restarts it three seconds later, and lets the
 * students of its games join again through the other one. At the end every
 * game's log is replayed: each seat's last table must be what the log gives,
 * and every move a client saw acknowledged must be in the log at its number,
 * once (none lost, none doubled). Play stops at a deadline (default 240 s;
 * BENCH_PLAY_SECONDS) so the run stays within a few minutes on a loaded
 * machine: games still going then are counted as unfinished, and their logs
 * are still checked for every acknowledged move. Every process it starts is
 * stopped in a `finally`, and on SIGINT/SIGTERM, whatever happens.
 */
import { canonicalJson } from '../src/engine/log/canonical';
import type { Action } from '../src/engine/model/state';
import type { SeatView } from '../src/server/views';
import { tableView } from '../src/engine/view/viewModel';
import { LiveGame } from '../src/server/liveGame';
import type { Welcome } from '../src/server/messages';
import { scenarioOf } from '../src/server/rounds';
import { postgresStore } from '../src/server/store/postgres';
import { startClass, tempDirs, TestClient } from '../tests/server/client';
import { spawnServer, type ServerProcess } from '../tests/server/process';
import { startPostgres, startRedis, type Service } from '../tests/server/services';

export interface ClassLoadBench {
  readonly classes: number;
  readonly students: number;
  readonly pairs: number;
  readonly processes: number;
  readonly join_seconds: number;
  readonly play_seconds: number;
  readonly moves_in_logs: number;
  readonly moves_acknowledged: number;
  readonly moves_per_second: number;
  /** Before the kill: moves per second and the round trip's p95. */
  readonly moves_per_second_before_kill: number;
  readonly rtt_p95_ms_before_kill: number;
  readonly rtt_p50_ms: number;
  readonly rtt_p95_ms: number;
  readonly server_rss_mb_max: number;
  readonly killed_at_moves: number | null;
  /** Seconds from the kill until every game it interrupted had a move acknowledged again. */
  readonly resumed_all_after_s: number | null;
  readonly reconnections: number;
  readonly acknowledged_moves_lost: number;
  readonly acknowledged_moves_doubled: number;
  readonly seats_whose_last_table_differs_from_the_log: number;
  readonly games_unfinished: number;
}

const STUDENTS = 30;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))] ?? 0;

interface Seat {
  client: TestClient;
  readonly welcome: Welcome;
  last: SeatView | null;
  via: number;
}

/** Choose like a quick student: sign or accept when offered, otherwise walk down the list, never walking out. */
function pick(v: SeatView): Action {
  const c = v.table.choices;
  const calm = c.filter((x) => x.kind !== 'walk-out');
  return (c.find((x) => x.kind === 'sign') ?? c.find((x) => x.kind === 'accept') ?? calm[(v.moves * 7) % Math.max(1, calm.length)] ?? c[0])!.action;
}

export async function measureClassLoad(classes = 30, log: (line: string) => void = console.log): Promise<ClassLoadBench> {
  const s = scenarioOf('1956');
  const services: Service[] = [];
  const servers: ServerProcess[] = [];
  const stopAll = async () => {
    for (const x of servers) await x.stop('SIGKILL').catch(() => undefined);
    for (const x of services.reverse()) await x.stop().catch(() => undefined);
    servers.length = 0;
    services.length = 0;
  };
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const playFor = Number(process.env.BENCH_PLAY_SECONDS ?? 240) * 1000;
  try {
    const redis = await startRedis();
    services.push(redis);
    const pg = await startPostgres();
    services.push(pg);
    const dirs = tempDirs();
    const env = { REDIS_URL: redis.url, DATABASE_URL: pg.url, DIST_DIR: dirs.dist, DATA_DIR: dirs.data, CLASS_TTL_HOURS: '2', JOINS_PER_MINUTE: '1000000' };
    servers.push(await spawnServer(env), await spawnServer(env));
    const rss = () => Promise.all(servers.map((x) => fetch(`${x.url}/healthz`).then(async (r) => ((await r.json()) as { rssMb: number }).rssMb).catch(() => 0)));

    const t0 = Date.now();
    const seats: Seat[] = [];
    for (let c = 0; c < classes; c++) {
      const { code } = await startClass(servers[c % 2]!.url);
      const joined = await Promise.all(
        Array.from({ length: STUDENTS }, async (_, i): Promise<Seat> => {
          const via = (c + i) % 2;
          const client = await TestClient.joinRetrying(servers[via]!.url, { code, name: `S${c}-${i}`, side: i % 2 === 0 ? 'japan' : 'russia' });
          return { client, welcome: await client.welcome, last: null, via };
        }),
      );
      seats.push(...joined);
    }
    const joinSeconds = (Date.now() - t0) / 1000;
    log(`class load: ${seats.length} students seated in ${joinSeconds.toFixed(1)} s`);

    const games = new Map<string, Seat[]>();
    for (const seat of seats) games.set(seat.welcome.game!, [...(games.get(seat.welcome.game!) ?? []), seat]);
    const rtts: number[] = [];
    const rttsBefore: number[] = [];
    /** Per game: move number → the action a client saw acknowledged there. */
    const acked = new Map<string, Map<number, Action>>();
    /** Per game: how many moves its clients sent (a log longer than that has a move twice). */
    const sent = new Map<string, number>();
    let moves = 0;
    let reconnects = 0;
    let killedAt: { moves: number; time: number } | null = null;
    let beforeKillSeconds = 0;
    const interrupted = new Set<string>();
    const resumedAt = new Map<string, number>();

    const rejoin = async (seat: Seat): Promise<void> => {
      // Through the process that was not killed (server 2): alternating sent half the students to the
      // dead one, where they waited for its restart, so the figure measured the restart, not the failover.
      seat.via = 1;
      seat.client = await TestClient.joinRetrying(servers[seat.via]!.url, { code: seat.welcome.code, seat: seat.welcome.token! }, 60);
      reconnects++;
    };

    const playGame = async (id: string, pair: Seat[]): Promise<void> => {
      for (let guard = 0; guard < 600; guard++) {
        if (Date.now() > deadline) throw new Error(`game ${id}: still going at the deadline`);
        try {
          for (const seat of pair) if (seat.client.left !== null) await rejoin(seat);
          const views = await Promise.all(pair.map((p) => p.client.view()));
          const n = Math.max(...views.map((v) => v.moves));
          const fresh = await Promise.all(pair.map((p) => p.client.view(n)));
          fresh.forEach((v, i) => (pair[i]!.last = v));
          if (fresh[0]!.table.status !== 'negotiating') return;
          const mover = pair.find((p) => p.last!.table.yourTurn);
          if (!mover) throw new Error(`game ${id}: no seat holds the turn at move ${n}`);
          const action = pick(mover.last!);
          const at = performance.now();
          mover.client.act(action, n);
          sent.set(id, (sent.get(id) ?? 0) + 1);
          // Only what arrives after the send answers it: the new table, or a refusal (a stale view: look again).
          const answer = await Promise.race([
            mover.client.next<SeatView>('view', (x) => x.moves > n, true, 15_000).then(() => 'played' as const, () => 'lost' as const),
            mover.client.next('refused', () => true, true, 15_000).then(() => 'refused' as const, () => 'lost' as const),
          ]);
          if (answer === 'refused') continue;
          if (answer === 'lost') throw new Error(`game ${id}: no answer to move ${n}`);
          rtts.push(performance.now() - at);
          if (!killedAt) rttsBefore.push(performance.now() - at);
          const mine = acked.get(id) ?? new Map<number, Action>();
          mine.set(n, action);
          acked.set(id, mine);
          moves++;
          if (interrupted.has(id) && !resumedAt.has(id)) resumedAt.set(id, Date.now());
        } catch {
          // The connection died under this move (the move is in the log once, or not at all): look again.
          if (killedAt) interrupted.add(id);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`game ${id} did not finish`);
    };

    const playStart = Date.now();
    const deadline = playStart + playFor;
    const memory: number[] = [];
    const target = games.size * 10;
    let restarting: Promise<void> = Promise.resolve();
    let ticks = 0;
    const watcher = setInterval(() => {
      void rss().then((m) => memory.push(...m));
      if (++ticks % 10 === 0) log(`class load: ${moves} moves acknowledged, ${reconnects} reconnections`);
      if (!killedAt && moves >= target) {
        killedAt = { moves, time: Date.now() };
        beforeKillSeconds = (Date.now() - playStart) / 1000;
        log(`class load: killing server 1 at ${moves} moves`);
        const victim = servers[0]!;
        restarting = victim.stop('SIGKILL').then(async () => {
          await new Promise((r) => setTimeout(r, 3000));
          servers[0] = await spawnServer(env, victim.port);
          log('class load: server 1 restarted');
        });
      }
    }, 500);
    const finished = await Promise.allSettled([...games.entries()].map(([id, pair]) => playGame(id, pair)));
    clearInterval(watcher);
    await restarting;
    const playSeconds = (Date.now() - playStart) / 1000;

    // Every game's log replays to the table its students last saw, and holds each acknowledged move once, at its number.
    const store = postgresStore(pg.url);
    let mismatched = 0;
    let logged = 0;
    let lost = 0;
    let doubled = 0;
    try {
      await store.migrate();
      const records = new Map((await Promise.all([...new Set(seats.map((x) => x.welcome.code))].map((code) => store.games(code)))).flat().map((g) => [g.id, g]));
      for (const [id, pair] of games) {
        const game = await LiveGame.load(records.get(id)!, s.id, store);
        logged += game.moves.length;
        if (game.state.status === 'negotiating') continue;
        for (const seat of pair) if (!seat.last || canonicalJson(tableView(s, game.state, seat.welcome.side!)) !== canonicalJson(seat.last.table)) mismatched++;
        for (const [n, action] of acked.get(id) ?? []) {
          const there = game.moves[n];
          if (!there || canonicalJson(there) !== canonicalJson(action)) lost++;
        }
        doubled += Math.max(0, game.moves.length - (sent.get(id) ?? 0));
      }
    } finally {
      await store.close();
    }
    for (const seat of seats) if (seat.client.left === null) await seat.client.leave().catch(() => undefined);
    const k = killedAt as { moves: number; time: number } | null;
    const resumes = [...interrupted].map((id) => resumedAt.get(id));
    return {
      classes,
      students: seats.length,
      pairs: games.size,
      processes: 2,
      join_seconds: Math.round(joinSeconds * 10) / 10,
      play_seconds: Math.round(playSeconds * 10) / 10,
      moves_in_logs: logged,
      moves_acknowledged: moves,
      moves_per_second: Math.round(logged / playSeconds),
      moves_per_second_before_kill: k ? Math.round(k.moves / beforeKillSeconds) : 0,
      rtt_p95_ms_before_kill: Math.round(pct(rttsBefore, 95)),
      rtt_p50_ms: Math.round(pct(rtts, 50)),
      rtt_p95_ms: Math.round(pct(rtts, 95)),
      server_rss_mb_max: Math.max(0, ...memory),
      killed_at_moves: k?.moves ?? null,
      resumed_all_after_s: k && resumes.length > 0 && resumes.every((t) => t !== undefined) ? Math.round((Math.max(...(resumes as number[])) - k.time) / 100) / 10 : null,
      reconnections: reconnects,
      acknowledged_moves_lost: lost,
      acknowledged_moves_doubled: doubled,
      seats_whose_last_table_differs_from_the_log: mismatched,
      games_unfinished: finished.filter((f) => f.status === 'rejected').length,
    };
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}
