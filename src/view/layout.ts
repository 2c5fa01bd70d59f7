/**
 * Where things sit in the drawn world. Pure numbers shared by the Phaser
 * scenes (which draw) and the DOM overlay (which labels), so a place card and
 * its figure, or an island and its name, always line up. The page itself
 * reflows: each drawn part (the room, a map) is a box of this world shown in
 * a DOM element marked `data-window`, scaled to that element's size
 * (`windowView`); the overlay places its labels by the same numbers, as
 * fractions of the box.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The table screen's room: wall, delegations, table and carpet. */
export const ROOM: Box = { x: 0, y: 58, width: 800, height: 332 };
export const WALL_BOTTOM = 262;
export const TABLE = { left: 22, right: 778, top: 262, front: 286, bottom: 340 } as const;
export const FIGURE_Y = 234;
export const CARD_Y = 296;
export const MAP_BOX: Box = { x: 12, y: 396, width: 420, height: 315 };
/** The menu's sea chart. */
export const MENU_MAP: Box = { x: 826, y: 84, width: 436, height: 327 };

/** The outcome's two maps: the player's document and the real one. */
export const OUTCOME_MAPS: Readonly<Record<'yours' | 'record', Box>> = {
  yours: { x: 866, y: 50, width: 400, height: 300 },
  record: { x: 866, y: 404, width: 400, height: 300 },
};

export interface Seat {
  readonly side: 'japan' | 'russia';
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly lead: boolean;
  /** How wide this person's place card may be. */
  readonly room: number;
  /** Which of the drawn likenesses to use (varies along the row). */
  readonly look: number;
}

/** Each delegation's half of the table (the desk flags stand between them). */
const HALF = { japan: [16, 384], russia: [416, 784] } as const;

/** Seats along the table: Japan on the left half, the Soviet/Russian side on the right, each person in the middle of an equal share. */
export function seats(delegations: { readonly japan: readonly { id: string; lead: boolean }[]; readonly russia: readonly { id: string; lead: boolean }[] }): Seat[] {
  const place = (side: 'japan' | 'russia', people: readonly { id: string; lead: boolean }[]): Seat[] => {
    const [from, to] = HALF[side];
    const cell = (to - from) / Math.max(1, people.length);
    const room = Math.round(Math.min(150, cell - 6));
    return people.map((p, i) => ({ side, id: p.id, x: Math.round(from + (i + 0.5) * cell), y: FIGURE_Y, lead: p.lead, room, look: (i + (side === 'japan' ? 0 : 2)) % 4 }));
  };
  return [...place('japan', delegations.japan), ...place('russia', delegations.russia)];
}

/** The scale at which a map asset of `width`×`height` fits a box, and where an asset point lands on the stage. */
export function mapScale(box: Box, width = 560, height = 420): number {
  return Math.min(box.width / width, box.height / height);
}
export function mapPoint(box: Box, x: number, y: number, width = 560, height = 420): [number, number] {
  const s = mapScale(box, width, height);
  return [box.x + x * s, box.y + y * s];
}


/**
 * How a drawn box fills a window element of `width`×`height` pixels:
 * `contain` shows the whole box centred; `banner` fills the width and keeps
 * the box's bottom (the table and the delegates), cropping the top of the
 * wall when the window is shorter than the box. Returns the zoom and the
 * world point at the window's top-left corner.
 */
export type WindowFit = 'contain' | 'banner';

export function windowView(box: Box, fit: WindowFit, width: number, height: number): { zoom: number; left: number; top: number } {
  if (fit === 'banner') {
    const zoom = width / box.width;
    return { zoom, left: box.x, top: box.y + box.height - height / zoom };
  }
  const zoom = Math.min(width / box.width, height / box.height);
  return { zoom, left: box.x + box.width / 2 - width / zoom / 2, top: box.y + box.height / 2 - height / zoom / 2 };
}

/** A point of a box as percentages of the box (where the DOM places a label over the drawn box). */
export function boxPercent(box: Box, x: number, y: number): [number, number] {
  return [((x - box.x) / box.width) * 100, ((y - box.y) / box.height) * 100];
}
