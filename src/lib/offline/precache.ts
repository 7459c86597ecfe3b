// Which built files the service worker downloads on install. The app shell and the whole search index always go in
// (so search works offline, results included); pages follow by priority while they fit the page budget; the rest
// are cached when first viewed.
import { pathOf } from '../page-type.ts';
import { matchPage } from '../site-urls.ts';

/** A file of the built site: its path from the site root (`notes/x/index.html`), size and content hash. */
export interface OutputFile {
  path: string;
  bytes: number;
  hash: string;
}

/**
 * Bytes of pages (uncompressed, as stored) a first visit precaches on top of the app shell and search index. The
 * required pages alone (menu, notes, every page a note links to) are about 3.05 MB for the 12 notes; 3.2 MB leaves
 * room for a few optional ones (revision sheets, question pages) without letting a first visit on mobile data grow
 * unchecked. The Hindi edition will need a budget per language.
 */
export const PRECACHE_BUDGET_BYTES = 3_200_000;
/**
 * Pages of this rank or lower are always precached, budget or not: the menu's sections, every note and every page a
 * note links to (topics, mains), so a reader who opened the site once can follow any link offline. They count
 * towards the budget; the build reports when they alone exceed it.
 */
export const REQUIRED_RANK = 5;
/** The file listing what to precache, at the site root. */
export const PRECACHE_MANIFEST = 'sw-precache.json';
/** The service worker script, at the site root (a static file in public/). */
export const SERVICE_WORKER = 'sw.js';

/**
 * Ranks of the files no route makes, lowest first: 0 and 1 (shell, search index) are always precached, null never.
 * A page's rank is its page type's (`precache` in src/lib/page-types.ts).
 */
const RULES: [RegExp, number | null][] = [
  [/^(?:sw\.js|sw-precache\.json|sitemap[^/]*\.xml)$|^pdf\//, null],
  // Pagefind ships UI bundles this site does not use; its search core, worker, WebAssembly and index stay.
  [/^pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/, null],
  // Fonts (src/styles/fonts.css): Latin, Devanagari and the symbols are the shell; latin-ext (an accented name such
  // as Tōdai-ji, on a page or two) is 120-250 kB for a glyph or two, so it waits with the other pages and is otherwise
  // cached where a page first uses it.
  [/^_astro\/[^/]*-latin-ext-[^/]*\.woff2$/, 7],
  [/^(?:_astro\/|icons\/|favicon\.svg$|manifest\.json$)/, 0],
  // The search index: Pagefind's files (the search page's best bets and vocabulary are page types of rank 1).
  [/^pagefind\//, 1],
];

/** Priority of a built file, or null when it is never precached. */
export function rank(path: string): number | null {
  for (const [pattern, value] of RULES) if (pattern.test(path)) return value;
  return matchPage(pathOf(path))?.type.precache ?? null;
}

/** The URL a file is requested by, relative to the site root: `notes/x/index.html` → `notes/x/`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** What the service worker reads: the build's version, the URLs to precache, and what was left for first view. */
export interface PrecachePlan {
  version: string;
  budget: number;
  /** URLs relative to the site root, fetched on install. */
  precache: string[];
  /** Bytes of the precached files, uncompressed. */
  bytes: number;
  /** Of those, bytes of pages (what the budget limits). */
  pageBytes: number;
  /** Pages left to be cached when first viewed, because the budget was spent. */
  deferred: number;
  /** Bytes of the required pages (rank 2 to REQUIRED_RANK), which are precached even over the budget. */
  requiredBytes: number;
}

/**
 * Chooses the precache list: shell, search index and the required pages always; the other pages by rank then path
 * while they fit the budget.
 */
export function planPrecache(
  files: readonly OutputFile[],
  version: string,
  budget = PRECACHE_BUDGET_BYTES,
): PrecachePlan {
  const ranked = files
    .map((file) => ({ file, rank: rank(file.path) }))
    .filter((item): item is { file: OutputFile; rank: number } => item.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.file.path.localeCompare(b.file.path));
  const precache: string[] = [];
  let bytes = 0;
  let pageBytes = 0;
  let deferred = 0;
  let requiredBytes = 0;
  for (const { file, rank: r } of ranked) {
    const page = r > 1;
    if (page && r > REQUIRED_RANK && pageBytes + file.bytes > budget) {
      deferred += 1;
      continue;
    }
    precache.push(urlOf(file.path));
    bytes += file.bytes;
    if (page) pageBytes += file.bytes;
    if (page && r <= REQUIRED_RANK) requiredBytes += file.bytes;
  }
  return { version, budget, precache, bytes, pageBytes, deferred, requiredBytes };
}

/** The build's version: a digest of every listed file's path and hash, so an identical rebuild changes nothing. */
export const versionInput = (files: readonly OutputFile[]) =>
  [...files]
    .filter((file) => rank(file.path) !== null)
    .map((file) => `${file.path}:${file.hash}`)
    .sort()
    .join('\n');
