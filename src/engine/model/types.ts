/**
 * Shared type names for the engine model, re-exported from the scenario schema
 * so model code does not depend on zod directly.
 */
export type {
  Citation,
  Condition,
  Effect,
  IslandFate,
  IslandId,
  Issue,
  HistoricalAction,
  Interlude,
  Line,
  Negotiator,
  MeterId,
  Move,
  MoveKind,
  Option,
  RedLine,
  Ratifier,
  Scenario,
  SideId,
  Text,
  Variant,
  WorldPatch,
  WorldState,
} from '../scenario/schema';
export { ISLAND_IDS, METER_IDS, SIDE_IDS } from '../scenario/schema';

export type IssueId = string;
export type OptionId = string;

export const other = (side: 'japan' | 'russia'): 'japan' | 'russia' => (side === 'japan' ? 'russia' : 'japan');
