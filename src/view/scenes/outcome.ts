/** The outcome's maps: the islands as the player's document leaves them, and as history left them. */
import type Phaser from 'phaser';
import type { OutcomePicture } from '../bridge';
import { drawMap } from '../drawMap';
import { OUTCOME_MAPS } from '../layout';
import { StageScene, type SceneHooks } from './stage';

export class OutcomeScene extends StageScene<OutcomePicture> {
  private maps!: Phaser.GameObjects.Graphics;

  constructor(hooks: SceneHooks) {
    super('outcome', 'outcome', hooks, [
      { name: 'outcome-yours', box: OUTCOME_MAPS.yours, fit: 'contain' },
      { name: 'outcome-record', box: OUTCOME_MAPS.record, fit: 'contain' },
    ]);
  }

  protected build(): void {
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
