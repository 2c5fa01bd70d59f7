/**
 * The game's colours, shared by the canvas (as numbers) and the DOM (as CSS
 * strings) so a map legend always matches the map. Island fates differ in
 * lightness as well as hue, and every screen also names them in words.
 */
import type { IslandFate } from '../engine/model/types';

export const css = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

export const INK = 0x1c2229;
export const PAPER = 0xf5f0e6;
export const SEA = 0xc9dbe3;
export const SEA_DEEP = 0xb4cbd6;
export const LAND = 0xeae0c8;
export const COAST = 0x4a4032;
export const BORDER_LINE = 0xa3241b;
export const UNSETTLED = 0xd6cbb2;
export const SIDE = { japan: 0x1f4e79, russia: 0x8a2d1a } as const;

export const FATE: Readonly<Record<IslandFate, number>> = {
  japan: 0x2f6aa8,
  'japan-after-treaty': 0x9cc0e2,
  russia: 0xb65a45,
  disputed: 0xe0b84c,
  joint: 0x86b673,
};

/** Words for a fate on a legend or a label; the Soviet/Russian side is named as the round names it. */
export function fateWords(fate: IslandFate | undefined, russiaShort: string): string {
  switch (fate) {
    case 'japan':
      return 'Japan';
    case 'japan-after-treaty':
      return 'Japan after a peace treaty';
    case 'russia':
      return russiaShort;
    case 'disputed':
      return 'Disputed';
    case 'joint':
      return 'Joint activity';
    default:
      return 'Not settled';
  }
}
