/**
 * The negotiating room: the two delegations seated at the table under their
 * desk flags, each face and posture showing how its delegation takes the last
 * exchange, the speaker lit and moving while they speak, and the map of
 * what is agreed or on the table, each in its own window of the page. It
 * draws the picture it is given and nothing else: no text (all reading is in
 * the DOM, the meters too), no game logic.
 */
import type Phaser from 'phaser';
import type { TablePicture } from '../bridge';
import { drawMap } from '../drawMap';
import { drawChair, drawFlagStand, drawTable, drawWall } from '../drawRoom';
import { FIGURE_Y, MAP_BOX, ROOM, TABLE } from '../layout';
import { INK } from '../palette';
import { FLAG, faceKey, figureKey } from '../textures';
import { StageScene, type SceneHooks } from './stage';

export class RoomScene extends StageScene<TablePicture> {
  private halo!: Phaser.GameObjects.Graphics;
  private chairs!: Phaser.GameObjects.Graphics;
  private props!: Phaser.GameObjects.Graphics;
  private mapLayer!: Phaser.GameObjects.Graphics;
  private flags: Phaser.GameObjects.Image[] = [];
  private figures = new Map<string, Phaser.GameObjects.Image>();
  /** Each figure's face (brows and mouth), laid over it and moving with it. */
  private faces = new Map<string, Phaser.GameObjects.Image>();
  private bob: Phaser.Tweens.Tween | null = null;
  private keys = { seats: '', map: '', speaker: '', faces: '' };

  constructor(hooks: SceneHooks) {
    super('room', 'table', hooks, [
      { name: 'room', box: ROOM, fit: 'banner' },
      { name: 'map', box: MAP_BOX, fit: 'contain' },
    ]);
  }

  protected build(): void {
    this.keys = { seats: '', map: '', speaker: '', faces: '' };
    this.bob = null;
    this.figures.clear();
    this.faces.clear();
    drawWall(this.add.graphics());
    this.halo = this.add.graphics().setDepth(1);
    this.chairs = this.add.graphics().setDepth(1.5);
    const table = this.add.graphics().setDepth(3);
    drawTable(table);
    drawFlagStand(table);
    this.props = this.add.graphics().setDepth(3.5);
    this.mapLayer = this.add.graphics().setDepth(5);
  }

  protected show(p: TablePicture): void {
    const seatKey = JSON.stringify([p.seats, p.notes, p.flags]);
    if (seatKey !== this.keys.seats) {
      this.keys.seats = seatKey;
      this.keys.faces = '';
      this.seat(p);
    }
    const faceKeyNow = `${p.expressions.japan}:${p.expressions.russia}`;
    if (faceKeyNow !== this.keys.faces) {
      this.keys.faces = faceKeyNow;
      this.express(p);
    }
    const mapKey = JSON.stringify(p.map) + String(this.hooks.map() !== null);
    if (mapKey !== this.keys.map) {
      this.keys.map = mapKey;
      const asset = this.hooks.map();
      this.mapLayer.clear();
      if (asset) drawMap(this.mapLayer, asset, MAP_BOX, p.map, { fates: true, frame: true });
    }
    const speakerKey = p.speaker ? `${p.speaker.side}:${p.speaker.id}:${p.speaker.line}` : '';
    if (speakerKey !== this.keys.speaker) {
      this.keys.speaker = speakerKey;
      this.highlight(p);
    }
  }

  private seat(p: TablePicture): void {
    for (const f of this.figures.values()) f.destroy();
    for (const f of this.faces.values()) f.destroy();
    for (const f of this.flags) f.destroy();
    this.figures.clear();
    this.faces.clear();
    this.chairs.clear();
    this.props.clear();
    for (const s of p.seats) {
      drawChair(this.chairs, s.x);
      const img = this.add.image(s.x, FIGURE_Y, figureKey(s.side, s.look)).setScale(s.lead ? 1 : 0.94).setDepth(2);
      if (p.notes) img.setAlpha(0.3);
      img.setData('baseY', FIGURE_Y);
      this.figures.set(`${s.side}:${s.id}`, img);
      const face = this.add.image(s.x, FIGURE_Y, faceKey('neutral')).setScale(img.scaleX).setDepth(2.05).setAlpha(img.alpha);
      face.setData('baseY', FIGURE_Y);
      this.faces.set(`${s.side}:${s.id}`, face);
      this.props.fillStyle(0xfbf8f0, 1).fillRect(s.x - 15, TABLE.top + 5, 30, 15);
      this.props.lineStyle(1, 0xb8ad98, 1).strokeRect(s.x - 15, TABLE.top + 5, 30, 15);
    }
    if (p.notes) this.props.fillStyle(0xfbf8f0, 1).fillRect(370, TABLE.top + 2, 60, 20).lineStyle(1, INK, 0.5).strokeRect(370, TABLE.top + 2, 60, 20);
    this.flags = [];
    if (p.flags.japan !== 'none') this.flags.push(this.add.image(394 - FLAG.width / 2, 214 + FLAG.height / 2, `flag-${p.flags.japan}`).setDepth(4));
    if (p.flags.russia !== 'none') this.flags.push(this.add.image(406 + FLAG.width / 2, 214 + FLAG.height / 2, `flag-${p.flags.russia}`).setDepth(4));
  }

  /** Faces and posture follow each delegation's expression: pleased lean in, displeased lean back, tense sit up. */
  private express(p: TablePicture): void {
    for (const s of p.seats) {
      const key = `${s.side}:${s.id}`;
      const expression = p.expressions[s.side];
      const toward = s.side === 'japan' ? 1 : -1;
      const angle = expression === 'pleased' ? 2 * toward : expression === 'displeased' ? -3 * toward : 0;
      const lift = expression === 'tense' ? 0.97 : 1;
      const fig = this.figures.get(key);
      const face = this.faces.get(key);
      face?.setTexture(faceKey(expression));
      for (const img of [fig, face]) img?.setAngle(angle).setScale(s.lead ? 1 : 0.94, (s.lead ? 1 : 0.94) * lift);
    }
  }

  private highlight(p: TablePicture): void {
    this.halo.clear();
    this.bob?.stop();
    this.bob = null;
    for (const f of [...this.figures.values(), ...this.faces.values()]) f.setY(f.getData('baseY') as number);
    const speaker = p.speaker;
    if (!speaker) return;
    const seat = p.seats.find((s) => s.side === speaker.side && s.id === speaker.id);
    if (!seat) return;
    for (const [r, a] of [
      [62, 0.16],
      [48, 0.22],
      [34, 0.3],
    ] as const)
      this.halo.fillStyle(0xffd27a, a).fillCircle(seat.x, FIGURE_Y - 24, r);
    const fig = this.figures.get(`${seat.side}:${seat.id}`);
    const face = this.faces.get(`${seat.side}:${seat.id}`);
    if (fig && p.animate) this.bob = this.tweens.add({ targets: face ? [fig, face] : fig, y: FIGURE_Y - 5, duration: 240, yoyo: true, repeat: 3, ease: 'Sine.easeInOut' });
  }
}
