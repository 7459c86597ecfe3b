// Which built files the service worker downloads on install. The app shell and the whole search index always go in
// (so search works offline, results included); pages follow by priority while they fit the page budget; the rest
// are cached when first viewed.
import { DEFAULT_LOCALE, LOCALES, splitLocalePath, type Locale } from '../i18n/locales.ts';
import { pathOf } from '../page-type.ts';
import { matchPage } from '../site-urls.ts';

/** A file of the built site: its path from the site root (`notes/x/index.html`), size and content hash. */
export interface OutputFile {
  path: string;
  bytes: number;
  hash: string;
}

/**
 * Bytes of pages (uncompressed, as stored) a first visit precaches in one language, on top of the shell and that
 * language's search index. English: the required pages alone (menu, notes, every page a note links to) are about
 * 3.1 MB for the 12 notes; 3.2 MB leaves room for a few optional ones without letting a first visit on mobile data
 * grow unchecked. Hindi: Devanagari takes three bytes a character where Latin takes one, so the same pages are
 * about 4.85 MB stored (1.52 × the English) but only 1.27 × the English over the wire (gzip: 1.76 MB against
 * 1.39 MB, measured on this build); 5.0 MB is the English allowance scaled by the stored ratio. A reader of one
 * language never downloads the other's.
 */
export const PRECACHE_BUDGET_BYTES: Readonly<Record<Locale, number>> = { en: 3_200_000, hi: 5_000_000 };
/**
 * Pages of this rank or lower are always precached, budget or not: the menu's sections (practice, progress, the
 * topic, question and syllabus indexes), so every menu entry opens offline after one visit.
 */
export const MENU_RANK = 3;
/**
 * Pages of rank MENU_RANK + 1 to this one are what notes need offline: every note and every page a note links to
 * (topics, mains), so a reader who opened the site once can follow any link. They go first into the budget; on a set
 * so large that they alone exceed it (about 47 MB at 1,000 notes) a first visit stops at the budget, the build says
 * so, and the rest is saved by "Save everything for offline" or when first viewed.
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

const PDF = /^pdf\/[^/]+\.pdf$/;
/**
 * Whether "Save everything for offline" saves a file no first visit does: what a reader prints (a page whose type
 * has a PDF: the booklets) and the PDFs themselves. Everything else a first visit skips is either deferred by the
 * budget (and saved too) or never worth keeping (the service worker, sitemaps, the 404 page, the RSS feed).
 */
export const savedOnRequest = (path: string): boolean =>
  PDF.test(path) || (rank(path) === null && matchPage(pathOf(path))?.type.pdf !== undefined);

/** The URL a file is requested by, relative to the site root: `notes/x/index.html` → `notes/x/`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The language a built file belongs to: a page under /hi/ is Hindi, a page at the root English, and Pagefind's
 * per-language files (`pagefind/index/hi-in_….pf_index`, `wasm.hi-in.pagefind`) go with theirs. Undefined for what
 * every language shares (scripts, styles, fonts, icons, Pagefind's core).
 */
export function languageOf(path: string): Locale | undefined {
  // A PDF's language is in its name (urls.ts pdfFileId): booklet.pdf, booklet.hi.pdf.
  if (PDF.test(path)) return LOCALES.find((locale) => path.endsWith(`.${locale}.pdf`)) ?? DEFAULT_LOCALE;
  const pagefind = /^pagefind\/(?:.*\/)?(?:[^/]*[._])?([a-z]{2})-[a-z]+[._][^/]*$/.exec(path);
  if (pagefind) return LOCALES.find((locale) => locale === pagefind[1]);
  if (/^(?:_astro|pagefind|icons)\/|^(?:favicon\.svg|manifest\.json)$/.test(path)) return undefined;
  return splitLocalePath(`/${path}`).locale;
}

/** One language's share of the plan: its pages and search index. */
export interface LanguagePlan {
  /** URLs relative to the site root, fetched when a reader first opens a page in this language. */
  precache: string[];
  /** Bytes of those files, uncompressed. */
  bytes: number;
  /** Of those, bytes of pages (what the budget limits). */
  pageBytes: number;
  /** Pages left to be cached when first viewed, because the budget was spent. */
  deferred: number;
  /** Bytes of the pages notes need offline (rank 2 to REQUIRED_RANK), precached or not. */
  requiredBytes: number;
  /** URLs "Save everything for offline" adds: the pages the budget deferred, the booklets and the PDFs. */
  later: string[];
  /** Bytes of those files, uncompressed. */
  laterBytes: number;
}

/**
 * What the service worker reads: the build's version, what every language shares (fetched on install) and each
 * language's own list, fetched for the languages the reader opens.
 */
export interface PrecachePlan {
  version: string;
  /** Each language's page budget. */
  budget: Readonly<Record<Locale, number>>;
  /** URLs every language shares, relative to the site root, fetched on install. */
  precache: string[];
  /** Each language's pages and search index. */
  languages: Record<Locale, LanguagePlan>;
  /** Bytes of the shared files, uncompressed. */
  bytes: number;
  /** Of those, bytes of pages (none: every page belongs to a language). */
  pageBytes: number;
  /** Shared pages left for first view (none). */
  deferred: number;
  /** Bytes of required shared pages (none). */
  requiredBytes: number;
  /** Shared files "Save everything" adds (the fonts a first visit leaves for the page that uses them). */
  later: string[];
  /** Bytes of those files, uncompressed. */
  laterBytes: number;
}

/**
 * Chooses the precache lists: what every language shares (the shell) always; for each language its search index
 * and menu pages always, then its other pages by rank then path (the pages notes need first) while they fit that
 * language's budget.
 */
export function planPrecache(
  files: readonly OutputFile[],
  version: string,
  budget = PRECACHE_BUDGET_BYTES,
): PrecachePlan {
  const shared = choose(
    files.filter((file) => languageOf(file.path) === undefined),
    0,
  );
  const languages = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      choose(
        files.filter((file) => languageOf(file.path) === locale),
        budget[locale],
      ),
    ]),
  ) as Record<Locale, LanguagePlan>;
  return { version, budget, ...shared, languages };
}

/**
 * The files of one list worth precaching, ranked, within `budget` bytes of optional pages; and what "Save
 * everything" adds (the deferred pages, then what is saved only on request), in the same order.
 */
function choose(files: readonly OutputFile[], budget: number): LanguagePlan {
  const byPath = (a: OutputFile, b: OutputFile) => a.path.localeCompare(b.path);
  const ranked = files
    .map((file) => ({ file, rank: rank(file.path) }))
    .filter((item): item is { file: OutputFile; rank: number } => item.rank !== null)
    .sort((a, b) => a.rank - b.rank || byPath(a.file, b.file));
  const plan: LanguagePlan = {
    precache: [],
    bytes: 0,
    pageBytes: 0,
    deferred: 0,
    requiredBytes: 0,
    later: [],
    laterBytes: 0,
  };
  const later = (file: OutputFile) => {
    plan.later.push(urlOf(file.path));
    plan.laterBytes += file.bytes;
  };
  for (const { file, rank: r } of ranked) {
    const page = r > 1;
    if (page && r <= REQUIRED_RANK) plan.requiredBytes += file.bytes;
    if (page && r > MENU_RANK && plan.pageBytes + file.bytes > budget) {
      plan.deferred += 1;
      later(file);
      continue;
    }
    plan.precache.push(urlOf(file.path));
    plan.bytes += file.bytes;
    if (page) plan.pageBytes += file.bytes;
  }
  files
    .filter((file) => savedOnRequest(file.path))
    .sort(byPath)
    .forEach(later);
  return plan;
}

/**
 * The build's version: a digest of every precached file's path and hash, so an identical rebuild changes nothing.
 * What is saved only on request is left out: a booklet changes with its notes, and a PDF made again of the same
 * note differs in its timestamps alone, which must not offer readers an update.
 */
export const versionInput = (files: readonly OutputFile[]) =>
  [...files]
    .filter((file) => rank(file.path) !== null)
    .map((file) => `${file.path}:${file.hash}`)
    .sort()
    .join('\n');
