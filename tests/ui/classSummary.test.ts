// The class results page's summary machine (src/ui/classSummary.ts) with a
// summariser the test answers by hand: a slow summary of the first batch
// that settles after the second batch's never shows, nor one settling after
// Clear; a failure is shown; files accumulate across batches.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { summaryMachine } from '../../src/ui/classSummary';

const settle = () => new Promise((r) => setTimeout(r, 0));

function page() {
  const asked: { files: readonly string[]; resolve: (s: string) => void; reject: (e: unknown) => void }[] = [];
  const shown: string[] = [];
  const actor = createActor(
    summaryMachine<string, string>({
      summarise: (files) => new Promise((resolve, reject) => asked.push({ files, resolve, reject })),
      showEmpty: () => shown.push('empty'),
      show: (s) => shown.push(s),
      showError: (e) => shown.push(`error: ${(e as Error).message}`),
    }),
  ).start();
  return { actor, asked, shown };
}

describe('the class results summary', () => {
  it('shows only the newest summary: a slower, older one that settles later is dropped', async () => {
    const p = page();
    expect(p.shown).toEqual(['empty']);
    p.actor.send({ type: 'add', files: ['a.json', 'b.json'] });
    p.actor.send({ type: 'add', files: ['c.json'] });
    expect(p.asked.map((a) => a.files)).toEqual([['a.json', 'b.json'], ['a.json', 'b.json', 'c.json']]);
    p.asked[1]!.resolve('3 files');
    await settle();
    p.asked[0]!.resolve('2 files');
    await settle();
    expect(p.shown).toEqual(['empty', '3 files']);
    expect(p.actor.getSnapshot().value).toBe('shown');
  });

  it('drops a summary under way when the files are cleared, and says a failure', async () => {
    const p = page();
    p.actor.send({ type: 'add', files: ['a.json'] });
    p.actor.send({ type: 'clear' });
    p.asked[0]!.resolve('1 file');
    await settle();
    expect(p.shown).toEqual(['empty', 'empty']);
    p.actor.send({ type: 'add', files: [] });
    expect(p.asked).toHaveLength(1);
    p.actor.send({ type: 'add', files: ['b.json'] });
    expect(p.asked[1]!.files).toEqual(['b.json']);
    p.asked[1]!.reject(new Error('the rounds did not load'));
    await settle();
    expect(p.shown).toEqual(['empty', 'empty', 'error: the rounds did not load']);
    expect(p.actor.getSnapshot().value).toBe('failed');
  });
});
