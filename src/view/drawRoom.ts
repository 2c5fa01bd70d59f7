/**
 * The negotiating room's fixed parts, drawn with Graphics: panelled wall with
 * three curtained windows, parquet and carpet, and the long baize table whose
 * front hides the delegates' lower halves.
 */
import type Phaser from 'phaser';
import { ROOM, TABLE, WALL_BOTTOM } from './layout';

export function drawWall(g: Phaser.GameObjects.Graphics): void {
  const bottom = ROOM.y + ROOM.height;
  g.fillStyle(0xe6dcc6, 1).fillRect(ROOM.x, ROOM.y, ROOM.width, WALL_BOTTOM - ROOM.y);
  g.fillStyle(0xd5c7aa, 1).fillRect(ROOM.x, ROOM.y, ROOM.width, 8);
  for (let x = 40; x < ROOM.width; x += 120) g.fillStyle(0xdcd0b6, 1).fillRect(x, ROOM.y + 8, 10, WALL_BOTTOM - ROOM.y - 58);
  for (const cx of [200, 400, 600]) {
    g.fillStyle(0xb49b72, 1).fillRoundedRect(cx - 38, 78, 76, 116, { tl: 36, tr: 36, bl: 0, br: 0 });
    g.fillStyle(0xd3e2ea, 1).fillRoundedRect(cx - 32, 84, 64, 106, { tl: 31, tr: 31, bl: 0, br: 0 });
    g.fillStyle(0xe6eef2, 1).fillRoundedRect(cx - 32, 84, 30, 106, { tl: 31, tr: 0, bl: 0, br: 0 });
    g.lineStyle(3, 0xb49b72, 1).lineBetween(cx, 84, cx, 190).lineBetween(cx - 32, 132, cx + 32, 132);
    g.fillStyle(0x7d3a2c, 0.92).fillRect(cx - 50, 72, 16, 128).fillRect(cx + 34, 72, 16, 128);
    g.fillStyle(0x5e2a20, 1).fillRect(cx - 54, 68, 108, 7);
  }
  g.fillStyle(0xcbb794, 1).fillRect(ROOM.x, WALL_BOTTOM - 52, ROOM.width, 52);
  g.lineStyle(1, 0xad9870, 1);
  for (let x = 12; x < ROOM.width; x += 80) g.strokeRect(x, WALL_BOTTOM - 44, 66, 36);
  g.fillStyle(0x9c7b55, 1).fillRect(ROOM.x, WALL_BOTTOM, ROOM.width, bottom - WALL_BOTTOM);
  g.lineStyle(1, 0x8a6b47, 0.7);
  for (let y = WALL_BOTTOM + 10; y < bottom; y += 12) g.lineBetween(ROOM.x, y, ROOM.width, y);
  g.fillStyle(0x7a3b2e, 1).fillRect(ROOM.x + 30, TABLE.bottom + 4, ROOM.width - 60, bottom - TABLE.bottom - 4);
  g.fillStyle(0xb98a3e, 1).fillRect(ROOM.x + 30, TABLE.bottom + 8, ROOM.width - 60, 2).fillRect(ROOM.x + 30, bottom - 6, ROOM.width - 60, 2);
}

export function drawChair(g: Phaser.GameObjects.Graphics, x: number): void {
  g.fillStyle(0x5b3a29, 1).fillRoundedRect(x - 32, 186, 64, 90, { tl: 18, tr: 18, bl: 0, br: 0 });
  g.lineStyle(2, 0xb98a3e, 0.8).strokeRoundedRect(x - 26, 192, 52, 70, { tl: 14, tr: 14, bl: 0, br: 0 });
}

export function drawTable(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(0x000000, 0.18).fillEllipse(400, TABLE.bottom + 2, 800, 22);
  g.fillStyle(0x4a7557, 1).beginPath().moveTo(TABLE.left, TABLE.top).lineTo(TABLE.right, TABLE.top).lineTo(TABLE.right + 14, TABLE.front).lineTo(TABLE.left - 14, TABLE.front).closePath().fillPath();
  g.fillStyle(0x3b5f46, 1).fillRect(TABLE.left - 14, TABLE.front, TABLE.right - TABLE.left + 28, TABLE.bottom - TABLE.front);
  g.fillStyle(0x2e4a37, 1).fillRect(TABLE.left - 14, TABLE.bottom - 6, TABLE.right - TABLE.left + 28, 6);
  g.fillStyle(0x6b4a2e, 1).fillRect(TABLE.left - 14, TABLE.front - 2, TABLE.right - TABLE.left + 28, 4);
}

/** The two desk flags at the middle of the table, on one stand. */
export function drawFlagStand(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(0x3a2c20, 1).fillRect(384, TABLE.top + 6, 32, 6);
  g.lineStyle(2, 0x8f7a55, 1).lineBetween(394, TABLE.top + 8, 394, 214).lineBetween(406, TABLE.top + 8, 406, 214);
  g.fillStyle(0xc9a54a, 1).fillCircle(394, 213, 2.5).fillCircle(406, 213, 2.5);
}
