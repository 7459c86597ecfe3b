import { NOTES_PER_DECK, QUESTIONS_PER_BANK } from './constants.ts';
import { bankPath, deckPath, pageNumbers } from './practice/banks.ts';
import { questionListPages, questionListPath, type QuestionListPage } from './questions.ts';
import { isMcqKind, type Question } from '../schemas/question.ts';

/**
 * The one model of this site's URLs. Static pages come straight from the route files in src/pages (a new
 * `glossary.astro` is a new page here with no change); a dynamic route says below which content its pages are made
 * from, with the same data and functions its getStaticPaths uses. Both the editor-time link check (npm run check)
 * and the post-build check use it, and the post-build check fails when the built pages and this model disagree.
 */

/** What the routes are built from: published notes, and only the questions those notes list. */
export interface RouteContent {
  notes: readonly string[];
  topics: readonly string[];
  mains: readonly string[];
  questions: readonly { id: string; data: Question }[];
}

/** One page: its site path (base path not included) and the content file it is made from, if one. */
export interface SitePage {
  path: string;
  /** `notes/x`: collection and id of the entry the page renders. */
  source?: string;
}

const entries = (collection: string, ids: readonly string[], path: (id: string) => string): SitePage[] =>
  ids.map((id) => ({ path: path(id), source: `${collection}/${id}` }));

/** The pages of the question lists that `keep` selects (a facet's page 1, later pages of every question, …). */
const questionLists = (c: RouteContent, keep: (list: QuestionListPage<unknown>) => boolean): SitePage[] =>
  questionListPages(c.questions)
    .filter(keep)
    .map((list) => ({ path: questionListPath(list.facet?.slug, list.page) }));

/** The pages of each dynamic route, by its pattern (as routePattern() writes it). Add one line per new route. */
export const DYNAMIC_ROUTES: Record<string, (content: RouteContent) => SitePage[]> = {
  '/notes/[id]/': (c) => entries('notes', c.notes, (id) => `/notes/${id}/`),
  '/topics/[id]/': (c) => entries('topics', c.topics, (id) => `/topics/${id}/`),
  '/topics/[id]/print/': (c) => c.topics.map((id) => ({ path: `/topics/${id}/print/` })),
  '/revision/[id]/': (c) => c.topics.map((id) => ({ path: `/revision/${id}/` })),
  '/mains/[id]/': (c) => entries('mains', c.mains, (id) => `/mains/${id}/`),
  '/questions/[facet]/': (c) => questionLists(c, (list) => list.facet !== undefined && list.page === 1),
  '/questions/page/[page]/': (c) => questionLists(c, (list) => list.facet === undefined && list.page > 1),
  '/questions/[facet]/page/[page]/': (c) => questionLists(c, (list) => list.facet !== undefined && list.page > 1),
  '/questions/q/[id]/': (c) =>
    entries(
      'questions',
      c.questions.map((q) => q.id),
      (id) => `/questions/q/${id}/`,
    ),
  '/practice/questions/[n]/': (c) =>
    pageNumbers(c.questions.filter((q) => isMcqKind(q.data.kind)).length, QUESTIONS_PER_BANK).map((n) => ({
      path: bankPath(n),
    })),
  // Every published note has at least one quick-revision line, so every note has cards.
  '/practice/cards/[n]/': (c) => pageNumbers(c.notes.length, NOTES_PER_DECK).map((n) => ({ path: deckPath(n) })),
};

/**
 * Routes whose pages depend on rendered sizes, which content alone cannot tell: a booklet too big for one page is
 * split into parts (src/lib/booklets.ts). A built page matching one of these is part of the site.
 */
export const SIZED_ROUTES: Record<string, RegExp> = {
  '/topics/[id]/print/[part]/': /^\/topics\/[^/]+\/print\/\d+\/$/,
};

/** Whether a built page belongs to a sized route (a booklet part). */
export const isSizedPage = (path: string): boolean => Object.values(SIZED_ROUTES).some((re) => re.test(path));

/**
 * The URL pattern of a route file under src/pages, as Astro builds it with `trailingSlash: 'always'` and
 * directory format: `notes/[id].astro` → `/notes/[id]/`, `topics/index.astro` → `/topics/`,
 * `rss.xml.ts` → `/rss.xml`, `404.astro` → `/404.html`.
 */
export function routePattern(file: string): string {
  const path = file.replace(/\.(astro|md|mdx|ts|js)$/, '').replace(/(^|\/)index$/, '');
  if (path === '404') return '/404.html';
  if (/\.[a-z]+$/.test(path)) return `/${path}`;
  return path === '' ? '/' : `/${path}/`;
}

/** Every page the route files build from `content`; `unmodelled` lists dynamic routes missing from DYNAMIC_ROUTES. */
export function sitePages(
  routeFiles: readonly string[],
  content: RouteContent,
): { pages: SitePage[]; unmodelled: string[] } {
  const pages: SitePage[] = [];
  const unmodelled: string[] = [];
  for (const file of routeFiles) {
    const pattern = routePattern(file);
    if (!pattern.includes('[')) pages.push({ path: pattern });
    else if (DYNAMIC_ROUTES[pattern]) pages.push(...DYNAMIC_ROUTES[pattern](content));
    else if (!SIZED_ROUTES[pattern]) unmodelled.push(file);
  }
  return { pages, unmodelled };
}
