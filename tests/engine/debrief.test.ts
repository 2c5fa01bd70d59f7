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
import { runCampaign } from '../../src/engine/sim/campaign';
import { appliedVariants } from '../../src/engine/model/variants';

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
  it('says which side the pair played and leaves room for an answer under every question (issue 18)', () => {
    expect(d.played).toBe('Japan, against the computer');
    const md = debriefMarkdown(d);
    expect(md).toContain('Side played: **Japan, against the computer**');
    expect(md.split('Your answer:').length - 1).toBe(s.questions.length);
    const soviet = runNegotiation(s, { seed: 3, side: 'russia', policy: historical(0) });
    expect(makeDebrief(s, soviet.state, soviet.actions, 'Pair 8').played).toBe(`${s.sides.russia.name.en}, against the computer`);
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
  const rounds = new Map([['1956', s]]);
  const results = classResults([...files, ...broken], rounds);
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
  it('lists every pair with the side its students played, its result and its file (issue 17)', () => {
    const rows = results.rounds[0]?.rows ?? [];
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.sides.join())).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? 'russia' : 'japan')));
    expect(rows[0]).toMatchObject({ pair: 'Pair 1', file: 'pair-1.json', played: s.sides.japan.name.en });
    expect(rows[1]?.played).toBe(s.sides.russia.name.en);
    for (const r of rows) expect(r.same).toBeLessThanOrEqual(r.compared);
    expect(rows.filter((r) => r.status === 'concluded')).toHaveLength(results.rounds[0]?.concluded ?? -1);
    const both = runNegotiation(s, { seed: 9, side: 'japan', policy: historical(0) });
    const pair = { ...makeDebrief(s, both.state, both.actions, 'Pair 31'), seats: { japan: 'human', russia: 'human' } };
    const row = classResults([{ name: 'pair-31.json', text: JSON.stringify(pair) }], rounds).rounds[0]?.rows[0];
    expect(row?.sides).toEqual(['japan', 'russia']);
    expect(row?.played).toBe(`both sides (${s.sides.japan.name.en} and ${s.sides.russia.name.en})`);
  });
  it('recomputes every honest export to what it says, with no duplicates', () => {
    expect(results.corrected).toEqual([]);
    expect(results.duplicates).toEqual([]);
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
    const r = classResults([{ name: 'edited.json', text: JSON.stringify(bad) }], rounds);
    expect(r.rejected[0]?.reason).toMatch(/^damaged at clauses\.0\.comparison: /);
  });
});

describe('item 7: class results trust the game, not the files', () => {
  const s = loadRound('1956');
  const s60 = loadRound('1960');
  const rounds = new Map([
    ['1956', s],
    ['1960', s60],
  ]);
  const names = Object.keys(POLICIES);
  const games = Array.from({ length: 6 }, (_, i) => {
    const policy = POLICIES[names[i % names.length] ?? 'historical']?.(0.3);
    if (!policy) throw new Error('no policy');
    const r = runNegotiation(s, { seed: 200 + i, side: 'japan', policy });
    return makeDebrief(s, r.state, r.actions, `Pair ${i + 1}`);
  });
  const file = (name: string, d: unknown) => ({ name, text: JSON.stringify(d) });
  const honest = games.map((d, i) => file(`pair-${i + 1}.json`, d));
  const truth = classResults(honest, rounds);

  it('titles, issue titles and labels come from the round, not from the first file', () => {
    const forged = structuredClone(games[0]!);
    forged.scenario.title = 'Forged round title';
    for (const c of forged.clauses) {
      c.title = 'Renamed issue';
      c.label = c.label === null ? null : 'Renamed option';
    }
    // Same file name as the honest one: the per-pair table names each file, and only the contents are forged.
    const r = classResults([file('pair-1.json', forged), ...honest.slice(1)], rounds);
    const round = r.rounds[0];
    expect(round?.title).toBe(s.title.en);
    expect(round?.issues.map((i) => i.title)).toEqual(s.agenda.map((i) => i.title.en));
    expect(round?.issues.flatMap((i) => i.counts.map((c) => c.label))).not.toContain('Renamed option');
    expect(r.rounds).toEqual(truth.rounds);
  });
  it('"matched the record" is recomputed from the moves; a file claiming otherwise is corrected and listed', () => {
    const liar = structuredClone(games.find((d) => d.clauses.some((c) => c.comparison !== 'same'))!);
    for (const c of liar.clauses) {
      c.comparison = 'same';
      c.option = c.recordOption;
    }
    const others = honest.filter((f) => JSON.parse(f.text).pair !== liar.pair);
    const r = classResults([...others, file('liar.json', liar)], rounds);
    expect(r.rounds[0]?.identical).toBe(truth.rounds[0]?.identical);
    expect(r.corrected).toEqual([{ file: 'liar.json', note: expect.stringMatching(/^its document differs from what its moves give on/) }]);
    const status = structuredClone(games[0]!);
    status.status = status.status === 'concluded' ? 'breakdown' : 'concluded';
    expect(classResults([file('status.json', status)], rounds).rounds[0]?.concluded).toBe(games[0]!.status === 'concluded' ? 1 : 0);
  });
  it('the same export dropped three times (or renamed, or relabelled) counts once and is listed', () => {
    const relabelled = { ...games[0]!, pair: 'Another name' };
    const r = classResults([...honest, honest[0]!, { ...honest[0]!, name: 'copy.json' }, file('relabelled.json', relabelled)], rounds);
    expect(r.rounds[0]?.pairs).toHaveLength(6);
    expect(r.duplicates).toEqual([
      { file: 'pair-1.json', sameAs: 'pair-1.json' },
      { file: 'copy.json', sameAs: 'pair-1.json' },
      { file: 'relabelled.json', sameAs: 'pair-1.json' },
    ]);
    expect(r.rounds).toEqual(truth.rounds);
  });
  it('repeated clauses do not inflate the counts', () => {
    const padded = structuredClone(games[1]!);
    padded.clauses = [...padded.clauses, ...padded.clauses, ...padded.clauses];
    const r = classResults([...honest.filter((f) => f.name !== 'pair-2.json'), file('padded.json', padded)], rounds);
    for (const issue of r.rounds[0]?.issues ?? []) expect(issue.counts.reduce((n, c) => n + c.count, 0)).toBe(6);
    expect(r.corrected).toEqual([{ file: 'padded.json', note: 'it lists an issue twice' }]);
  });
  it('moves that do not replay, and unknown rounds, are listed with the reason', () => {
    const edited = structuredClone(games[2]!);
    edited.actions = [{ type: 'sign', side: 'japan' }, ...edited.actions];
    const unknown = { ...games[3]!, scenario: { ...games[3]!.scenario, id: '1905' } };
    const r = classResults([file('edited.json', edited), file('unknown.json', unknown)], rounds);
    expect(r.rejected).toEqual([
      { file: 'edited.json', reason: expect.stringMatching(/^its moves do not replay on round 1956 version \d+: move 1: /) },
      { file: 'unknown.json', reason: 'round "1905" is not a round of this game' },
    ]);
  });
  it('scenario versions sort as numbers, and rounds in numeric order', () => {
    const vs = [1, 10, 2, 9].map((v, i) => ({ ...games[i]!, scenario: { ...games[i]!.scenario, version: v } }));
    const r = classResults(vs.map((d, i) => file(`v${i}.json`, d)), rounds);
    expect(r.rounds[0]?.versions).toEqual([1, 2, 9, 10]);
  });
  it('a campaign round is replayed in the world and with the meters it opened with', () => {
    // A campaign whose 1956 broke down: 1960 opens in another world, with the meters 1956 left.
    const played = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => runCampaign(rounds, ['1956', '1960'], { seed, side: 'japan', policy: POLICIES.random!(0) }).rounds[1]!);
    const elsewhere = played.find((x) => appliedVariants(x.base, x.start.world).length > 0) ?? played[0]!;
    const d = makeDebrief(elsewhere.scenario, elsewhere.state, elsewhere.actions, 'Pair C', elsewhere.start);
    expect(appliedVariants(elsewhere.base, elsewhere.start.world).length).toBeGreaterThan(0);
    expect(d.start?.world).toEqual(elsewhere.start.world);
    expect(d.meters.series[0]?.values).toEqual(elsewhere.start.meters);
    const r = classResults([file('c.json', d)], rounds);
    expect(r.rejected).toEqual([]);
    expect(r.corrected).toEqual([]);
    expect(r.rounds[0]?.round).toBe('1960');
    expect(r.rounds[0]?.concluded).toBe(elsewhere.state.status === 'concluded' ? 1 : 0);
  });
});
