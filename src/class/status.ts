/** The connection line every class screen shows: online, "reconnecting…", or why it closed. */
import { h } from '../ui/dom';
import type { LinkStatus } from './connection';

export function statusLine(): { root: HTMLElement; set: (s: LinkStatus, detail?: string) => void } {
  const root = h('p', { class: 'link-status', role: 'status', 'data-testid': 'link-status' });
  const set = (s: LinkStatus, detail?: string) => {
    root.dataset.status = s;
    root.textContent = s === 'online' ? 'Connected' : s === 'connecting' ? 'Connecting…' : s === 'reconnecting' ? 'Connection lost — reconnecting…' : detail ? `Disconnected: ${detail}` : 'Disconnected';
  };
  return { root, set };
}
