/**
 * Creating the one Phaser game of the page: Canvas or WebGL as asked (tests
 * use `?renderer=canvas`), 1280×720, drawing into #canvas-host, which is
 * hidden from assistive technology.
 */
import Phaser from 'phaser';
import { BootScene, RoomScene, type SceneHooks } from './scenes';
import { STAGE } from './layout';

export function createGame(parent: HTMLElement, renderer: 'auto' | 'canvas' | 'webgl', hooks: SceneHooks): Phaser.Game {
  return new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent,
    width: STAGE.width,
    height: STAGE.height,
    backgroundColor: '#e8dfcc',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE },
    scene: [new BootScene(hooks), new RoomScene(hooks)],
  });
}
