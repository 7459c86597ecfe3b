/**
 * The page-type registry: one entry for each route file under src/pages, saying everything about that kind of page
 * except how it looks (its layout). Derived from it, and nowhere else written down:
 * - URLs: each type's `href()`, and through it the builders in urls.ts, practice/links.ts, practice/banks.ts,
 *   booklets.ts and nav.ts;
 * - the URL model the build is checked against (site-urls.ts), from each dynamic type's `pages()`, which the route's
 *   getStaticPaths() uses too;
 * - what Pagefind indexes (pagefind-glob.ts), what the service worker precaches first (offline/precache.ts), which
 *   pages `npm run pdf` prints (pdf-targets.ts), and the browser tests' page list (tests/e2e/support/fixtures.ts).
 *
 * Adding a page type is one entry here, one route file (its pattern is the file's path, as routePattern() in
 * site-urls.ts writes it) and one layout. A unit test fails while a route file and the registry disagree.
 */
import { NOTES_PER_DECK, QUESTIONS_PER_BANK } from './constants.ts';
import { pagedPattern } from './paging.ts';
import { paginate } from './practice/bank-pages.ts';
import { questionListPages } from './questions.ts';
import { isMcqKind, type Question } from '../schemas/question.ts';

/** The names in a pattern's brackets: `/questions/[facet]/page/[page]/` → `facet` | `page`. */
type ParamName<P extends string> = P extends `${string}[${infer N}]${infer R}` ? N | ParamName<R> : never;

/** Params with these names are page numbers (1, 2, …); every other param is an id or slug. */
const NUMBER_PARAMS: readonly string[] = ['n', 'page', 'part'];
type NumberParam = 'n' | 'page' | 'part';

/** What a page of pattern `P` needs to be named: `{ id: string }` for `/notes/[id]/`, nothing for `/glossary/`. */
export type Params<P extends string> = { [K in ParamName<P>]: K extends NumberParam ? number : string };

/** The site path (base path not included) of a page of pattern `P`. */
export type Href<P extends string> = [ParamName<P>] extends [never] ? () => string : (params: Params<P>) => string;

/** A content entry as both Astro (src/data/site.ts) and the content checker (routeContent) hold it. */
export interface Entry {
  id: string;
}

/** A question entry: its id and frontmatter. */
export interface QuestionLike extends Entry {
  data: Question;
}

/**
 * What the site's pages are made from: published notes, topics, mains topics and the questions the notes list.
 * src/data/site.ts's SiteData is one (routes pass it and get its entries back as each page's `data`); the URL model
 * passes what the content checker read.
 */
export interface PageContent {
  notes: readonly Entry[];
  topics: readonly Entry[];
  mains: readonly Entry[];
  questions: readonly QuestionLike[];
}

/** One page of a dynamic type: its params, and what its route renders it from. */
export interface Page<P extends string, D = unknown> {
  params: Params<P>;
  data: D;
}

/** A collection whose entry a page renders, so a broken link on the page is reported at its line in that file. */
type Source = 'notes' | 'topics' | 'mains' | 'questions';

type Pages<P extends string> = (content: PageContent) => readonly Page<P>[];

/** How an entry is declared; `pageType()` adds what is derived from it. */
interface PageTypeSpec<P extends string, F, S> {
  /** The route's URL pattern, as routePattern() writes its file's path: `notes/[id].astro` → `/notes/[id]/`. */
  pattern: P;
  /** A dynamic type's pages for a content set (a static type has one page, at its pattern). */
  pages?: F;
  /**
   * A dynamic type whose pages depend on rendered sizes, which content alone cannot tell (a booklet too big for one
   * page is split into parts): it has no `pages()`, and a built page matching it is part of the site.
   */
  sized?: true;
  /** The collection whose entry (params.id) each page renders. */
  source?: Source;
  /** Whether Pagefind indexes these pages (a page with no searchable body, or one repeating others, is left out). */
  indexed?: true;
  /**
   * When the service worker downloads these pages, lowest first: 0 with the app shell and 1 with the search index
   * (both always), 2 and up in turn while they fit the page budget (src/lib/offline/precache.ts), null never.
   */
  precache: number | null;
  /** The PDF `npm run pdf` prints each page to: its file name under pdf/ (no extension) and its progress label. */
  pdf?: (params: Params<P>) => { id: string; label: string };
  /** Pages of the real content the browser tests open, by name (tests/e2e/support/fixtures.ts PAGE_TYPES). */
  samples?: (href: Href<P>) => S;
}

/** A registry entry: what was declared, its `href()`, and its params read back from a site path. */
export type PageType<P extends string = string, F = unknown, S = unknown> = Omit<PageTypeSpec<P, F, S>, 'pages'> & {
  pages: F;
  href: Href<P>;
  /** Whether the pattern has params (a static type makes exactly one page). */
  dynamic: boolean;
  /** The params of the page at site path `path`, or undefined when it is not a page of this type. */
  match: (path: string) => Params<P> | undefined;
};

const PARAM = /\[([^\]]+)\]/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pageType<
  const P extends string,
  F extends Pages<P> | undefined = undefined,
  S extends Record<string, string> = Record<never, string>,
>(spec: PageTypeSpec<P, F, S>): PageType<P, F, S> {
  const { pattern } = spec;
  const names = [...pattern.matchAll(PARAM)].map((m) => m[1] ?? '');
  const href = (params: Record<string, string | number> = {}) =>
    pattern.replace(PARAM, (_, name: string) => {
      const value = params[name];
      if (value === undefined || value === '') throw new RangeError(`${pattern} needs a value for [${name}]`);
      return String(value);
    });
  let re: RegExp | undefined;
  const match = (path: string) => {
    re ??= new RegExp(
      `^${pattern
        .split(PARAM)
        .map((part, i) => (i % 2 === 0 ? escapeRegExp(part) : NUMBER_PARAMS.includes(part) ? '([1-9]\\d*)' : '([^/]+)'))
        .join('')}$`,
    );
    const found = re.exec(path);
    if (!found) return undefined;
    return Object.fromEntries(
      names.map((name, i) => [name, NUMBER_PARAMS.includes(name) ? Number(found[i + 1]) : (found[i + 1] ?? '')]),
    ) as Params<P>;
  };
  return { ...spec, pages: spec.pages as F, href: href as Href<P>, dynamic: names.length > 0, match };
}

/** One page per entry, named by its id, with the entry as the page's data. */
const byId = <E extends Entry>(entries: readonly E[]) =>
  entries.map((entry) => ({ params: { id: entry.id }, data: entry }));

/**
 * Every page type, in the order of the URL table in DESIGN.md. The order is also the order of Pagefind's glob and of
 * the PDF list. Samples name real content: the browser tests run against the real build.
 */
export const PAGE_TYPES = {
  home: pageType({ pattern: '/', precache: 0, samples: (href) => ({ home: href() }) }),
  note: pageType({
    pattern: '/notes/[id]/',
    pages: <N extends Entry>(c: { notes: readonly N[] }) => byId(c.notes),
    source: 'notes',
    indexed: true,
    precache: 4,
    pdf: ({ id }) => ({ id, label: `note ${id}` }),
    samples: (href) => ({
      note: href({ id: 'defence-and-security' }),
      hub: href({ id: 'india-japan-relations-overview' }),
    }),
  }),
  topics: pageType({ pattern: '/topics/', precache: 7, samples: (href) => ({ topics: href() }) }),
  topic: pageType({
    pattern: '/topics/[id]/',
    pages: <T extends Entry>(c: { topics: readonly T[] }) => byId(c.topics),
    source: 'topics',
    indexed: true,
    // A topic page and its revision sheet are the densest study material per byte.
    precache: 5,
    samples: (href) => ({ topic: href({ id: 'jimex' }) }),
  }),
  // Booklets are the largest pages of the site: never precached, never indexed.
  topicBooklet: pageType({
    pattern: '/topics/[id]/print/',
    pages: <T extends Entry>(c: { topics: readonly T[] }) => byId(c.topics),
    precache: null,
    pdf: ({ id }) => ({ id: `topic-${id}`, label: `topic booklet ${id}` }),
    samples: (href) => ({ topicBooklet: href({ id: 'jimex' }) }),
  }),
  topicBookletPart: pageType({
    pattern: '/topics/[id]/print/[part]/',
    sized: true,
    precache: 7,
    pdf: ({ id, part }) => ({ id: `topic-${id}-${part}`, label: `topic booklet ${id}, part ${part}` }),
  }),
  mainsIndex: pageType({ pattern: '/mains/', precache: 7, samples: (href) => ({ mainsIndex: href() }) }),
  mains: pageType({
    pattern: '/mains/[id]/',
    pages: <M extends Entry>(c: { mains: readonly M[] }) => byId(c.mains),
    source: 'mains',
    precache: 7,
    samples: (href) => ({ mains: href({ id: 'strategic-partnerships-regional-security' }) }),
  }),
  syllabus: pageType({ pattern: '/syllabus/', precache: 7, samples: (href) => ({ syllabus: href() }) }),
  questions: pageType({ pattern: '/questions/', precache: 7, samples: (href) => ({ questions: href() }) }),
  // Later pages of a long list come last: links lead to page 1, and with many questions they are numerous enough
  // to crowd the site's other pages out of the budget.
  questionsPage: pageType({
    pattern: pagedPattern('/questions/'),
    pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
      questionListPages(c.questions).flatMap((list) =>
        !list.facet && list.page > 1 ? [{ params: { page: list.page }, data: list }] : [],
      ),
    precache: 8,
  }),
  questionFacet: pageType({
    pattern: '/questions/[facet]/',
    pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
      questionListPages(c.questions).flatMap(({ facet, ...list }) =>
        facet && list.page === 1 ? [{ params: { facet: facet.slug }, data: { ...list, facet } }] : [],
      ),
    precache: 7,
    samples: (href) => ({ questionFacet: href({ facet: 'pyq' }) }),
  }),
  questionFacetPage: pageType({
    pattern: pagedPattern('/questions/[facet]/'),
    pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
      questionListPages(c.questions).flatMap(({ facet, ...list }) =>
        facet && list.page > 1 ? [{ params: { facet: facet.slug, page: list.page }, data: { ...list, facet } }] : [],
      ),
    precache: 8,
  }),
  question: pageType({
    pattern: '/questions/q/[id]/',
    pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) => byId(c.questions),
    source: 'questions',
    indexed: true,
    precache: 6,
    samples: (href) => ({ question: href({ id: 'pyq-2020-prelims-g20' }) }),
  }),
  // Practice and progress are what a reader works with offline; /practice/ fetches the banks and decks, and
  // /progress/ its data, so those go with them.
  practice: pageType({ pattern: '/practice/', precache: 2, samples: (href) => ({ practice: href() }) }),
  // The banks and decks repeat the question pages and the notes: not indexed.
  questionBank: pageType({
    pattern: '/practice/questions/[n]/',
    pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
      paginate(
        c.questions.filter((q) => isMcqKind(q.data.kind)),
        QUESTIONS_PER_BANK,
      ).map((page) => ({ params: { n: page.n }, data: page })),
    precache: 3,
    samples: (href) => ({ questionBank: href({ n: 1 }) }),
  }),
  // Every published note has at least one quick-revision line, so every note has cards.
  cardDeck: pageType({
    pattern: '/practice/cards/[n]/',
    pages: <N extends Entry>(c: { notes: readonly N[] }) =>
      paginate(c.notes, NOTES_PER_DECK).map((page) => ({ params: { n: page.n }, data: page })),
    precache: 3,
    samples: (href) => ({ cardDeck: href({ n: 1 }) }),
  }),
  progress: pageType({ pattern: '/progress/', precache: 2, samples: (href) => ({ progress: href() }) }),
  progressData: pageType({ pattern: '/progress/data.json', precache: 2 }),
  revision: pageType({ pattern: '/revision/', precache: 5, samples: (href) => ({ revision: href() }) }),
  revisionTopic: pageType({
    pattern: '/revision/[id]/',
    pages: <T extends Entry>(c: { topics: readonly T[] }) => byId(c.topics),
    precache: 5,
    samples: (href) => ({ revisionTopic: href({ id: 'jimex' }) }),
  }),
  // Indexed so that a Hindi term finds its entry.
  glossary: pageType({ pattern: '/glossary/', indexed: true, precache: 7, samples: (href) => ({ glossary: href() }) }),
  search: pageType({ pattern: '/search/', precache: 0, samples: (href) => ({ search: `${href()}?q=jimex` }) }),
  // The search page's best bets and typo vocabulary go with the search index.
  searchBets: pageType({ pattern: '/search/bets.json', precache: 1 }),
  searchVocabulary: pageType({ pattern: '/search/vocab.json', precache: 1 }),
  booklet: pageType({
    pattern: '/print/',
    precache: null,
    pdf: () => ({ id: 'booklet', label: 'booklet' }),
    samples: (href) => ({ booklet: href() }),
  }),
  offline: pageType({ pattern: '/offline/', precache: 0, samples: (href) => ({ offline: href() }) }),
  // Any path that is no page shows it (the sample is one); its own file is never precached.
  notFound: pageType({ pattern: '/404.html', precache: null, samples: () => ({ notFound: '/no-such-page/' }) }),
  rss: pageType({ pattern: '/rss.xml', precache: null }),
};

/** The name of a page type: `note`, `topicBooklet`, … */
export type PageTypeName = keyof typeof PAGE_TYPES;

/** Params of a page of any type. */
export type AnyParams = Record<string, string | number>;

/** Every page type, as one shape (params and data left open). */
export interface AnyPageType {
  pattern: string;
  pages?: ((content: PageContent) => readonly { params: AnyParams; data: unknown }[]) | undefined;
  sized?: true;
  source?: Source;
  indexed?: true;
  precache: number | null;
  pdf?: (params: AnyParams) => { id: string; label: string };
  samples?: (href: never) => Record<string, string>;
  href: (params?: AnyParams) => string;
  dynamic: boolean;
  match: (path: string) => AnyParams | undefined;
}

/** Every page type, in registry order (each one's params were checked against its pattern where it is declared). */
export const PAGE_TYPE_LIST = Object.values(PAGE_TYPES) as readonly AnyPageType[];

/** The page type and params of a site path (`/notes/x/`), or undefined when no route makes it. */
export function matchPage(path: string): { name: PageTypeName; type: AnyPageType; params: AnyParams } | undefined {
  // Static patterns first, as Astro ranks them: /questions/page/2/ could not be a facet's page anyway.
  const entries = Object.entries(PAGE_TYPES) as [PageTypeName, AnyPageType][];
  for (const [name, type] of [...entries.filter(([, t]) => !t.dynamic), ...entries.filter(([, t]) => t.dynamic)]) {
    const params = type.match(path);
    if (params) return { name, type, params };
  }
  return undefined;
}

/** The built file of a site path: `/notes/x/` → `notes/x/index.html`, `/rss.xml` → `rss.xml`. */
export const fileOf = (path: string) => `${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`;

/** The site path of a built file: `notes/x/index.html` → `/notes/x/`, `index.html` → `/`. */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The site path of a page of a question list: `/questions/`, `/questions/pyq/`, `/questions/pyq/page/2/`. */
export function questionListPath(facet: string | undefined, page = 1): string {
  const { questions, questionsPage, questionFacet, questionFacetPage } = PAGE_TYPES;
  if (page === 1) return facet ? questionFacet.href({ facet }) : questions.href();
  return facet ? questionFacetPage.href({ facet, page }) : questionsPage.href({ page });
}

type SampleName = {
  [K in PageTypeName]: (typeof PAGE_TYPES)[K] extends { samples?: (href: never) => infer S } ? keyof S : never;
}[PageTypeName];

/** The sample pages of every type, by name, as paths relative to the site root (`notes/x/`, `` for home). */
export function samplePaths(): Record<SampleName, string> {
  const samples: Record<string, string> = {};
  for (const type of PAGE_TYPE_LIST)
    for (const [name, path] of Object.entries(type.samples?.(type.href as never) ?? {})) samples[name] = path.slice(1);
  return samples as Record<SampleName, string>;
}
