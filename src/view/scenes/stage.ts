/**
 * What every stage scene shares: the hooks from the app, a subscription to
 * the stage picture taken on create and dropped on shutdown, only the
 * pictures of its own mode passed on to `show`, and its windows. The canvas
 * lies under the whole page; each drawn box is shown through one camera
 * placed, every frame, where the page shows that window (the DOM element
 * marked `data-window="<name>"`, measured by the shell), so it follows the
 * page's layout and scrolling; hidden while the page does not show it.
 */
import Phaser from 'phaser';
import type { MapAsset } from '../../map/asset';
import type { RoomStore, StagePicture } from '../bridge';
import { windowView, type Box, type WindowFit } from '../layout';

export interface SceneHooks {
  readonly store: RoomStore;
  readonly map: () => MapAsset | null;
  readonly onReady: () => void;
  readonly onFrame: () => void;
  /** Where the page shows a window now (viewport pixels), or null when it does not. */
  readonly windowRect: (name: string) => { left: number; top: number; width: number; height: number } | null;
}

/** A drawn box and the DOM element it is shown in. */
export interface StageWindow {
  readonly name: string;
  readonly box: Box;
  readonly fit: WindowFit;
}

export abstract class StageScene<P extends StagePicture> extends Phaser.Scene {
  private cams: Phaser.Cameras.Scene2D.Camera[] = [];

  constructor(
    key: string,
    private readonly mode: P['mode'],
    protected readonly hooks: SceneHooks,
    private readonly windows: readonly StageWindow[],
  ) {
    super(key);
  }

  create(): void {
    this.cams = this.windows.map((_, i) => (i === 0 ? this.cameras.main : this.cameras.add(0, 0, 1, 1)));
    this.place();
    this.build();
    const unsubscribe = this.hooks.store.subscribe((p) => {
      if (p.mode === this.mode) this.show(p as P);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  override update(): void {
    this.place();
  }

  /** Put each camera over its window element, showing its box at the element's size. */
  private place(): void {
    const vw = this.scale.width;
    const vh = this.scale.height;
    this.windows.forEach((w, i) => {
      const cam = this.cams[i];
      if (!cam) return;
      const r = this.hooks.windowRect(w.name);
      if (!r || r.width < 2 || r.height < 2 || r.top + r.height <= 0 || r.top >= vh || r.left + r.width <= 0 || r.left >= vw) {
        cam.setVisible(false);
        return;
      }
      const view = windowView(w.box, w.fit, r.width, r.height);
      cam.setVisible(true);
      cam.setViewport(Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height));
      cam.setZoom(view.zoom);
      cam.centerOn(view.left + r.width / view.zoom / 2, view.top + r.height / view.zoom / 2);
    });
  }

  /** Draw what does not change while the scene runs. */
  protected abstract build(): void;
  /** Draw a new picture. */
  protected abstract show(p: P): void;
}
