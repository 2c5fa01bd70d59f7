/**
 * What every stage scene shares: the hooks from the app, a subscription to
 * the stage picture taken on create and dropped on shutdown, and only the
 * pictures of its own mode passed on to `show`.
 */
import Phaser from 'phaser';
import type { MapAsset } from '../../map/asset';
import type { RoomStore, StagePicture } from '../bridge';
import { PAPER } from '../palette';

export interface SceneHooks {
  readonly store: RoomStore;
  readonly map: () => MapAsset | null;
  readonly onReady: () => void;
  readonly onFrame: () => void;
}

export abstract class StageScene<P extends StagePicture> extends Phaser.Scene {
  constructor(
    key: string,
    private readonly mode: P['mode'],
    protected readonly hooks: SceneHooks,
  ) {
    super(key);
  }

  create(): void {
    this.build();
    const unsubscribe = this.hooks.store.subscribe((p) => {
      if (p.mode === this.mode) this.show(p as P);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  /** Paper, with a tinted column from `x` to the right edge (the side panel's backdrop). */
  protected paper(column: number): void {
    this.add.graphics().fillStyle(PAPER, 1).fillRect(0, 0, 1280, 720).fillStyle(0xece4d3, 1).fillRect(column, 0, 1280 - column, 720).lineStyle(1, 0xd8ccb3, 1).lineBetween(column, 0, column, 720);
  }

  /** Draw what does not change while the scene runs. */
  protected abstract build(): void;
  /** Draw a new picture. */
  protected abstract show(p: P): void;
}
