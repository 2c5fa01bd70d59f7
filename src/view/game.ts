/**
 * Creating the one Phaser game of the page: Canvas or WebGL as asked (tests
 * use `?renderer=canvas`), drawing into #canvas-host, which lies under the
 * whole page at the window's size and is hidden from assistive technology. After boot, the stage picture's mode
 * picks the running scene: the menu's chart, the room, or the outcome's maps.
 */
import Phaser from 'phaser';
import type { StagePicture } from './bridge';
import { BootScene } from './scenes/boot';
import { MenuScene } from './scenes/menu';
import { OutcomeScene } from './scenes/outcome';
import { RoomScene } from './scenes/room';
import type { SceneHooks } from './scenes/stage';

export type { SceneHooks } from './scenes/stage';

const SCENE: Readonly<Record<StagePicture['mode'], string>> = { menu: 'menu', table: 'room', outcome: 'outcome' };

export function createGame(parent: HTMLElement, renderer: 'auto' | 'canvas' | 'webgl', hooks: SceneHooks): Phaser.Game {
  let running: string | null = null;
  const show = (p: StagePicture) => {
    const key = SCENE[p.mode];
    if (running === null || key === running) return;
    game.scene.stop(running);
    game.scene.start(key);
    running = key;
  };
  const booted = () => {
    running = SCENE[hooks.store.current.mode];
    game.scene.stop('boot');
    game.scene.start(running);
    game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      hooks.onReady();
    });
  };
  const game = new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent,
    width: parent.clientWidth || window.innerWidth,
    height: parent.clientHeight || window.innerHeight,
    backgroundColor: '#f5f0e6',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.RESIZE },
    scene: [new BootScene(booted), new MenuScene(hooks), new RoomScene(hooks), new OutcomeScene(hooks)],
  });
  game.events.on(Phaser.Core.Events.POST_STEP, hooks.onFrame);
  hooks.store.subscribe(show);
  return game;
}
