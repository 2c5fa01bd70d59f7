/**
 * The one channel from the app to the Phaser scenes: a typed store holding
 * what the room should show. Scenes subscribe on create and unsubscribe on
 * shutdown; they never call back into game logic.
 */
import type { IslandFate, IslandId } from '../engine/model/types';
import type { Seat } from './layout';

export interface RoomPicture {
  readonly mode: 'idle' | 'table';
  readonly seats: readonly Seat[];
  /** Who is speaking now (a seat id), and a counter that changes with every new line. */
  readonly speaker: { readonly side: 'japan' | 'russia'; readonly id: string | null; readonly line: number } | null;
  readonly meters: readonly { readonly id: string; readonly value: number }[];
  readonly map: {
    readonly agreed: Partial<Record<IslandId, IslandFate>>;
    readonly onTable: Partial<Record<IslandId, IslandFate>> | null;
    readonly border: string | null;
  };
  readonly notes: boolean;
  readonly animate: boolean;
}

type Listener = (p: RoomPicture) => void;

export class RoomStore {
  private picture: RoomPicture = { mode: 'idle', seats: [], speaker: null, meters: [], map: { agreed: {}, onTable: null, border: null }, notes: false, animate: true };
  private readonly listeners = new Set<Listener>();

  get current(): RoomPicture {
    return this.picture;
  }

  set(picture: RoomPicture): void {
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
export function borderFor(fates: Partial<Record<IslandId, IslandFate>> | null): string | null {
  if (!fates) return null;
  const japanese = (id: IslandId) => fates[id] === 'japan' || fates[id] === 'japan-after-treaty';
  if (japanese('etorofu')) return 'etorofu-urup';
  if (japanese('kunashiri')) return 'kunashiri-etorofu';
  if (japanese('shikotan') || japanese('habomai')) return 'shikotan-kunashiri';
  if (Object.keys(fates).length > 0) return 'hokkaido-habomai';
  return null;
}
