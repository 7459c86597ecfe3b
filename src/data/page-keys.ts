import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { collections } from '../content.config.ts';
import { pdfSourceDir } from '../lib/pdf-targets.ts';
import { readingMinutes } from '../lib/reading.ts';
import { bodyWords } from '../markdown/cached-glob.ts';

/**
 * Every collection, so a page key covers them all; a collection added to content.config.ts and not listed here is
 * a type error, never a stale page.
 */
const COLLECTIONS: Record<keyof typeof collections, true> = {
  notes: true,
  topics: true,
  mains: true,
  questions: true,
  syllabus: true,
  publications: true,
  glossary: true,
  maps: true,
  hiNotes: true,
  hiTopics: true,
  hiMains: true,
  hiQuestions: true,
  hiMaps: true,
};

type Entry = CollectionEntry<keyof typeof collections>;

/** Keys for Astro's incremental build: a page is rendered again only when its key changes. */
export interface PageKeys {
  /** What any page may show: every entry's data (note bodies aside) and which PDFs exist. */
  shared: string;
  /** A page that also shows these notes' bodies (a note page, a booklet): their digests cover the bodies. */
  withBodies(notes: readonly { digest?: string | number | undefined }[]): string;
}

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url');
};

let cached: Promise<PageKeys> | undefined;

/**
 * Page keys for this build, computed once. They are deliberately coarse: any change to any entry's data (a title,
 * a tag, a question) changes every page's key, because lists, related notes and counts show other entries' data;
 * only a change to a note's body stays local to the pages that print that body. Template and library code are
 * covered by Astro itself (the route's module graph hash), rendered Markdown by its content-entry hashes.
 */
export function getPageKeys(): Promise<PageKeys> {
  cached ??= (async () => {
    const names = Object.keys(COLLECTIONS) as (keyof typeof collections)[];
    const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat() as Entry[];
    // Other pages show a note's body only as its reading time (note cards, related notes).
    const minutes = (e: Entry) => ('rendered' in e && e.rendered ? readingMinutes(bodyWords(e)) : '');
    const data = entries.map((e) => `${e.collection}/${e.id}:${JSON.stringify(e.data)}:${minutes(e)}`);
    const pdfs = existsSync(pdfSourceDir()) ? readdirSync(pdfSourceDir()).sort() : [];
    const shared = hash(...data.sort(), ...pdfs);
    return { shared, withBodies: (notes) => hash(shared, ...notes.map((n) => String(n.digest ?? ''))) };
  })();
  return cached;
}
