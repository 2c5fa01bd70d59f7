/** The outcome's backdrop: the islands as the player's document leaves them, above the islands as history left them. */
import type Phaser from 'phaser';
import type { OutcomePicture } from '../bridge';
import { drawMap } from '../drawMap';
import { OUTCOME_MAPS } from '../layout';
import { PAPER } from '../palette';
import { StageScene, type SceneHooks } from './stage';

export class OutcomeScene extends StageScene<OutcomePicture> {
  private maps!: Phaser.GameObjects.Graphics;

  constructor(hooks: SceneHooks) {
    super('outcome', 'outcome', hooks);
  }

  protected build(): void {
    this.add.graphics().fillStyle(PAPER, 1).fillRect(0, 0, 1280, 720).fillStyle(0xece4d3, 1).fillRect(848, 0, 432, 720).lineStyle(1, 0xd8ccb3, 1).lineBetween(848, 0, 848, 720);
    this.maps = this.add.graphics();
  }

  protected show(p: OutcomePicture): void {
    const asset = this.hooks.map();
    this.maps.clear();
    if (!asset) return;
    drawMap(this.maps, asset, OUTCOME_MAPS.yours, p.yours, { fates: true, frame: true });
    drawMap(this.maps, asset, OUTCOME_MAPS.record, p.record, { fates: true, frame: true });
  }
}
