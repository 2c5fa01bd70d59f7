// The benchmark's baseline: one Phaser scene with one drawn shape, built by the
// same Vite config (and so the same lean Phaser) as the game, so the load-time
// ratio measures what the game adds.
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.graphics().fillStyle(0xffffff).fillRect(40, 40, 320, 32);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as unknown as { __ready: number }).__ready = performance.now();
    });
  }
}

const renderer = new URLSearchParams(location.search).get('renderer');
new Phaser.Game({
  type: renderer === 'webgl' ? Phaser.WEBGL : renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
  parent: 'host',
  width: 1280,
  height: 720,
  banner: false,
  scene: Bare,
});
