/**
 * What every stage scene shares: the hooks from the app, a subscription to
 * the stage picture taken on create and dropped on shutdown, and only the
 * pictures of its own mode passed on to `show`.
 */
import Phaser from 'phaser';
import type { MapAsset } from '../../app/mapAsset';
import type { RoomStore, StagePicture } from '../bridge';

export interface SceneHooks {
  readonly store: RoomStore;
  readonly map: () => MapAsset | null;
  readonly onProgress: (fraction: number, label: string) => void;
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

  /** Draw what does not change while the scene runs. */
  protected abstract build(): void;
  /** Draw a new picture. */
  protected abstract show(p: P): void;
}
