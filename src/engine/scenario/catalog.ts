/**
 * The round index (scenarios/index.yaml): the cards the menu shows before a
 * round's own file is loaded, and the list of play modes.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { err, ok, type Result } from '../result';

const SideCard = z.strictObject({ name: z.string().min(1), delegation: z.string().min(1) });

export const Catalog = z.strictObject({
  rounds: z
    .array(
      z.strictObject({
        id: z.string().regex(/^(\d{4}|practice)$/),
        file: z.string().regex(/^(\d{4}|practice)\.yaml$/),
        title: z.string().min(1),
        date: z.string().min(1),
        place: z.string().min(1),
        table: z.string().min(1),
        stake: z.string().min(1),
        /** What each side is called in this round's year, as the menu says it ("Japan", "the Soviet Union", "Russia"), and whose delegation it is. */
        sides: z.strictObject({ japan: SideCard, russia: SideCard }),
      }),
    )
    .min(1),
  modes: z.array(z.strictObject({ id: z.string().min(1), label: z.string().min(1), description: z.string().min(1) })).min(1),
});
export type Catalog = z.output<typeof Catalog>;

export function parseCatalog(text: string, file = 'scenarios/index.yaml'): Result<Catalog, string> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return err(`${file}: ${(e as Error).message}`);
  }
  const r = Catalog.safeParse(data);
  if (!r.success) return err(r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  return ok(r.data);
}
