/**
 * Screen hosting: one screen at a time in the DOM overlay (the boot message
 * and the banner stay), where the keyboard focus lands when a screen opens,
 * the table's keyboard shortcuts, and the probe tests and tools read from the
 * page (window.__game).
 */
import type { GameState } from '../engine/model/state';
import type { SideId } from '../engine/model/types';
import { Banner } from '../ui/banner';

export type ScreenName = 'boot' | 'menu' | 'confirm' | 'credits' | 'guide' | 'class' | 'briefing' | 'handover' | 'table' | 'outcome' | 'debrief' | 'timeline' | 'branches' | 'error';

/** What tests and tools can read from the page (window.__game). */
export interface GameProbe {
  screen: ScreenName;
  round: string | null;
  side: SideId | null;
  status: GameState['status'] | null;
  phase: string | null;
  turn: SideId | null;
  busy: boolean;
  logLength: number;
  renders: number;
  /** 'round' or 'campaign', while a play is open. */
  play: string | null;
  /** The current branch's id and how many branches the play has. */
  branch: string | null;
  branches: number;
}

declare global {
  interface Window {
    __ready?: number;
    __game?: GameProbe;
  }
}

export class ScreenHost {
  private screen: ScreenName = 'boot';
  /** The notice over every screen (the game is not saving; a save from another version of a round). */
  readonly banner = new Banner();
  readonly probe: GameProbe = { screen: 'boot', round: null, side: null, status: null, phase: null, turn: null, busy: false, logLength: 0, renders: 0, play: null, branch: null, branches: 0 };
  private readonly busyWith = new Set<string>();
  /** The table's keyboard shortcuts, while a table is up. */
  tableKeys: ((e: KeyboardEvent) => boolean) | null = null;

  constructor(private readonly overlay: HTMLElement) {
    window.__game = this.probe;
    overlay.append(this.banner.root);
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** Put `el` up as the screen, replacing the last one, and move the focus to `focus` (a selector inside it). */
  mount(screen: ScreenName, el: HTMLElement, focus?: string): void {
    this.screen = screen;
    this.probe.screen = screen;
    this.overlay.querySelectorAll(':scope > :not(#boot):not(#app-banner)').forEach((n) => n.remove());
    this.overlay.append(el);
    document.body.dataset.screen = screen;
    if (focus) this.focus(focus);
  }

  /** Mark the page busy (loading, the computer thinking) or not, per source; the probe says busy while any is. */
  busy(source: string, on: boolean): void {
    if (on) this.busyWith.add(source);
    else this.busyWith.delete(source);
    this.probe.busy = this.busyWith.size > 0;
  }

  /** Focus the first element matching `selector` on the screen (a heading is made focusable first). */
  focus(selector: string): void {
    const el = this.overlay.querySelector<HTMLElement>(selector);
    if (el?.tagName === 'H1' && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    if (this.screen === 'table' && this.tableKeys?.(e)) e.preventDefault();
  }
}
