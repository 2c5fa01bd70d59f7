// Debrief exports and class results: the JSON and Markdown carry the pair
// label, scenario id and version, every move with its source, the meters over
// time, the document against the record and the questions; the class page
// gathers 30 engine-made exports and lists broken or foreign files with a reason.
import { describe, expect, it } from 'vitest';
import { classResults, NOT_AGREED } from '../../src/engine/debrief/classResults';
import { Debrief, debriefMarkdown, makeDebrief } from '../../src/engine/debrief/debrief';
import { historical, POLICIES } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { loadRound } from '../../src/node/files';

describe('debrief', () => {
  const s = loadRound('1956');
  const r = runNegotiation(s, { seed: 3, side: 'japan', policy: historical(0) });
  const d = makeDebrief(s, r.state, r.actions, '  Pair 7 —  Aiko & Ben ');
  it('is valid against its own schema and survives JSON', () => {
    expect(Debrief.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });
  it('carries the label, the scenario and every move with its source', () => {
    expect(d.pair).toBe('Pair 7 — Aiko & Ben');
    expect(d.scenario).toEqual({ id: '1956', version: s.version, title: s.title.en });
    const moves = d.log.filter((l) => l.kind === 'action');
    expect(moves.length).toBe(r.actions.length);
    for (const m of moves) expect(m.citations.length).toBeGreaterThan(0);
    expect(d.meters.series.length).toBe(moves.length + 1);
    expect(d.clauses.map((c) => c.comparison)).toEqual(s.record.clauses.map(() => 'same'));
    expect(d.questions).toEqual(s.questions.map((q) => q.en));
  });
  it('reads as Markdown with the record table, sources, meters, moves and questions', () => {
    const md = debriefMarkdown(d);
    expect(md).toContain('# Debrief: Moscow, 1956: the Joint Declaration');
    expect(md).toContain('Pair: **Pair 7 — Aiko & Ben** · Round 1956 (scenario version 1)');
    expect(md).toContain('| Clause | Your document | The real record | Comparison |');
    expect(md).toContain('| Habomai and Shikotan |');
    expect(md).toContain('Same as in history');
    expect(md).toContain('“agrees to hand over to Japan the Habomai Islands and the island of Shikotan” — Joint Declaration, paragraph 9, 1956-10-19 [compendium-v]');
    expect(md).toContain('## Discussion questions');
    expect(md).toContain(`1. ${s.questions[0]?.en}`);
  });
});

describe('class results', () => {
  const s = loadRound('1956');
  const names = Object.keys(POLICIES);
  const files = Array.from({ length: 30 }, (_, i) => {
    const policy = POLICIES[names[i % names.length] ?? 'historical']?.(0.3);
    if (!policy) throw new Error('no policy');
    const r = runNegotiation(s, { seed: 100 + i, side: i % 2 ? 'russia' : 'japan', policy });
    return { name: `pair-${i + 1}.json`, text: JSON.stringify(makeDebrief(s, r.state, r.actions, `Pair ${i + 1}`)) };
  });
  const broken = [
    { name: 'notes.txt', text: 'our notes from class' },
    { name: 'other-game.json', text: JSON.stringify({ format: 'something-else', version: 1 }) },
    { name: 'cut-short.json', text: files[0]?.text.slice(0, 200) ?? '' },
  ];
  const results = classResults([...files, ...broken]);
  it('gathers 30 pairs into one round', () => {
    expect(results.rounds).toHaveLength(1);
    const round = results.rounds[0];
    expect(round?.pairs).toHaveLength(30);
    expect((round?.concluded ?? 0) + (round?.breakdown ?? 0)).toBe(30);
    for (const issue of round?.issues ?? []) {
      expect(issue.counts.reduce((n, c) => n + c.count, 0)).toBe(30);
      const record = s.record.clauses.find((c) => c.issue === issue.issue);
      const historicalRow = issue.counts.find((c) => c.historical);
      if (historicalRow) expect(historicalRow.option).toBe(record?.agreed ? record.option : NOT_AGREED);
    }
  });
  it('lists broken and foreign files with a reason and skips them', () => {
    expect(results.rejected).toEqual([
      { file: 'notes.txt', reason: 'not a JSON file' },
      { file: 'other-game.json', reason: 'not a debrief exported by this game' },
      { file: 'cut-short.json', reason: 'not a JSON file' },
    ]);
  });
  it('names a damaged field', () => {
    const bad = JSON.parse(files[1]?.text ?? '{}') as { clauses: { comparison: string }[] };
    if (bad.clauses[0]) bad.clauses[0].comparison = 'much-better';
    const r = classResults([{ name: 'edited.json', text: JSON.stringify(bad) }]);
    expect(r.rejected[0]?.reason).toMatch(/^damaged at clauses\.0\.comparison: /);
  });
});
