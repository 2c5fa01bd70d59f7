/**
 * The pages over a round: the outcome (the player's document beside the real
 * one, with replay, next round, export and share), the campaign's timeline,
 * the branches of the play and the debrief. Each is built from the round
 * controller's play and state; the pages reached from the table or the
 * outcome come back to where they left (the round's flow decides where).
 */
import { tutorialScoreLines } from '../engine/view/tutorial';
import { makeDebrief } from '../engine/debrief/debrief';
import { beginNextRound, branchOf, currentBranch, isComplete, renameBranch, replayBranch } from '../engine/campaign/play';
import { encodeShare, makeSave } from '../engine/log/save';
import { other } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import { branchList, compareBranches } from '../engine/view/branches';
import { timeline } from '../engine/view/history';
import { decisionsOf, outcomeView, tableView } from '../engine/view/viewModel';
import { branchesScreen } from '../ui/branches';
import { debriefScreen } from '../ui/debrief';
import { download, slug } from '../ui/download';
import type { MenuChoice } from '../ui/menu';
import { outcomeScreen } from '../ui/outcome';
import { timelineScreen } from '../ui/timeline';
import { documentPicture } from '../view/bridge';
import type { RoundController, RoundShell } from './round';

/** What the pages need from the shell besides the round's. */
export interface PagesShell extends Pick<RoundShell, 'host' | 'store' | 'currentMap' | 'showMenu' | 'showError' | 'enterPlay'> {
  readonly catalog: Catalog | null;
  readonly choice: MenuChoice;
  openRound(choice: MenuChoice): void;
  pair: string;
}

export function showOutcome(app: PagesShell, r: RoundController): void {
  const scenario = r.opened.scenario;
  const state = r.state;
  const view = outcomeView(scenario, state);
  Object.assign(app.host.probe, { status: state.status, logLength: tableView(scenario, state, r.viewer).log.length });
  const campaign = r.play.kind === 'campaign';
  const rounds = app.catalog?.rounds ?? [];
  const nextId = campaign ? r.play.order[r.opened.index + 1] : rounds[rounds.findIndex((x) => x.id === scenario.id) + 1]?.id;
  const nextCard = nextId !== undefined ? rounds.find((x) => x.id === nextId) : undefined;
  app.store.set({ mode: 'outcome', yours: documentPicture(view.map.yours, view.map.borders.yours), record: documentPicture(view.map.record, view.map.borders.record) });
  const nextRound = () => {
    // "Back" on the next round's brief returns to this outcome.
    const back = () => void app.enterPlay(r.play, r.bases, r.sources, 'resume');
    const problem = app.enterPlay(beginNextRound(r.play), r.bases, r.sources, 'new', undefined, back);
    if (problem) app.showError({ title: 'The next round could not be opened', file: '', errors: [], message: problem });
  };
  const screen = outcomeScreen(view, r.sources, app.currentMap(), {
    replay: () => (campaign ? r.rewindTo(0) : app.openRound({ ...app.choice, round: scenario.id, side: r.side })),
    switchSides: campaign ? null : () => app.openRound({ ...app.choice, round: scenario.id, side: other(r.side) }),
    next: nextCard ? () => (campaign ? nextRound() : app.openRound({ ...app.choice, round: nextCard.id })) : null,
    nextLabel: nextCard ? (campaign ? `Next round of the campaign: ${nextCard.title} ▸` : 'Next round ▸') : null,
    timeline: campaign ? () => showTimeline(app, r) : null,
    branches: () => showBranches(app, r),
    menu: () => app.showMenu(),
    debrief: () => showDebrief(app, r),
    exportSave: () => download(`kuril-${slug(campaign ? 'campaign' : scenario.id)}-save.json`, 'application/json', `${JSON.stringify(makeSave(r.play), null, 2)}\n`),
    shareLink: () => `${location.origin}${location.pathname}#replay=${encodeShare(makeSave(r.play))}`,
    decisions: decisionsOf(scenario, state, r.viewer),
    rewind: (move) => r.rewindTo(move),
    branch: currentBranch(r.play).name,
    campaign: campaign ? { round: r.opened.index + 1, of: r.play.order.length } : null,
  });
  app.host.mount('outcome', screen, 'h1');
  r.tutorial?.show(screen, tutorialScoreLines(scenario, state, r.viewer));
}

/** The campaign's timeline: your history beside the real one, year by year. */
export function showTimeline(app: PagesShell, r: RoundController): void {
  const back = r.stepAway();
  const rounds = r.playedRounds();
  const screen = timelineScreen(timeline(r.play.order, rounds, r.bases), r.sources, { complete: isComplete(r.play, rounds), branch: currentBranch(r.play).name, back, branches: () => showBranches(app, r), menu: () => app.showMenu() });
  app.host.mount('timeline', screen, 'h1');
}

/** The branches of the play: named, renamed, opened, and compared side by side with history. */
export function showBranches(app: PagesShell, r: RoundController): void {
  const back = r.stepAway();
  const replayed = new Map(r.play.branches.map((b) => [b.id, replayBranch(r.play, r.bases, b.id)]));
  const compare = (ids: readonly string[]) =>
    compareBranches(
      r.play,
      r.bases,
      ids.flatMap((id) => {
        const branch = branchOf(r.play, id);
        const rounds = replayed.get(id);
        return branch && rounds?.ok ? [{ branch, rounds: rounds.value }] : [];
      }),
    );
  const screen = branchesScreen(branchList(r.play), {
    compare,
    broken: Object.fromEntries([...replayed].flatMap(([id, x]) => (x.ok ? [] : [[id, x.error.message]]))),
    rename: (id, name) => {
      r.play = renameBranch(r.play, id, name);
      app.host.probe.branch = r.play.current;
      r.save();
      return branchOf(r.play, id)?.name ?? name;
    },
    open: (id) => r.openBranch(id),
    back,
    menu: () => app.showMenu(),
  });
  app.host.mount('branches', screen, 'h1');
}

/** The debrief of the finished round: printable, exportable as Markdown and JSON. */
export function showDebrief(app: PagesShell, r: RoundController): void {
  const back = r.stepAway();
  const state = r.state;
  const screen = debriefScreen(app.pair, {
    make: (pair) => makeDebrief(r.opened.scenario, state, r.actions, pair, r.opened.start),
    onPair: (pair) => (app.pair = pair),
    back,
    menu: () => app.showMenu(),
  });
  app.host.mount('debrief', screen, 'h1');
}
