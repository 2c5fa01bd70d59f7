/** Boot: draws the figure, flag and chair textures once, reporting progress, then hands over to the stage. */
import Phaser from 'phaser';
import { drawFigure, drawFlags } from '../textures';
import type { SceneHooks } from './stage';

export class BootScene extends Phaser.Scene {
  constructor(
    private readonly hooks: SceneHooks,
    private readonly done: () => void,
  ) {
    super('boot');
  }

  create(): void {
    const steps: [string, () => void][] = [
      ['Drawing the Japanese delegation', () => [0, 1, 2, 3].forEach((l) => drawFigure(this, 'japan', l))],
      ['Drawing the other delegation', () => [0, 1, 2, 3].forEach((l) => drawFigure(this, 'russia', l))],
      ['Setting the table', () => drawFlags(this)],
    ];
    steps.forEach(([label, draw], i) => {
      draw();
      this.hooks.onProgress(0.5 + (0.5 * (i + 1)) / (steps.length + 1), label);
    });
    this.done();
  }
}
