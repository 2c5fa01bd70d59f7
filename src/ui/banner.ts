/**
 * The notice over every screen: what the student must know whatever screen
 * is up — the game is not saving (storage full or refused), a save was made
 * with another version of a round. One message per subject, replaced rather
 * than repeated; each can be dismissed, and a subject that clears (saving
 * works again) takes its message away.
 */
import { fill, h } from './dom';

export class Banner {
  readonly root = h('div', { id: 'app-banner', class: 'app-banner', role: 'status', 'aria-live': 'polite', 'data-testid': 'app-banner', hidden: true });
  private readonly messages = new Map<string, string>();
  private readonly dismissed = new Set<string>();

  /** Show (or, with null, clear) the message on a subject; a dismissed message stays away until its text changes. */
  set(subject: string, text: string | null): void {
    const before = this.messages.get(subject) ?? null;
    if (text === before) return;
    if (text === null) this.messages.delete(subject);
    else {
      this.messages.set(subject, text);
      this.dismissed.delete(subject);
    }
    this.render();
  }

  private render(): void {
    const shown = [...this.messages].filter(([k]) => !this.dismissed.has(k));
    this.root.hidden = shown.length === 0;
    fill(
      this.root,
      shown.map(([subject, text]) =>
        h(
          'div',
          { class: 'banner-item', 'data-subject': subject },
          h('p', {}, text),
          h('button', { type: 'button', class: 'btn small', 'data-testid': `dismiss-${subject}`, onclick: () => (this.dismissed.add(subject), this.render()) }, 'Dismiss'),
        ),
      ),
    );
  }
}
