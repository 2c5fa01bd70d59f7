/**
 * The source index (scenarios/sources/index.yaml): parsing it into a library
 * of documents, given a way to read each document's text. Pure: the caller
 * (CLI under node, loader in the browser) supplies the file contents.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { SourceDocument, SourceLibrary } from './citations';

const SourceIndex = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        file: z.string().min(1),
        title: z.string().min(1),
        publisher: z.string().min(1),
        date: z.string().min(4),
        origin: z.string().min(1),
        contains: z.array(z.string()).default([]),
      }),
    )
    .min(1),
});
export type SourceIndex = z.output<typeof SourceIndex>;

export function parseSourceIndex(text: string): Result<SourceIndex, string> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return err(`sources/index.yaml: ${(e as Error).message}`);
  }
  const r = SourceIndex.safeParse(data);
  if (!r.success) return err(`sources/index.yaml: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return ok(r.data);
}

/** Build the library from the index and the documents' texts (by file name). */
export function buildLibrary(index: SourceIndex, texts: Readonly<Record<string, string>>): Result<SourceLibrary, string> {
  const lib: Record<string, SourceDocument> = {};
  for (const s of index.sources) {
    const text = texts[s.file];
    if (text === undefined) return err(`sources/index.yaml: source "${s.id}" names file ${s.file}, which is missing`);
    lib[s.id] = { id: s.id, title: s.title, publisher: s.publisher, date: s.date, file: s.file, origin: s.origin, text };
  }
  return ok(lib);
}
