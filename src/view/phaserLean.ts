/**
 * The part of Phaser this game uses, assembled from Phaser's own source
 * modules so the bundle leaves out what it never touches (physics, tilemaps,
 * text, particles, sound, the loader's file types, …). The build aliases the
 * bare `phaser` import to this module (vite.config.ts); type checking still
 * sees the full Phaser types. Both renderers stay, for `?renderer=canvas|webgl`.
 * Requiring a game object's factory registers `this.add.<name>` on scenes;
 * requiring a scene plugin registers it with Phaser's plugin cache.
 */
// The renderer first: its modules require one another in a cycle that only
// resolves when the renderer's index is entered before any render node.
import 'phaser-src/renderer/index.js';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import CoreEvents from 'phaser-src/core/events/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import SceneEvents from 'phaser-src/scene/events/index.js';
import ScaleConstants from 'phaser-src/scale/const/index.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Tween from 'phaser-src/tweens/tween/Tween.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsCreator.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/tweens/TweenManager.js';
import 'phaser-src/time/Clock.js';

const ScaleConst = ScaleConstants as Record<'CENTER' | 'ORIENTATION' | 'SCALE_MODE' | 'ZOOM', object>;

const Phaser = {
  ...(CONST as object),
  Game,
  Scene,
  Core: { Events: CoreEvents },
  Scenes: { Events: SceneEvents },
  // As Phaser's own Scale namespace: the constant groups and, flattened, their
  // members (Phaser.Scale.NONE and friends; an undefined mode lets the scale
  // manager resize the canvas to its transformed parent).
  Scale: { ...ScaleConst, ...ScaleConst.CENTER, ...ScaleConst.ORIENTATION, ...ScaleConst.SCALE_MODE, ...ScaleConst.ZOOM },
  GameObjects: { Graphics, Image },
  Tweens: { Tween },
};

export default Phaser;
