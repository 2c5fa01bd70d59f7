/**
 * Boot: draws the figure, flag and chair textures once, and draws one of them,
 * invisibly, for one frame before handing over to the stage, so that WebGL
 * compiles the textured-quad shaders while the menu is read rather than when
 * the room first opens (about 50 ms of program linking in software WebGL).
 */
import Phaser from 'phaser';
import { drawFaces, drawFigure, drawFlags, figureKey } from '../textures';

export class BootScene extends Phaser.Scene {
  constructor(private readonly done: () => void) {
    super('boot');
  }

  create(): void {
    for (const look of [0, 1, 2, 3]) {
      drawFigure(this, 'japan', look);
      drawFigure(this, 'russia', look);
    }
    drawFaces(this);
    drawFlags(this);
    this.add.image(1, 1, figureKey('japan', 0)).setScale(0.01).setAlpha(0.01);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.done());
  }
}
