import { describe, expect, it } from 'vitest';
import { routeFiles } from '../../../src/lib/content-check/routes.ts';
import { fileOf, pathOf } from '../../../src/lib/page-type.ts';
import * as PAGE_TYPES from '../../../src/lib/page-types.ts';
import {
  isDynamic,
  matchPage,
  matchType,
  PAGE_TYPE_LIST,
  routePattern,
  samplePaths,
} from '../../../src/lib/site-urls.ts';
import { questionListPath } from '../../../src/lib/urls.ts';

describe('the page-type registry and the route files', () => {
  const patterns = routeFiles().map(routePattern);

  it('has exactly one entry for each route file under src/pages, and no entry without one', () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(PAGE_TYPE_LIST.map((type) => type.pattern).sort()).toEqual([...patterns].sort());
  });

  it.each(PAGE_TYPE_LIST.map((type) => [type.pattern, type] as const))(
    '%s: a static type has one page; a dynamic type lists its pages or is sized, never both',
    (_pattern, type) => {
      if (!isDynamic(type)) expect([type.pages, type.sized]).toEqual([undefined, undefined]);
      else expect(typeof type.pages === 'function').not.toBe(type.sized === true);
    },
  );
});

describe('href()', () => {
  it.each([
    ['home', PAGE_TYPES.home.href(), '/'],
    ['note', PAGE_TYPES.note.href({ id: 'way-forward' }), '/notes/way-forward/'],
    ['topics', PAGE_TYPES.topics.href(), '/topics/'],
    ['topic', PAGE_TYPES.topic.href({ id: 'jimex' }), '/topics/jimex/'],
    ['topicBooklet', PAGE_TYPES.topicBooklet.href({ id: 'jimex' }), '/topics/jimex/print/'],
    ['topicBookletPart', PAGE_TYPES.topicBookletPart.href({ id: 'jimex', part: 2 }), '/topics/jimex/print/2/'],
    ['mainsIndex', PAGE_TYPES.mainsIndex.href(), '/mains/'],
    ['mains', PAGE_TYPES.mains.href({ id: 'm' }), '/mains/m/'],
    ['syllabus', PAGE_TYPES.syllabus.href(), '/syllabus/'],
    ['questions', PAGE_TYPES.questions.href(), '/questions/'],
    ['questionsPage', PAGE_TYPES.questionsPage.href({ page: 2 }), '/questions/page/2/'],
    ['questionFacet', PAGE_TYPES.questionFacet.href({ facet: '2020' }), '/questions/2020/'],
    ['questionFacetPage', PAGE_TYPES.questionFacetPage.href({ facet: 'pyq', page: 3 }), '/questions/pyq/page/3/'],
    ['question', PAGE_TYPES.question.href({ id: 'mcq-quad' }), '/questions/q/mcq-quad/'],
    ['practice', PAGE_TYPES.practice.href(), '/practice/'],
    ['questionBank', PAGE_TYPES.questionBank.href({ n: 3 }), '/practice/questions/3/'],
    ['cardDeck', PAGE_TYPES.cardDeck.href({ n: 1 }), '/practice/cards/1/'],
    ['progress', PAGE_TYPES.progress.href(), '/progress/'],
    ['progressData', PAGE_TYPES.progressData.href(), '/progress/data.json'],
    ['revision', PAGE_TYPES.revision.href(), '/revision/'],
    ['revisionTopic', PAGE_TYPES.revisionTopic.href({ id: 'quad' }), '/revision/quad/'],
    ['glossary', PAGE_TYPES.glossary.href(), '/glossary/'],
    ['search', PAGE_TYPES.search.href(), '/search/'],
    ['searchBets', PAGE_TYPES.searchBets.href(), '/search/bets.json'],
    ['searchVocabulary', PAGE_TYPES.searchVocabulary.href(), '/search/vocab.json'],
    ['booklet', PAGE_TYPES.booklet.href(), '/print/'],
    ['offline', PAGE_TYPES.offline.href(), '/offline/'],
    ['notFound', PAGE_TYPES.notFound.href(), '/404.html'],
    ['rss', PAGE_TYPES.rss.href(), '/rss.xml'],
  ])('%s → %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('refuses to build a URL with a param missing or empty', () => {
    expect(() => PAGE_TYPES.note.href({ id: '' })).toThrow(/needs a value for \[id\]/);
    expect(() => PAGE_TYPES.note.href({} as { id: string })).toThrow(/needs a value for \[id\]/);
  });
});

describe('matchPage', () => {
  it.each([
    ['/', 'home', {}],
    ['/notes/way-forward/', 'note', { id: 'way-forward' }],
    ['/topics/jimex/print/', 'topicBooklet', { id: 'jimex' }],
    ['/topics/jimex/print/2/', 'topicBookletPart', { id: 'jimex', part: 2 }],
    // A year facet is a facet, never page 2020 of /questions/.
    ['/questions/2020/', 'questionFacet', { facet: '2020' }],
    ['/questions/page/2/', 'questionsPage', { page: 2 }],
    ['/questions/2020/page/2/', 'questionFacetPage', { facet: '2020', page: 2 }],
    ['/questions/q/mcq-quad/', 'question', { id: 'mcq-quad' }],
    ['/search/vocab.json', 'searchVocabulary', {}],
    ['/404.html', 'notFound', {}],
  ])('%s is a %s page with params %o', (path, name, params) => {
    expect(matchPage(path)).toMatchObject({ name, params });
  });

  it.each([
    '/notes/',
    '/notes/a/b/',
    '/topics/jimex/print/0/',
    '/topics/jimex/print/x/',
    '/questions/page/1x/',
    '/pagefind/pagefind.js',
    '/no-such-page/',
  ])('%s is no page of the site', (path) => {
    expect(matchPage(path)).toBeUndefined();
  });

  it.each(PAGE_TYPE_LIST.filter((type) => type.samples).map((type) => [type.pattern, type] as const))(
    'the samples of %s are pages of that type, and href() of their params gives them back',
    (_pattern, type) => {
      for (const path of Object.values(type.samples?.(type.href as never) ?? {})) {
        const [pathname = ''] = path.split('?');
        if (type === PAGE_TYPES.notFound) {
          expect(matchPage(pathname)).toBeUndefined();
          continue;
        }
        const found = matchPage(pathname);
        expect(found?.type).toBe(type);
        expect(type.href(found?.params)).toBe(pathname);
      }
    },
  );
});

describe('the patterns', () => {
  it('never let two dynamic types claim one page', () => {
    const dynamic = PAGE_TYPE_LIST.filter(isDynamic);
    // A page of each dynamic type, with params that look like any other type's.
    const params = { id: 'page', facet: 'q', page: 2, n: 2, part: 2 };
    for (const type of dynamic) {
      const path = type.href(params);
      expect(dynamic.filter((other) => matchType(other, path)).map((other) => other.pattern)).toEqual([type.pattern]);
    }
  });
});

describe('samplePaths', () => {
  it('names the pages the browser tests opened before the registry, and more, relative to the site root', () => {
    expect(samplePaths()).toMatchObject({
      home: '',
      note: 'notes/defence-and-security/',
      hub: 'notes/india-japan-relations-overview/',
      topics: 'topics/',
      topic: 'topics/jimex/',
      topicBooklet: 'topics/jimex/print/',
      mainsIndex: 'mains/',
      mains: 'mains/strategic-partnerships-regional-security/',
      syllabus: 'syllabus/',
      questions: 'questions/',
      questionFacet: 'questions/pyq/',
      question: 'questions/q/pyq-2020-prelims-g20/',
      practice: 'practice/',
      questionBank: 'practice/questions/1/',
      cardDeck: 'practice/cards/1/',
      progress: 'progress/',
      revision: 'revision/',
      revisionTopic: 'revision/jimex/',
      glossary: 'glossary/',
      search: 'search/?q=jimex',
      booklet: 'print/',
      offline: 'offline/',
      notFound: 'no-such-page/',
    });
  });
});

describe('fileOf and pathOf', () => {
  it.each([
    ['/', 'index.html'],
    ['/notes/x/', 'notes/x/index.html'],
    ['/rss.xml', 'rss.xml'],
    ['/404.html', '404.html'],
    ['/progress/data.json', 'progress/data.json'],
  ])('%s is built as %s, and back', (path, file) => {
    expect(fileOf(path)).toBe(file);
    expect(pathOf(file)).toBe(path);
  });
});

describe('questionListPath', () => {
  it.each([
    [undefined, 1, '/questions/'],
    [undefined, 2, '/questions/page/2/'],
    ['', 1, '/questions/'],
    ['pyq', 1, '/questions/pyq/'],
    ['2020', 2, '/questions/2020/page/2/'],
  ])('facet %s, page %i is %s', (facet, page, path) => {
    expect(questionListPath(facet, page)).toBe(path);
  });
});
