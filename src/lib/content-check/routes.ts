import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesBelow } from '../../build/files.ts';
import type { Question } from '../../schemas/question.ts';
import type { Note } from '../../schemas/note.ts';
import type { RouteContent } from '../site-urls.ts';
import type { ContentSet } from './read.ts';

/** The site's route folder. */
export const PAGES_DIR = fileURLToPath(new URL('../../pages/', import.meta.url));

/** Every route file under src/pages, relative to it: `notes/[id].astro`. */
export function routeFiles(dir = PAGES_DIR): string[] {
  return filesBelow(dir)
    .map((file) => relative(dir, file).split(sep).join('/'))
    .filter((file) => /\.(astro|md|mdx|ts|js)$/.test(file) && !/(^|\/)_/.test(file))
    .sort();
}

/**
 * What the routes are built from, read from the content set as src/data/site.ts reads it from Astro: published
 * notes (or every note, `withDrafts`), and the questions those notes list.
 */
export function routeContent(content: ContentSet, withDrafts = false): RouteContent {
  const notes = [...content.entries.notes.values()].filter(
    (entry) => withDrafts || !(entry.data as Note | undefined)?.draft,
  );
  const listed = new Set(notes.flatMap((entry) => (entry.data as Note | undefined)?.questions ?? []));
  return {
    notes: notes.map((entry) => entry.id),
    topics: [...content.entries.topics.keys()],
    mains: [...content.entries.mains.keys()],
    questions: [...content.entries.questions.values()].flatMap((entry) =>
      listed.has(entry.id) && entry.data ? [{ id: entry.id, data: entry.data as Question }] : [],
    ),
  };
}
