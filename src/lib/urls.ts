import { DEFAULT_LOCALE, LOCALES, localePath, splitLocalePath, type Locale } from './i18n/locales.ts';
import * as PAGE_TYPES from './page-types.ts';
import { serializeSearchState, type Selected } from './search-state.ts';

/** Joins a root-relative site path onto a base path: `withBase('/notes-site', '/notes/x/')` → `/notes-site/notes/x/`. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** A path without the base path: `withoutBase('/notes-site', '/notes-site/notes/x/')` → `/notes/x/`. */
export function withoutBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed && path.startsWith(`${trimmed}/`) ? path.slice(trimmed.length) : path;
}

/**
 * The URL of the page at `pathname` (base path included) in every language: its twins, for the language switch and
 * the `hreflang` alternates. `/hi/notes/x/` → `{ en: '/notes/x/', hi: '/hi/notes/x/' }`.
 */
export function twinUrls(pathname: string): Record<Locale, string> {
  const { path } = splitLocalePath(withoutBase(import.meta.env.BASE_URL, pathname));
  return Object.fromEntries(LOCALES.map((locale) => [locale, url(path, locale)])) as Record<Locale, string>;
}

/**
 * Every internal URL of the site goes through here, so the site works under a base path and a page links within its
 * own language: `url('/notes/x/', 'hi')` → `/hi/notes/x/` (under the base path). The language is required, so a link
 * can never silently leave the reader's language.
 */
export function url(path: string, locale: Locale): string {
  return withBase(import.meta.env.BASE_URL, localePath(locale, path));
}

/** A file that is the same in every language (an icon, the manifest, the sitemap index), under the base path. */
export const assetUrl = (path: string) => withBase(import.meta.env.BASE_URL, path);

// The site paths come from the page-type registry (page-types.ts); these add the base path.
export const noteUrl = (id: string, locale: Locale) => url(PAGE_TYPES.note.href({ id }), locale);
export const topicUrl = (id: string, locale: Locale) => url(PAGE_TYPES.topic.href({ id }), locale);
export const topicPrintUrl = (id: string, locale: Locale) => url(PAGE_TYPES.topicBooklet.href({ id }), locale);
export const mainsUrl = (id: string, locale: Locale) => url(PAGE_TYPES.mains.href({ id }), locale);
/** The site path of a page of a question list: `/questions/`, `/questions/pyq/`, `/questions/pyq/page/2/`. */
export function questionListPath(facet: string | undefined, page = 1): string {
  const { questions, questionsPage, questionFacet, questionFacetPage } = PAGE_TYPES;
  if (page === 1) return facet ? questionFacet.href({ facet }) : questions.href();
  return facet ? questionFacetPage.href({ facet, page }) : questionsPage.href({ page });
}

/** A page of /questions/ or of one of its filters (facet slugs): page 1 is the list's own URL. */
export const questionsUrl = (locale: Locale, facet?: string, page = 1) => url(questionListPath(facet, page), locale);
/** `/revision/`, or one topic's revision sheet `/revision/<topic>/`. */
export const revisionUrl = (locale: Locale, topic?: string) =>
  url(topic ? PAGE_TYPES.revisionTopic.href({ id: topic }) : PAGE_TYPES.revision.href(), locale);
/** `/pdf/<id>.pdf`: a file `npm run pdf` made (pdf-targets.ts), not a page. */
/**
 * The file name (without `.pdf`) of a PDF in a language: `defence-and-security` in English, `defence-and-security.hi`
 * in Hindi. PDFs are files, not pages: every language's sit together under /pdf/.
 */
export const pdfFileId = (id: string, locale: Locale): string => (locale === DEFAULT_LOCALE ? id : `${id}.${locale}`);
export const pdfUrl = (id: string, locale: Locale) => assetUrl(`/pdf/${pdfFileId(id, locale)}.pdf`);

/** What a link into the search page asks for: a query and filter values (ids). */
export type SearchState = { q?: string } & Selected;

/** `/search/?q=…&topic=a&topic=b`: the search page's own URL format (search-state.ts), under the base path. */
export function searchUrl(state: SearchState, locale: Locale): string {
  const { q = '', ...filters } = state;
  return url(`${PAGE_TYPES.search.href()}${serializeSearchState({ q, filters })}`, locale);
}
