/**
 * The round's code as one chunk the menu does not wait for: the round
 * controller with the engine, the table and the pages over it, starting a
 * play and opening a save, reading saves (their zod schemas: the menu loads
 * this before it reads a stored save, and comes up without it when there is
 * none), replaying one (for the menu's saved-round status) and the class
 * results page. lazy.ts loads it once: the menu fetches it as soon as it is
 * up, so starting a round does not wait for it.
 */
export { decodeShare, makeSave, parseSave, playOf, readSave as readSaveText } from '../engine/log/save';
export { replayBranch } from '../engine/campaign/play';
export { classResultsScreen } from '../ui/classResults';
export { entryOf, newEntry } from './entry';
export { openSave } from './openSave';
export { showBranches, showOutcome, showTimeline } from './pages';
export { RoundController } from './round';
