/**
 * Where things sit on the 1280×720 stage. Pure numbers shared by the Phaser
 * scenes (which draw) and the DOM overlay (which labels), so a place card and
 * its figure, or an island and its name, always line up.
 */
export const STAGE = { width: 1280, height: 720 } as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The table screen: the room (left, under the top bar), the map and meters below it, the side panel right. */
export const ROOM: Box = { x: 0, y: 58, width: 800, height: 332 };
export const WALL_BOTTOM = 262;
export const TABLE = { left: 22, right: 778, top: 262, front: 286, bottom: 340 } as const;
export const FIGURE_Y = 234;
export const CARD_Y = 296;
export const MAP_BOX: Box = { x: 12, y: 396, width: 420, height: 315 };
/** The meters beside the map: one card each, the label and value in the DOM, the bar drawn. */
export const METERS = { x: 446, y: 396, width: 340, row: 79, bar: { dx: 12, dy: 48, height: 12 } } as const;

/** The menu's sea chart (right of the round cards, above the side and mode). */
export const MENU_MAP: Box = { x: 826, y: 84, width: 436, height: 327 };

/** The outcome's two maps: the player's document above, the real one below. */
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

