/**
 * The brief view-model: one side's private brief for a round (its
 * instructions, interests, red lines, excerpts and the world the round opens
 * in), and the notes on how that world differs from history's.
 */
import type { Scenario, SideId, WorldState } from '../model/types';
import { other } from '../model/types';
import { appliedVariants } from '../model/variants';
import { citationView, islandViews, people, roundView, say, type CitationView, type IslandView, type Locale, type PersonView, type RoundView } from './text';

export interface BriefView {
  readonly side: SideId;
  readonly sideName: string;
  readonly round: RoundView;
  readonly setting: string;
  readonly stake: string;
  readonly delegation: readonly PersonView[];
  readonly counterpart: readonly PersonView[];
  readonly instructions: string;
  readonly interests: readonly string[];
  readonly redLines: readonly string[];
  readonly home: string;
  readonly excerpts: readonly CitationView[];
  readonly islands: readonly IslandView[];
  readonly collectiveName: string;
  readonly agenda: readonly { readonly id: string; readonly title: string; readonly description: string }[];
  /** How the world this round opens in differs from history's (campaign play), and what really happened. */
  readonly world: readonly WorldNoteView[];
}

/** A variant as the players read it: what differs, what really happened, and the sources. */
export interface WorldNoteView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly history: string;
  readonly citations: readonly CitationView[];
}

export const worldNotes = (s: Scenario, world: WorldState): WorldNoteView[] =>
  appliedVariants(s, world).map((v) => ({ id: v.id, title: say(v.title), text: say(v.text), history: say(v.history), citations: v.cite.map(citationView) }));

/** The private brief for one side. */
export function briefView(s: Scenario, side: SideId, locale: Locale = 'en', world: WorldState = s.world): BriefView {
  const b = s.sides[side].brief;
  return {
    side,
    sideName: say(s.sides[side].name, locale),
    round: roundView(s, locale),
    setting: say(s.setting, locale),
    stake: say(s.stake, locale),
    delegation: people(s, side, locale),
    counterpart: people(s, other(side), locale),
    instructions: say(b.instructions, locale),
    interests: b.interests.map((t) => say(t, locale)),
    redLines: b.redLines.map((r) => say(r.text, locale)),
    home: say(b.home, locale),
    excerpts: b.excerpts.map(citationView),
    // A tutorial round (the practice) is not about the islands: it lists none.
    islands: s.tutorial ? [] : islandViews(s, side, locale),
    collectiveName: say(s.collectiveNames[side], locale),
    agenda: s.agenda.map((i) => ({ id: i.id, title: say(i.title, locale), description: say(i.description, locale) })),
    world: worldNotes(s, world),
  };
}
