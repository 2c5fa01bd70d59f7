/**
 * The drawn textures, made once at boot with Graphics: a delegate for each
 * side in four likenesses (hair, glasses), the four faces laid over them
 * (neutral, pleased, displeased, tense), desk flags, and a chair back.
 * Nothing is downloaded; everything on the canvas is drawn here or in scenes.
 */
import type Phaser from 'phaser';
import type { Expression } from '../engine/view/expressions';
import { INK } from './palette';

export const FIGURE = { width: 84, height: 132 } as const;
export const FLAG = { width: 36, height: 24 } as const;

const SUIT = { japan: 0x2b3a4f, russia: 0x3f3631 } as const;
const TIE = { japan: 0x1f4e79, russia: 0x8a2d1a } as const;
const SKIN = [0xe9c9a6, 0xe3bf9a, 0xeccfb0, 0xe6c4a0] as const;

export const figureKey = (side: 'japan' | 'russia', look: number): string => `figure-${side}-${look % 4}`;

export function drawFigure(scene: Phaser.Scene, side: 'japan' | 'russia', look: number): void {
  const g = scene.make.graphics({}, false);
  const skin = SKIN[look % 4] ?? SKIN[0];
  const cx = FIGURE.width / 2;
  // Shoulders and jacket.
  g.fillStyle(SUIT[side], 1).fillRoundedRect(10, 64, 64, 68, { tl: 28, tr: 28, bl: 4, br: 4 });
  g.fillStyle(0xf7f4ee, 1).fillTriangle(cx - 11, 64, cx + 11, 64, cx, 92);
  g.fillStyle(TIE[side], 1).fillTriangle(cx - 4, 68, cx + 4, 68, cx, 96);
  g.lineStyle(2, 0x000000, 0.25).lineBetween(cx - 12, 66, cx - 2, 100).lineBetween(cx + 12, 66, cx + 2, 100);
  // Neck, ears, head.
  g.fillStyle(skin, 1).fillRect(cx - 7, 52, 14, 14);
  g.fillStyle(skin, 1).fillCircle(cx - 19, 38, 5).fillCircle(cx + 19, 38, 5);
  g.fillStyle(skin, 1).fillEllipse(cx, 36, 38, 44);
  // Hair.
  const dark = 0x2a2420;
  const grey = 0x8f8a84;
  if (look % 4 === 0 || look % 4 === 3) {
    g.fillStyle(dark, 1).fillEllipse(cx, 19, 40, 18).fillRect(cx - 19, 18, 6, 14).fillRect(cx + 13, 18, 6, 12);
  } else if (look % 4 === 1) {
    g.fillStyle(grey, 1).fillEllipse(cx - 17, 32, 8, 16).fillEllipse(cx + 17, 32, 8, 16);
  } else {
    g.fillStyle(grey, 1).fillEllipse(cx, 18, 38, 15).fillRect(cx - 19, 18, 5, 12).fillRect(cx + 14, 18, 5, 12);
  }
  // Eyes (brows and mouth are the face drawn over it, which changes with the expression).
  g.fillStyle(INK, 1).fillCircle(cx - 7, 38, 1.8).fillCircle(cx + 7, 38, 1.8);
  if (look % 4 === 3) {
    g.lineStyle(1.5, INK, 0.9).strokeCircle(cx - 7, 38, 5).strokeCircle(cx + 7, 38, 5).lineBetween(cx - 2, 38, cx + 2, 38);
  }
  g.generateTexture(figureKey(side, look), FIGURE.width, FIGURE.height);
  g.destroy();
}

export const faceKey = (expression: Expression): string => `face-${expression}`;

const BROW = 0x3b302a;
const LIPS = 0x8a5a48;

/**
 * The four faces laid over a figure (same size, transparent around): brows
 * and mouth for neutral (level), pleased (raised brows, a smile), displeased
 * (brows drawn down to a V, a frown) and tense (brows low and heavy, a tight
 * uneven mouth, a bead of sweat at the temple).
 */
export function drawFaces(scene: Phaser.Scene): void {
  const cx = FIGURE.width / 2;
  const faces: Record<Expression, (g: Phaser.GameObjects.Graphics) => void> = {
    neutral: (g) => {
      g.lineStyle(1.5, BROW, 0.8).lineBetween(cx - 11, 32, cx - 4, 31).lineBetween(cx + 4, 31, cx + 11, 32);
      g.lineStyle(1.5, LIPS, 0.9).lineBetween(cx - 5, 48, cx + 5, 48);
    },
    pleased: (g) => {
      g.lineStyle(1.6, BROW, 0.8).lineBetween(cx - 11, 30, cx - 4, 28.5).lineBetween(cx + 4, 28.5, cx + 11, 30);
      g.lineStyle(1.8, LIPS, 0.95).beginPath().arc(cx, 44, 6.5, Math.PI * 0.15, Math.PI * 0.85).strokePath();
    },
    displeased: (g) => {
      g.lineStyle(2, BROW, 0.9).lineBetween(cx - 11, 30, cx - 3.5, 33.5).lineBetween(cx + 3.5, 33.5, cx + 11, 30);
      g.lineStyle(1.8, LIPS, 0.95).beginPath().arc(cx, 53, 6.5, Math.PI * 1.15, Math.PI * 1.85).strokePath();
    },
    tense: (g) => {
      g.lineStyle(2.4, BROW, 0.95).lineBetween(cx - 11, 33, cx - 3, 33.5).lineBetween(cx + 3, 33.5, cx + 11, 33);
      g.lineStyle(1.6, LIPS, 0.95).beginPath().moveTo(cx - 5, 48).lineTo(cx - 2, 46.8).lineTo(cx + 1, 48.6).lineTo(cx + 4, 47).strokePath();
      g.fillStyle(0x8ccbe8, 0.95).fillCircle(cx + 16, 27, 2.2).fillTriangle(cx + 14, 27, cx + 18, 27, cx + 16, 22.5);
    },
  };
  for (const [expression, paint] of Object.entries(faces) as [Expression, (g: Phaser.GameObjects.Graphics) => void][]) {
    const g = scene.make.graphics({}, false);
    paint(g);
    g.generateTexture(faceKey(expression), FIGURE.width, FIGURE.height);
    g.destroy();
  }
}

export function drawFlags(scene: Phaser.Scene): void {
  const { width: w, height: h } = FLAG;
  const make = (key: string, paint: (g: Phaser.GameObjects.Graphics) => void) => {
    const g = scene.make.graphics({}, false);
    paint(g);
    g.lineStyle(1, 0x000000, 0.35).strokeRect(0.5, 0.5, w - 1, h - 1);
    g.generateTexture(key, w, h);
    g.destroy();
  };
  make('flag-japan', (g) => {
    g.fillStyle(0xffffff, 1).fillRect(0, 0, w, h);
    g.fillStyle(0xbc002d, 1).fillCircle(w / 2, h / 2, h * 0.3);
  });
  make('flag-ussr', (g) => {
    g.fillStyle(0xc8102e, 1).fillRect(0, 0, w, h);
    g.fillStyle(0xffd700, 1);
    star(g, 6, 4.5, 2.2);
    g.lineStyle(1.4, 0xffd700, 1).beginPath().arc(7, 10, 3, Math.PI * 0.1, Math.PI * 1.2).strokePath();
    g.lineBetween(5, 13, 9.5, 8);
  });
  make('flag-russia', (g) => {
    g.fillStyle(0xffffff, 1).fillRect(0, 0, w, h / 3);
    g.fillStyle(0x0039a6, 1).fillRect(0, h / 3, w, h / 3);
    g.fillStyle(0xd52b1e, 1).fillRect(0, (2 * h) / 3, w, h / 3 + 1);
  });
}

function star(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number): void {
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    if (i === 0) g.moveTo(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
    else g.lineTo(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  g.closePath().fillPath();
}
