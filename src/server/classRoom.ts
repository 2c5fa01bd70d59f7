/**
 * The Colyseus room of one class (one room per class code, on whichever
 * process hosts it). Students and the teacher join it; the room seats
 * students, takes their moves (`act`), has the game apply and persist them,
 * then sends each seat its own view and the teacher the class summary.
 * Nothing is broadcast whole: every message is addressed to one client and built for it.
 * The room keeps no state that is not in the store: a restarted server rebuilds it from the logs.
 */
import { Room, ServerError, type AuthContext, type Client } from '@colyseus/core';
import type { SideId } from '../engine/model/types';
import { ClassChannel } from './classChannel';
import { ClassHub, type Seating } from './classHub';
import { context } from './context';
import { ensureHosted } from './hosting';
import { LIMITS, RateLimiter } from './limits';
import type { LiveGame } from './liveGame';
import { ActMessage, CLIENT, JoinOptions, PairingMessage, PairMessage, SEAT_TAKEN, SERVER, type Welcome } from './protocol';
import { DuplicateMove } from './store/types';
import { cleanName, tokenMatches } from './tokens';
import { briefOf, seatView } from './views';

interface Auth {
  readonly role: 'teacher' | 'student';
}
interface Seated {
  readonly role: 'teacher' | 'student';
  readonly game?: string;
  readonly side?: SideId;
  /** A student waiting to be paired: the waiting-list id, and the hash of their token (their seat's, once paired). */
  readonly waiting?: string;
  readonly hash?: string;
}

const ipOf = (ctx: AuthContext): string => String(ctx.ip ?? 'unknown').split(',')[0]?.trim() ?? 'unknown';

export class ClassRoom extends Room<object, unknown, Seated, Auth> {
  private hub!: ClassHub;
  private readonly messages = new RateLimiter(LIMITS.messagesPer10Seconds, 10_000);
  private channel!: ClassChannel;

  static override async onAuth(_token: string, options: unknown, ctx: AuthContext): Promise<Auth> {
    const c = context();
    const ip = ipOf(ctx);
    if (c.failures.blocked(ip)) throw new ServerError(429, 'Too many wrong class codes from this network: wait ten minutes and try again.');
    if (!c.joins.hit(ip)) throw new ServerError(429, 'Too many attempts to join: wait a minute and try again.');
    const o = JoinOptions.safeParse(options);
    if (!o.success) {
      c.failures.hit(ip);
      throw new ServerError(400, `That is not a class code: ${o.error.issues[0]?.message ?? 'bad request'}.`);
    }
    const cls = await c.store.getClass(o.data.code);
    if (!cls || cls.expiresAt <= Date.now()) {
      c.failures.hit(ip);
      throw new ServerError(404, 'No class has that code. Check it with your teacher.');
    }
    if (o.data.teacher !== undefined) {
      if (!tokenMatches(o.data.teacher, cls.teacherHash)) {
        c.failures.hit(ip);
        throw new ServerError(403, 'That is not this class’s teacher key.');
      }
    } else if (o.data.seat === undefined) {
      if (cls.endedAt !== null) throw new ServerError(410, 'This class has ended: no one can join it now.');
      if (!cleanName(o.data.name)) throw new ServerError(400, 'Type a display name to join.');
    }
    // Before Colyseus looks for the class's room: one live room hosts it (see hosting.ts).
    await ensureHosted(o.data.code);
    return { role: o.data.teacher !== undefined ? 'teacher' : 'student' };
  }

  override async onCreate(options: { code: string }): Promise<void> {
    const hub = await ClassHub.load(options.code, context().store);
    if (!hub) throw new ServerError(404, 'No class has that code.');
    this.hub = hub;
    this.maxClients = 200;
    this.onMessage(CLIENT.act, (client, message) => void this.act(client, message));
    this.onMessage(CLIENT.next, (client) => void this.next(client));
    this.onMessage(CLIENT.end, (client) => void this.teacherOnly(client, () => this.endClass()));
    this.onMessage(CLIENT.remove, (client) => void this.teacherOnly(client, () => this.deleteClass()));
    this.onMessage(CLIENT.pair, (client, m) => void this.teacherOnly(client, () => this.pair(client, m)));
    this.onMessage(CLIENT.pairing, (client, m) => void this.teacherOnly(client, () => this.setPairing(client, m)));
    // The browser's heartbeat: an answer proves the socket is alive both ways (a half-open one is not).
    this.onMessage(CLIENT.ping, (client) => this.admit(client) && client.send(SERVER.pong, {}));
    this.onMessage('*', (client, type) => this.refuse(client, 'unknown', `unknown message ${String(type).slice(0, 40)}`));
    // A peer room of this class changed the store: reload from it (that game alone if one moved) and show the seats.
    this.channel = new ClassChannel(this.presence, this.hub.record.code, this.roomId, ({ game }) => void (game ? this.reloadGame(game) : this.reload()));
    await this.channel.open();
  }

  override onDispose(): Promise<void> {
    return this.channel.close();
  }

  private async reloadGame(id: string): Promise<void> {
    const round = this.hub.games.find((g) => g.record.id === id)?.round;
    const game = await this.hub.reloadGame(id);
    if (!game) return;
    // The peer opened a campaign's next round: the seats here get their new brief.
    if (round !== undefined && game.round !== round) this.sendBriefs(game);
    this.publish(game);
  }

  private async reload(): Promise<void> {
    const hub = await ClassHub.load(this.hub.record.code, context().store);
    if (!hub) return;
    this.hub = hub;
    this.placeWaiting();
    for (const g of hub.games) this.publish(g, false);
    this.sendSummary();
  }

  override async onJoin(client: Client<Seated, Auth>, options: JoinOptions, auth: Auth): Promise<void> {
    const hub = this.hub;
    if (auth.role === 'teacher') {
      const base = { code: hub.record.code, round: hub.record.round };
      client.userData = { role: 'teacher' };
      client.send(SERVER.welcome, { role: 'teacher', ...base } satisfies Welcome);
      client.send(SERVER.summary, this.summary());
      return;
    }
    const seating = options.seat !== undefined ? hub.rejoin(options.seat) : await hub.seat(cleanName(options.name) ?? '', options.side ?? null);
    if (!seating) {
      if (options.seat !== undefined) context().failures.hit(String(client.sessionId));
      throw new ServerError(options.seat !== undefined ? 403 : 409, options.seat !== undefined ? 'That seat is not in this class.' : 'This class is full.');
    }
    if (options.seat === undefined && hub.ended) throw new ServerError(410, 'This class has ended.');
    // The same seat opened again (a second tab, or this browser back after a connection that died silently): the newest wins.
    for (const c of this.clients) {
      const u = c.userData;
      if (c === client || u?.role !== 'student') continue;
      if (seating.kind === 'seat' ? u.game === seating.game.record.id && u.side === seating.side : u.waiting === seating.id) this.evict(c);
    }
    if (seating.kind === 'waiting') {
      const base = { code: hub.record.code, round: hub.record.round };
      client.userData = { role: 'student', waiting: seating.id, hash: hub.waiting.find((w) => w.id === seating.id)?.tokenHash ?? '' };
      client.send(SERVER.welcome, { role: 'student', ...base, name: seating.name, waiting: true, ...(seating.side ? { side: seating.side } : {}), ...(seating.token ? { token: seating.token } : {}) } satisfies Welcome);
      this.sendSummary();
    } else this.sit(client, seating);
    if (seating.token) this.channel.changed();
  }

  /** Close an older connection to a seat; one that does not answer the close (half-open) is cut after two seconds. */
  private evict(c: Client<Seated, Auth>): void {
    c.leave(SEAT_TAKEN, 'this seat was opened elsewhere');
    const ws = c.ref as unknown as { terminate?: () => void };
    setTimeout(() => ws.terminate?.(), 2000).unref();
  }

  /** Give a client its seat: welcome (with the token when new), its brief, and the table. */
  private sit(client: Client<Seated, Auth>, seating: Extract<Seating, { kind: 'seat' }>): void {
    const base = { code: this.hub.record.code, round: this.hub.record.round };
    client.userData = { role: 'student', game: seating.game.record.id, side: seating.side };
    client.send(SERVER.welcome, { role: 'student', ...base, game: seating.game.record.id, side: seating.side, name: seating.name, ...(seating.token ? { token: seating.token } : {}) } satisfies Welcome);
    client.send(SERVER.brief, briefOf(seating.game.scenario, seating.game.state, seating.side));
    this.publish(seating.game);
    const game = seating.game;
    // The computer's turn left open (a process died between a move, or a campaign's "ready", and the reply): play it now.
    if (game.state.status === 'negotiating' && game.record.seats[game.state.turn] === 'computer') {
      void game
        .start()
        .then(() => this.publish(game))
        .catch((e: unknown) => (e instanceof DuplicateMove ? this.reloadGame(game.record.id) : Promise.reject(e)));
    }
  }

  /** Seat every connected waiting student whom the teacher (here or on another process) has paired. */
  private placeWaiting(): void {
    for (const c of this.clients) {
      const u = c.userData;
      if (u?.role !== 'student' || !u.waiting || this.hub.waiting.some((w) => w.id === u.waiting)) continue;
      for (const game of this.hub.games)
        for (const side of ['japan', 'russia'] as const) {
          const seat = this.hub.seatOf(game, side);
          if (seat && seat.tokenHash === u.hash) this.sit(c, { kind: 'seat', game, side, name: seat.name });
        }
    }
  }

  private async pair(client: Client<Seated, Auth>, message: unknown): Promise<void> {
    const m = PairMessage.safeParse(message);
    if (!m.success) return this.refuse(client, 'malformed', `not a pairing: ${m.error.issues[0]?.message ?? ''}`);
    if (this.hub.ended) return this.refuse(client, 'ended', 'the class has ended');
    const r = await this.hub.pair(m.data.japan, m.data.russia);
    if (typeof r === 'string') return this.refuse(client, 'pairing', r);
    this.placeWaiting();
    this.channel.changed();
    this.sendSummary();
  }

  private async setPairing(client: Client<Seated, Auth>, message: unknown): Promise<void> {
    const m = PairingMessage.safeParse(message);
    if (!m.success) return this.refuse(client, 'malformed', `not a pairing setting: ${m.error.issues[0]?.message ?? ''}`);
    if (this.hub.record.mode !== 'pairs') return this.refuse(client, 'pairing', 'this class plays against the computer: there is no one to pair');
    await this.hub.setPairing(m.data.pairing);
    this.placeWaiting();
    this.channel.changed();
    this.sendSummary();
  }

  override onLeave(): void {
    this.sendSummary();
  }

  private async act(client: Client<Seated, Auth>, message: unknown): Promise<void> {
    if (!this.admit(client)) return;
    const seat = client.userData;
    if (seat?.role !== 'student' || !seat.game || !seat.side) return this.refuse(client, 'not-seated', 'only a seated student can play');
    const m = ActMessage.safeParse(message);
    if (!m.success) return this.refuse(client, 'malformed', `not a move: ${m.error.issues[0]?.message ?? ''}`);
    if (this.hub.ended) return this.refuse(client, 'ended', 'the class has ended');
    const game = this.hub.games.find((g) => g.record.id === seat.game);
    if (!game) return this.refuse(client, 'no-game', 'your game is no longer here');
    if (m.data.seq !== undefined && m.data.seq !== game.seq) return this.refuse(client, 'stale', 'the table moved on: your view is being refreshed');
    const before = game.state.status;
    const r = await game.play(seat.side, m.data.action).catch(async (e: unknown) => {
      if (!(e instanceof DuplicateMove)) throw e;
      await this.reloadGame(game.record.id);
      return null;
    });
    if (r === null) return this.refuse(client, 'stale', 'the table moved on: your view is being refreshed');
    this.channel.changed(game.record.id);
    if (!r.ok) {
      this.refuse(client, r.error.code, r.error.message);
      return this.publish(game);
    }
    if (before === 'negotiating' && r.value.status !== 'negotiating') await this.recordResult(game);
    this.publish(game);
  }

  /** A seat is ready for the campaign's next round; when both are (or the other is the computer), it opens and each seat gets its new brief. */
  private async next(client: Client<Seated, Auth>): Promise<void> {
    if (!this.admit(client)) return;
    const seat = client.userData;
    if (seat?.role !== 'student' || !seat.game || !seat.side) return this.refuse(client, 'not-seated', 'only a seated student can go on');
    if (this.hub.ended) return this.refuse(client, 'ended', 'the class has ended');
    const game = this.hub.games.find((g) => g.record.id === seat.game);
    if (!game) return this.refuse(client, 'no-game', 'your game is no longer here');
    const round = game.round;
    const r = await game.markReady(seat.side).catch(async (e: unknown) => {
      if (!(e instanceof DuplicateMove)) throw e;
      await this.reloadGame(game.record.id);
      return null;
    });
    if (r === null) return this.refuse(client, 'stale', 'the table moved on: your view is being refreshed');
    this.channel.changed(game.record.id);
    if (!r.ok) return this.refuse(client, r.error.code, r.error.message);
    if (game.round !== round) this.sendBriefs(game);
    this.publish(game);
  }

  /** Each connected seat of `game` gets its brief for the round now being played. */
  private sendBriefs(game: LiveGame): void {
    for (const c of this.clients) {
      const u = c.userData;
      if (u?.role === 'student' && u.game === game.record.id && u.side) c.send(SERVER.brief, briefOf(game.scenario, game.state, u.side));
    }
  }

  private async recordResult(game: LiveGame): Promise<void> {
    const pair = this.summary().pairs.find((p) => p.game === game.record.id);
    if (!pair?.outcome) return;
    await context().store.putResult({ gameId: game.record.id, round: game.round, status: pair.status === 'concluded' ? 'concluded' : 'breakdown', summary: JSON.stringify(pair.outcome), finishedAt: Date.now() });
  }

  /** Each seat of `game` gets its own view; the teacher the summary. */
  private publish(game: LiveGame, summary = true): void {
    for (const c of this.clients) {
      const u = c.userData;
      if (u?.role !== 'student' || u.game !== game.record.id || !u.side) continue;
      const them = u.side === 'japan' ? 'russia' : 'japan';
      const waiting = game.record.seats[them] === 'human' && !this.hub.seatOf(game, them);
      c.send(SERVER.view, seatView(game, { pair: game.record.n, side: u.side, you: this.hub.nameAt(game, u.side) ?? '', them: this.hub.nameAt(game, them), waiting }));
    }
    if (summary) this.sendSummary();
  }

  private summary() {
    const online = new Set(this.clients.flatMap((c) => (c.userData?.role === 'student' ? [`${c.userData.game}:${c.userData.side}`] : [])));
    const s = this.hub.summary();
    return { ...s, pairs: s.pairs.map((p) => ({ ...p, online: { japan: online.has(`${p.game}:japan`), russia: online.has(`${p.game}:russia`) } })) };
  }

  private sendSummary(): void {
    const teachers = this.clients.filter((c) => c.userData?.role === 'teacher');
    if (teachers.length === 0) return;
    const s = this.summary();
    for (const t of teachers) t.send(SERVER.summary, s);
  }

  private async teacherOnly(client: Client<Seated, Auth>, fn: () => Promise<void>): Promise<void> {
    if (!this.admit(client)) return;
    if (client.userData?.role !== 'teacher') return this.refuse(client, 'teacher-only', 'only the teacher can do that');
    await fn();
  }

  private async endClass(): Promise<void> {
    await this.hub.end();
    this.channel.changed();
    for (const c of this.clients) c.send(SERVER.ended, { code: this.hub.record.code });
    this.sendSummary();
  }

  private async deleteClass(): Promise<void> {
    await context().store.deleteClass(this.hub.record.code);
    for (const c of this.clients) c.send(SERVER.deleted, { code: this.hub.record.code });
    await this.disconnect();
  }

  /** Message rate: past the limit a message is refused; past twice the limit the client is disconnected. */
  private admit(client: Client<Seated, Auth>): boolean {
    if (this.messages.hit(client.sessionId)) return true;
    if (this.messages.count(client.sessionId) > LIMITS.messagesPer10Seconds * 2) client.leave(4008, 'too many messages');
    else this.refuse(client, 'rate', 'too many messages: slow down');
    return false;
  }

  private refuse(client: Client, code: string, message: string): void {
    client.send(SERVER.refused, { code, message });
  }
}
