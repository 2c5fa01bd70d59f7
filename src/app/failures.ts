/**
 * The two ways opening something can fail, as the app machine tells them
 * apart: a Failure carries a report for the error screen (a round file that
 * does not validate), a SaveProblem the notices the menu shows (a save that
 * cannot be read or replayed). Either way nothing is half-loaded.
 */
import type { ErrorReport } from '../ui/error';

/** A failure with a report for the error screen (a round file that does not validate). */
export class Failure extends Error {
  constructor(readonly report: ErrorReport) {
    super(report.message ?? report.title);
  }
}

/** A save that could not be opened: the menu says why (`notices`), nothing is half-loaded. */
export class SaveProblem extends Error {
  constructor(readonly notices: readonly string[]) {
    super(notices.join(' '));
  }
}
