/**
 * The Phaser scenes. They draw the room — wall, table, the two delegations,
 * the speaker's highlight and the map of the islands — from the RoomStore's
 * picture, and nothing else: no text (all reading is in the DOM overlay), no
 * game logic. Subscriptions end when a scene shuts down.
 */
import Phaser from 'phaser';
import type { MapAsset } from '../app/mapAsset';
import type { IslandFate } from '../engine/model/types';
import type { RoomPicture, RoomStore } from './bridge';
import { MAP_BOX, ROOM, TABLE, mapPoint } from './layout';

const INK = 0x1c2229;
const JAPAN = 0x1f4e79;
const RUSSIA = 0x8a2d1a;
const FATE_COLOR: Readonly<Record<IslandFate, number>> = {
  japan: 0x3f7cc0,
  'japan-after-treaty': 0x9cc3ea,
  russia: 0xc96a52,
  disputed: 0xd9b44a,
  joint: 0x8fbf7a,
};
const UNDECIDED = 0xd8cdb6;

export interface SceneHooks {
  readonly store: RoomStore;
  readonly map: () => MapAsset | null;
  readonly onProgress: (fraction: number, label: string) => void;
  readonly onReady: () => void;
  readonly onFrame: () => void;
}

/** Boot: draws the figure textures once, reporting progress, then opens the room. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly hooks: SceneHooks) {
    super('boot');
  }

  create(): void {
    const steps: [string, () => void][] = [
      ['Drawing the delegations', () => this.figureTexture('figure-japan', JAPAN)],
      ['Drawing the other delegation', () => this.figureTexture('figure-russia', RUSSIA)],
      ['Setting the table', () => this.figureTexture('figure-note', 0xf3ead6)],
    ];
    steps.forEach(([label, draw], i) => {
      draw();
      this.hooks.onProgress((i + 1) / (steps.length + 1), label);
    });
    this.scene.start('room');
  }

  private figureTexture(key: string, suit: number): void {
    const g = this.make.graphics({}, false);
    g.fillStyle(0x000000, 0.18).fillEllipse(40, 118, 70, 14);
    g.fillStyle(suit, 1).fillRoundedRect(10, 52, 60, 66, { tl: 26, tr: 26, bl: 6, br: 6 });
    g.fillStyle(0xffffff, 1).fillTriangle(30, 54, 50, 54, 40, 76);
    g.fillStyle(INK, 1).fillTriangle(37, 58, 43, 58, 40, 80);
    g.fillStyle(0xe9c9a8, 1).fillCircle(40, 32, 20);
    g.fillStyle(0x2b2622, 1).fillEllipse(40, 17, 38, 16);
    g.generateTexture(key, 80, 124);
    g.destroy();
  }
}

/** The negotiating room. */
export class RoomScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;
  private room!: Phaser.GameObjects.Graphics;
  private mapLayer!: Phaser.GameObjects.Graphics;
  private figures = new Map<string, Phaser.GameObjects.Image>();
  private halo!: Phaser.GameObjects.Graphics;
  private bob: Phaser.Tweens.Tween | null = null;
  private lastSeats = '';
  private lastMap = '';
  private lastSpeaker = '';
  private readyFired = false;

  constructor(private readonly hooks: SceneHooks) {
    super('room');
  }

  create(): void {
    this.room = this.add.graphics();
    this.drawRoom();
    this.halo = this.add.graphics();
    this.mapLayer = this.add.graphics();
    this.unsubscribe = this.hooks.store.subscribe((p) => this.render(p));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
    });
    this.events.on(Phaser.Scenes.Events.POST_UPDATE, () => this.hooks.onFrame());
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (!this.readyFired) {
        this.readyFired = true;
        this.hooks.onProgress(1, 'Ready');
        this.hooks.onReady();
      }
    });
  }

  private drawRoom(): void {
    const g = this.room;
    g.fillStyle(0xe8dfcc, 1).fillRect(0, 0, 1280, 720);
    g.fillStyle(0xd9cdb4, 1).fillRect(ROOM.x, ROOM.y, ROOM.width, 200);
    for (let x = 20; x < ROOM.width; x += 60) g.fillStyle(0xcfc2a6, 1).fillRect(x, ROOM.y, 2, 200);
    g.fillStyle(0xb9a27c, 1).fillRect(ROOM.x, ROOM.y + 200, ROOM.width, ROOM.height - 200);
    g.fillStyle(0x8c6b46, 1).fillRect(ROOM.x, ROOM.y + 196, ROOM.width, 6);
    g.fillStyle(0xa98f66, 1).fillRect(300, ROOM.y + 14, 200, 116);
    g.fillStyle(0xcfe0ea, 1).fillRect(308, ROOM.y + 22, 184, 100);
    g.lineStyle(3, 0xa98f66, 1).lineBetween(400, ROOM.y + 22, 400, ROOM.y + 122);
    g.fillStyle(0x000000, 0.15).fillEllipse(TABLE.cx, TABLE.cy + 42, TABLE.width + 40, 40);
    g.fillStyle(0x6b4a2e, 1).fillRoundedRect(TABLE.cx - TABLE.width / 2, TABLE.cy - TABLE.height / 2, TABLE.width, TABLE.height, 18);
    g.fillStyle(0x3f6b4c, 1).fillRoundedRect(TABLE.cx - TABLE.width / 2 + 10, TABLE.cy - TABLE.height / 2 + 8, TABLE.width - 20, TABLE.height - 22, 12);
    g.fillStyle(0xf7f1e3, 1).fillRect(TABLE.cx - 40, TABLE.cy - 24, 80, 34);
    g.lineStyle(1, 0x9a8f7a, 1).strokeRect(TABLE.cx - 40, TABLE.cy - 24, 80, 34);
    g.fillStyle(0xf2ead8, 1).fillRect(MAP_BOX.x - 4, MAP_BOX.y - 4, MAP_BOX.width + 8, MAP_BOX.height + 8);
    g.fillStyle(0xbcd6e6, 1).fillRect(MAP_BOX.x, MAP_BOX.y, MAP_BOX.width, MAP_BOX.height);
    g.lineStyle(2, 0x6d5b40, 1).strokeRect(MAP_BOX.x - 4, MAP_BOX.y - 4, MAP_BOX.width + 8, MAP_BOX.height + 8);
  }

  private render(p: RoomPicture): void {
    if (!this.sys.isActive() && !this.room) return;
    const seatKey = JSON.stringify(p.seats) + String(p.notes);
    if (seatKey !== this.lastSeats) {
      this.lastSeats = seatKey;
      for (const f of this.figures.values()) f.destroy();
      this.figures.clear();
      for (const s of p.seats) {
        const texture = p.notes ? 'figure-note' : s.side === 'japan' ? 'figure-japan' : 'figure-russia';
        const img = this.add.image(s.x, s.y, texture).setScale(s.lead ? 0.92 : 0.8).setDepth(2);
        if (p.notes) img.setTint(s.side === 'japan' ? 0xdfe8f3 : 0xf3e0d9);
        this.figures.set(`${s.side}:${s.id}`, img);
      }
    }
    const mapKey = JSON.stringify(p.map) + p.mode + String(this.hooks.map() !== null);
    if (mapKey !== this.lastMap) {
      this.lastMap = mapKey;
      this.drawMap(p);
    }
    const speakerKey = p.speaker ? `${p.speaker.side}:${p.speaker.id ?? ''}:${p.speaker.line}` : '';
    if (speakerKey !== this.lastSpeaker) {
      this.lastSpeaker = speakerKey;
      this.highlight(p);
    }
  }

  private highlight(p: RoomPicture): void {
    this.halo.clear();
    this.bob?.stop();
    this.bob = null;
    for (const f of this.figures.values()) f.setY(f.getData('baseY') ?? f.y).setData('baseY', f.getData('baseY') ?? f.y);
    if (!p.speaker) return;
    const seat = p.seats.find((s) => s.side === p.speaker?.side && (p.speaker.id === null ? s.lead : s.id === p.speaker.id)) ?? p.seats.find((s) => s.side === p.speaker?.side);
    if (!seat) return;
    this.halo.fillStyle(0xffcf5a, 0.45).fillCircle(seat.x, seat.y - 10, 54).setDepth(1);
    this.halo.lineStyle(3, 0xc77700, 1).strokeCircle(seat.x, seat.y - 10, 54);
    const fig = this.figures.get(`${seat.side}:${seat.id}`);
    if (fig && p.animate) {
      const base = (fig.getData('baseY') as number | undefined) ?? fig.y;
      fig.setData('baseY', base);
      this.bob = this.tweens.add({ targets: fig, y: base - 6, duration: 260, yoyo: true, repeat: 5, ease: 'Sine.easeInOut' });
    }
  }

  private drawMap(p: RoomPicture): void {
    const g = this.mapLayer.clear().setDepth(3);
    const asset = this.hooks.map();
    if (!asset || p.mode !== 'table') return;
    const fates = { ...p.map.agreed, ...(p.map.onTable ?? {}) };
    for (const f of asset.features) {
      const island = f.id === 'habomai' || f.id === 'shikotan' || f.id === 'kunashiri' || f.id === 'etorofu' ? f.id : null;
      const fate = island ? fates[island] : undefined;
      const color = island ? (fate ? FATE_COLOR[fate] : UNDECIDED) : f.id === 'hokkaido' ? 0xe7dcc2 : 0xd0c6b0;
      g.fillStyle(color, 1);
      g.lineStyle(1, 0x4a4032, 1);
      for (const ring of f.rings) {
        g.beginPath();
        ring.forEach(([x, y], i) => {
          const [px, py] = mapPoint(x, y);
          if (i === 0) g.moveTo(px, py);
          else g.lineTo(px, py);
        });
        g.closePath();
        g.fillPath();
        g.strokePath();
      }
    }
    const line = p.map.border ? asset.borders[p.map.border] : undefined;
    if (line) {
      const [a, b] = line;
      const [x1, y1] = mapPoint(a[0], a[1]);
      const [x2, y2] = mapPoint(b[0], b[1]);
      const dx = x2 - x1;
      const dy = y2 - y1;
      const len = Math.hypot(dx, dy);
      g.lineStyle(3, 0xb3261e, 1);
      for (let t = 0; t < len; t += 10) {
        const s = Math.min(len, t + 6);
        g.lineBetween(x1 + (dx * t) / len, y1 + (dy * t) / len, x1 + (dx * s) / len, y1 + (dy * s) / len);
      }
    }
  }
}
