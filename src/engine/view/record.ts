/**
 * The real record in brief, as the outcome screen shows it under "What
 * happened next": when and where, who signed or sent what, what the document
 * says and does not say about each island (both names, as this screen is
 * shared), what became of it and what the other side answered.
 */
import { ISLAND_IDS, type IslandId, type Scenario, type Text } from '../model/types';

type Locale = 'en' | 'ja' | 'ru';
const say = (t: Text, locale: Locale): string => t[locale] ?? t.en;

export interface RecordFactsView {
  /** A meeting or an exchange of notes (never drawn as a meeting). */
  readonly form: 'meeting' | 'notes';
  readonly date: string;
  readonly place: string;
  readonly parties: string;
  readonly islands: readonly { readonly id: IslandId; readonly name: string; readonly named: boolean; readonly text: string }[];
  readonly fate: string;
  readonly answer: string;
}

export function recordFactsView(s: Scenario, locale: Locale = 'en'): RecordFactsView | null {
  const f = s.record.facts;
  if (!f) return null;
  const both = (id: IslandId): string => {
    const i = s.islands.find((x) => x.id === id);
    if (!i) return id;
    const [jp, ru] = [say(i.names.japan, locale), say(i.names.russia, locale)];
    return jp === ru ? jp : `${jp}/${ru}`;
  };
  return {
    form: f.form,
    date: f.date,
    place: say(f.place, locale),
    parties: say(f.parties, locale),
    islands: ISLAND_IDS.map((id) => ({ id, name: both(id), named: f.islands[id].named, text: say(f.islands[id].text, locale) })),
    fate: say(f.fate, locale),
    answer: say(f.answer, locale),
  };
}
