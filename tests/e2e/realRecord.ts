// The real record on the outcome screen, read as a student reads it: the
// real-document column and "What happened next" must hold the round's record
// data — when and where (and whether it was a meeting or an exchange of
// notes), who signed or sent what, each island (saying so when not named),
// what became of the document and the other side's answer.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Scenario } from '../../src/engine/scenario/schema';
import { dateRange } from '../../src/ui/format';

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

export async function expectRealRecord(page: Page, s: Scenario): Promise<void> {
  const facts = s.record.facts;
  if (!facts) throw new Error(`round ${s.id} has no record facts`);
  const column = squash((await page.$$eval('[data-testid="record-comparison"] tbody tr td:nth-of-type(2)', (tds) => tds.map((td) => td.textContent ?? ''))).join(' '));
  const next = squash(await page.$eval('section[aria-labelledby="next-h"]', (el) => el.textContent ?? ''));
  const screen = `${column} ${next}`;
  for (const c of s.record.clauses) expect(column, `${s.id}: record clause ${c.id} in the real-document column`).toContain(squash(c.text.en));
  const wanted: [string, string][] = [
    ['date and place', `${dateRange(facts.date, facts.date)} · ${facts.place.en}`],
    ['who signed or sent what', facts.parties.en],
    ['what became of it', facts.fate.en],
    ["the other side's answer", facts.answer.en],
    ...Object.entries(facts.islands).map(([id, i]): [string, string] => [id, i.text.en]),
  ];
  for (const [what, text] of wanted) expect(screen, `${s.id}: ${what}`).toContain(squash(text));
  for (const [id, i] of Object.entries(facts.islands)) {
    const term = await page.$eval(`[data-fact="island-${id}"]`, (dd) => dd.previousElementSibling?.textContent ?? '');
    expect(term.includes('(not named)'), `${s.id}: ${id} marked as not named`).toBe(!i.named);
  }
  expect(await page.$eval('[data-testid="real-record"]', (el) => el.getAttribute('data-form'))).toBe(facts.form);
  if (facts.form === 'notes') expect(next).toContain('An exchange of notes, not a meeting');
}
