/** The menu's backdrop: a sea chart of the islands beside the round cards. */
import type Phaser from 'phaser';
import type { MenuPicture } from '../bridge';
import { drawCompass, drawMap } from '../drawMap';
import { MENU_MAP } from '../layout';
import { StageScene, type SceneHooks } from './stage';

export class MenuScene extends StageScene<MenuPicture> {
  private chart!: Phaser.GameObjects.Graphics;

  constructor(hooks: SceneHooks) {
    super('menu', 'menu', hooks, [{ name: 'chart', box: MENU_MAP, fit: 'contain' }]);
  }

  protected build(): void {
    this.chart = this.add.graphics();
  }

  protected show(_p: MenuPicture): void {
    const asset = this.hooks.map();
    this.chart.clear();
    if (!asset) return;
    drawMap(this.chart, asset, MENU_MAP, null, { fates: false, frame: true });
    drawCompass(this.chart, MENU_MAP.x + MENU_MAP.width - 40, MENU_MAP.y + MENU_MAP.height - 46, 15);
  }
}
