/**
 * The one channel from the app to the Phaser scenes: a typed store holding
 * what the stage should show. Scenes subscribe on create and unsubscribe on
 * shutdown; they never call back into game logic.
 */
import type { IslandFate, IslandId } from '../engine/model/types';
import type { Expression } from '../engine/view/expressions';
import type { Seat } from './layout';

export type Fates = Partial<Record<IslandId, IslandFate>>;

/** A map as drawn: each island's fate, which of them are only proposed, and the border line implied. */
export interface MapPicture {
  readonly fates: Fates;
  readonly proposed: readonly IslandId[];
  readonly border: string | null;
}

export interface TablePicture {
  readonly mode: 'table';
  readonly seats: readonly Seat[];
  /** Who is speaking now (a seat), and a counter that changes with every new line. */
  readonly speaker: { readonly side: 'japan' | 'russia'; readonly id: string; readonly line: number } | null;
  readonly meters: readonly { readonly id: string; readonly value: number }[];
  /** How each delegation looks (faces and posture), from the table view. */
  readonly expressions: Readonly<Record<'japan' | 'russia', Expression>>;
  readonly map: MapPicture;
  readonly flags: { readonly japan: 'japan' | 'ussr' | 'russia' | 'none'; readonly russia: 'japan' | 'ussr' | 'russia' | 'none' };
  /** An exchange of written notes rather than a meeting: the room is shown empty of speakers. */
  readonly notes: boolean;
  readonly animate: boolean;
}

export interface OutcomePicture {
  readonly mode: 'outcome';
  readonly yours: MapPicture;
  readonly record: MapPicture;
}

export interface MenuPicture {
  readonly mode: 'menu';
}

export type StagePicture = MenuPicture | TablePicture | OutcomePicture;

type Listener = (p: StagePicture) => void;

export class RoomStore {
  private picture: StagePicture = { mode: 'menu' };
  private readonly listeners = new Set<Listener>();

  get current(): StagePicture {
    return this.picture;
  }

  set(picture: StagePicture): void {
    this.picture = picture;
    for (const l of this.listeners) l(picture);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.picture);
    return () => this.listeners.delete(listener);
  }
}

/** Which border a set of island fates implies: the line between what Japan gets and what it does not. */
export function borderFor(fates: Fates | null): string | null {
  if (!fates || Object.keys(fates).length === 0) return null;
  const japanese = (id: IslandId) => fates[id] === 'japan' || fates[id] === 'japan-after-treaty';
  if (japanese('etorofu')) return 'etorofu-urup';
  if (japanese('kunashiri')) return 'kunashiri-etorofu';
  if (japanese('shikotan') || japanese('habomai')) return 'shikotan-kunashiri';
  if (fates.habomai === 'russia') return 'hokkaido-habomai';
  return null;
}

/** The map for a table view: what is agreed, with anything proposed drawn over it. */
export function mapPicture(agreed: Fates, onTable: Fates | null): MapPicture {
  const fates = { ...agreed, ...(onTable ?? {}) };
  const proposed = (Object.keys(onTable ?? {}) as IslandId[]).filter((id) => agreed[id] !== onTable?.[id]);
  return { fates, proposed, border: borderFor(Object.keys(fates).length > 0 ? fates : null) };
}

/** A signed document's map: its fates, with a border only where the document drew one. */
export function documentPicture(fates: Fates, drawsBorder: boolean): MapPicture {
  const p = mapPicture(fates, null);
  return drawsBorder ? p : { ...p, border: null };
}

/** Which fates the table's map shows: now (agreed + the proposal on the table), agreed only, or either side's stated positions. */
export type MapMode = 'now' | 'agreed' | 'yours' | 'theirs';

export function tableMapPicture(map: { readonly agreed: Fates; readonly onTable: Fates | null; readonly yours: Fates | null; readonly theirs: Fates | null }, mode: MapMode): MapPicture {
  const over = mode === 'now' ? map.onTable : mode === 'yours' ? map.yours : mode === 'theirs' ? map.theirs : null;
  return mapPicture(map.agreed, over);
}
