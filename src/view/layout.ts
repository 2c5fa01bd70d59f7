/**
 * Where things sit on the 1280×720 stage. Pure numbers shared by the Phaser
 * scene (which draws) and the DOM overlay (which labels), so a figure's name
 * tag and its drawing always line up.
 */
export const STAGE = { width: 1280, height: 720 } as const;
export const ROOM = { x: 0, y: 58, width: 800, height: 330 } as const;
export const TABLE = { cx: 400, cy: 318, width: 600, height: 70 } as const;
export const MAP_BOX = { x: 12, y: 390, width: 420, height: 318 } as const;

export interface Seat {
  readonly side: 'japan' | 'russia';
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly lead: boolean;
}

/** Seats along each side of the table: Japan on the left, the Soviet/Russian side on the right. */
export function seats(delegations: { readonly japan: readonly { id: string; lead: boolean }[]; readonly russia: readonly { id: string; lead: boolean }[] }): Seat[] {
  const place = (side: 'japan' | 'russia', people: readonly { id: string; lead: boolean }[]): Seat[] => {
    const n = Math.max(1, people.length);
    const from = side === 'japan' ? 60 : 460;
    const span = 280;
    const step = n === 1 ? 0 : span / (n - 1);
    return people.map((p, i) => ({ side, id: p.id, x: Math.round(from + (n === 1 ? span / 2 : i * step)), y: 262, lead: p.lead }));
  };
  return [...place('japan', delegations.japan), ...place('russia', delegations.russia)];
}

/** The map's scale inside its box (the asset is 560×420). */
export const MAP_SCALE = Math.min(MAP_BOX.width / 560, MAP_BOX.height / 420);
export const mapPoint = (x: number, y: number): [number, number] => [MAP_BOX.x + x * MAP_SCALE, MAP_BOX.y + y * MAP_SCALE];
