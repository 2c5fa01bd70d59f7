/** Boot: draws the figure, flag and chair textures once, then hands over to the stage. */
import Phaser from 'phaser';
import { drawFigure, drawFlags } from '../textures';

export class BootScene extends Phaser.Scene {
  constructor(private readonly done: () => void) {
    super('boot');
  }

  create(): void {
    for (const look of [0, 1, 2, 3]) {
      drawFigure(this, 'japan', look);
      drawFigure(this, 'russia', look);
    }
    drawFlags(this);
    this.done();
  }
}
