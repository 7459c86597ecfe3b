/**
 * The page-type registry: one export for each route file under src/pages, saying everything about that kind of page
 * except how it looks (its layout). Callers read it as a namespace, `import * as PAGE_TYPES from './page-types.ts'`
 * and `PAGE_TYPES.note.href({ id })`, which lets a client bundle keep only the types it uses. Derived from it, and
 * nowhere else written down:
 * - URLs: each type's `href()`, and through it the builders in urls.ts, practice/links.ts, practice/banks.ts,
 *   booklets.ts and nav.ts;
 * - the URL model the build is checked against (site-urls.ts), from each dynamic type's `pages()`, which the route's
 *   getStaticPaths() uses too;
 * - what Pagefind indexes (pagefind-glob.ts), what the service worker precaches first (offline/precache.ts), which
 *   pages `npm run pdf` prints (pdf-targets.ts), and the browser tests' page list (tests/e2e/support/fixtures.ts).
 *
 * Adding a page type is one entry here, one route file (its pattern is the file's path, as routePattern() in
 * site-urls.ts writes it) and one layout. A unit test fails while a route file and the registry disagree. How an
 * entry is declared, and what each field means, is in page-type.ts.
 */
import { NOTES_PER_DECK, QUESTIONS_PER_BANK } from './constants.ts';
import { pagedPattern } from './paging.ts';
import { paginate } from './practice/bank-pages.ts';
import { questionListPages } from './questions.ts';
import { isMcqKind } from '../schemas/question.ts';
import { pageType, type Entry, type QuestionLike } from './page-type.ts';

/** One page per entry, named by its id, with the entry as the page's data. */
const byId = <E extends Entry>(entries: readonly E[]) =>
  entries.map((entry) => ({ params: { id: entry.id }, data: entry }));

// The page types, in the order of the URL table in DESIGN.md. Samples name real content: the browser tests run
// against the real build.
export const home = pageType({ pattern: '/', precache: 0, samples: (href) => ({ home: href() }) });
export const note = pageType({
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
});
// The main menu's sections (src/lib/nav.ts) rank 3, right after the shell and before the notes, so every menu entry
// opens offline after a first visit (tests/unit/lib/nav.test.ts holds the menu to that).
export const topics = pageType({
  pattern: '/topics/',
  precache: 3,
  samples: (href) => ({ topics: href() }),
});
export const topic = pageType({
  pattern: '/topics/[id]/',
  pages: <T extends Entry>(c: { topics: readonly T[] }) => byId(c.topics),
  source: 'topics',
  indexed: true,
  // A topic page and its revision sheet are the densest study material per byte.
  precache: 5,
  samples: (href) => ({ topic: href({ id: 'jimex' }) }),
});
// Booklets are the largest pages of the site: never precached, never indexed.
export const topicBooklet = pageType({
  pattern: '/topics/[id]/print/',
  pages: <T extends Entry>(c: { topics: readonly T[] }) => byId(c.topics),
  precache: null,
  pdf: ({ id }) => ({ id: `topic-${id}`, label: `topic booklet ${id}` }),
  samples: (href) => ({ topicBooklet: href({ id: 'jimex' }) }),
});
export const topicBookletPart = pageType({
  pattern: '/topics/[id]/print/[part]/',
  sized: true,
  precache: null,
  pdf: ({ id, part }) => ({ id: `topic-${id}-${part}`, label: `topic booklet ${id}, part ${part}` }),
});
export const mainsIndex = pageType({
  pattern: '/mains/',
  precache: 3,
  samples: (href) => ({ mainsIndex: href() }),
});
export const mains = pageType({
  pattern: '/mains/[id]/',
  pages: <M extends Entry>(c: { mains: readonly M[] }) => byId(c.mains),
  source: 'mains',
  // Notes link to the mains pages: ranked with the topic pages so both are saved on a first visit.
  precache: 5,
  samples: (href) => ({ mains: href({ id: 'strategic-partnerships-regional-security' }) }),
});
export const syllabus = pageType({
  pattern: '/syllabus/',
  precache: 3,
  samples: (href) => ({ syllabus: href() }),
});
export const questions = pageType({
  pattern: '/questions/',
  precache: 3,
  samples: (href) => ({ questions: href() }),
});
// Later pages of a long list come last: links lead to page 1, and with many questions they are numerous enough
// to crowd the site's other pages out of the budget.
export const questionsPage = pageType({
  pattern: pagedPattern('/questions/'),
  pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
    questionListPages(c.questions).flatMap((list) =>
      !list.facet && list.page > 1 ? [{ params: { page: list.page }, data: list }] : [],
    ),
  precache: 8,
});
export const questionFacet = pageType({
  pattern: '/questions/[facet]/',
  pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
    questionListPages(c.questions).flatMap(({ facet, ...list }) =>
      facet && list.page === 1 ? [{ params: { facet: facet.slug }, data: { ...list, facet } }] : [],
    ),
  precache: 7,
  samples: (href) => ({ questionFacet: href({ facet: 'pyq' }) }),
});
export const questionFacetPage = pageType({
  pattern: pagedPattern('/questions/[facet]/'),
  pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
    questionListPages(c.questions).flatMap(({ facet, ...list }) =>
      facet && list.page > 1 ? [{ params: { facet: facet.slug, page: list.page }, data: { ...list, facet } }] : [],
    ),
  precache: 8,
});
export const question = pageType({
  pattern: '/questions/q/[id]/',
  pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) => byId(c.questions),
  source: 'questions',
  indexed: true,
  precache: 6,
  samples: (href) => ({ question: href({ id: 'pyq-2020-prelims-g20' }) }),
});
// Practice and progress are what a reader works with offline; /practice/ fetches the banks and decks, and
// /progress/ its data, so those go with them.
export const practice = pageType({
  pattern: '/practice/',
  precache: 2,
  samples: (href) => ({ practice: href() }),
});
// The banks and decks repeat the question pages and the notes: not indexed.
export const questionBank = pageType({
  pattern: '/practice/questions/[n]/',
  pages: <Q extends QuestionLike>(c: { questions: readonly Q[] }) =>
    paginate(
      c.questions.filter((q) => isMcqKind(q.data.kind)),
      QUESTIONS_PER_BANK,
    ).map((page) => ({ params: { n: page.n }, data: page })),
  precache: 3,
  samples: (href) => ({ questionBank: href({ n: 1 }) }),
});
// Every published note has at least one quick-revision line, so every note has cards.
export const cardDeck = pageType({
  pattern: '/practice/cards/[n]/',
  pages: <N extends Entry>(c: { notes: readonly N[] }) =>
    paginate(c.notes, NOTES_PER_DECK).map((page) => ({ params: { n: page.n }, data: page })),
  precache: 3,
  samples: (href) => ({ cardDeck: href({ n: 1 }) }),
});
// The glossary's terms as cards (meaning → term), one page. Saved for offline after what notes need: its cards
// are dealt after every note's, and it is as large as a deck of twenty notes.
export const glossaryDeck = pageType({
  pattern: '/practice/cards/glossary/',
  precache: 6,
  samples: (href) => ({ glossaryDeck: href() }),
});
export const progress = pageType({
  pattern: '/progress/',
  precache: 2,
  samples: (href) => ({ progress: href() }),
});
export const progressData = pageType({ pattern: '/progress/data.json', precache: 2 });
export const revision = pageType({
  pattern: '/revision/',
  precache: 3,
  samples: (href) => ({ revision: href() }),
});
export const revisionTopic = pageType({
  pattern: '/revision/[id]/',
  pages: <T extends Entry>(c: { topics: readonly T[] }) => byId(c.topics),
  // After every page a note links to (notes, topics, mains), which must fit the budget together.
  precache: 6,
  samples: (href) => ({ revisionTopic: href({ id: 'jimex' }) }),
});
// Indexed so that a Hindi term finds its entry.
export const glossary = pageType({
  pattern: '/glossary/',
  indexed: true,
  precache: 3,
  samples: (href) => ({ glossary: href() }),
});
export const search = pageType({
  pattern: '/search/',
  precache: 0,
  samples: (href) => ({ search: `${href()}?q=jimex` }),
});
// The search page's best bets and typo vocabulary go with the search index.
export const searchBets = pageType({ pattern: '/search/bets.json', precache: 1 });
export const searchVocabulary = pageType({ pattern: '/search/vocab.json', precache: 1 });
export const booklet = pageType({
  pattern: '/print/',
  precache: null,
  pdf: () => ({ id: 'booklet', label: 'booklet' }),
  samples: (href) => ({ booklet: href() }),
});
export const offline = pageType({
  pattern: '/offline/',
  precache: 0,
  samples: (href) => ({ offline: href() }),
});
// Any path that is no page shows it (the sample is one); its own file is never precached.
export const notFound = pageType({
  pattern: '/404.html',
  precache: null,
  samples: () => ({ notFound: '/no-such-page/' }),
});
export const rss = pageType({ pattern: '/rss.xml', precache: null });
