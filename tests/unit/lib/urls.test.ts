import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  mainsUrl,
  noteUrl,
  pdfUrl,
  questionsUrl,
  searchUrl,
  topicPrintUrl,
  topicUrl,
  twinUrls,
  url,
  withBase,
  withoutBase,
} from '../../../src/lib/urls.ts';
import { localePath, localeOfTag, splitLocalePath } from '../../../src/lib/i18n/locales.ts';

describe('withBase', () => {
  it.each([
    ['/', '/notes/x/', '/notes/x/'],
    ['/notes-site', '/notes/x/', '/notes-site/notes/x/'],
    ['/notes-site/', '/topics/', '/notes-site/topics/'],
    ['/notes-site//', '/topics/', '/notes-site/topics/'],
    ['', '/topics/', '/topics/'],
    ['/org/notes-site/', '/', '/org/notes-site/'],
    ['/notes-site', '/search/?q=jimex#results', '/notes-site/search/?q=jimex#results'],
    ['/notes-site', 'https://example.org/', 'https://example.org/'],
    ['/notes-site', 'http://example.org/page', 'http://example.org/page'],
    ['/notes-site', 'mailto:editor@example.org', 'mailto:editor@example.org'],
    ['/notes-site', '//cdn.example.org/x', '//cdn.example.org/x'],
    ['/notes-site', '#anchor', '#anchor'],
    ['/notes-site', '?q=x', '?q=x'],
    ['/notes-site', 'relative/page/', 'relative/page/'],
    ['/notes-site', '', ''],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('the URL helpers at the site root', () => {
  it.each([
    ['url', url('/print/', 'en'), '/print/'],
    ['noteUrl', noteUrl('summit-2025-outcomes', 'en'), '/notes/summit-2025-outcomes/'],
    ['topicUrl', topicUrl('jimex', 'en'), '/topics/jimex/'],
    ['topicPrintUrl', topicPrintUrl('jimex', 'en'), '/topics/jimex/print/'],
    ['mainsUrl', mainsUrl('india-japan-relations', 'en'), '/mains/india-japan-relations/'],
    ['questionsUrl with no facet', questionsUrl('en'), '/questions/'],
    ['questionsUrl with a facet', questionsUrl('en', 'pyq'), '/questions/pyq/'],
    ['questionsUrl with a year facet', questionsUrl('en', '2020'), '/questions/2020/'],
    ['pdfUrl', pdfUrl('challenges', 'en'), '/pdf/challenges.pdf'],
    ['pdfUrl in Hindi', pdfUrl('challenges', 'hi'), '/pdf/challenges.hi.pdf'],
  ])('%s gives %s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('treats an empty facet as no facet', () => {
    expect(questionsUrl('en', '')).toBe('/questions/');
  });
});

describe('the URL helpers in Hindi', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['url', () => url('/print/', 'hi'), '/hi/print/'],
    ['the home page', () => url('/', 'hi'), '/hi/'],
    ['noteUrl', () => noteUrl('summit-2025-outcomes', 'hi'), '/hi/notes/summit-2025-outcomes/'],
    ['questionsUrl with a facet and page', () => questionsUrl('hi', 'pyq', 2), '/hi/questions/pyq/page/2/'],
    ['searchUrl', () => searchUrl({ q: 'क्वाड' }, 'hi'), '/hi/search/?q=%E0%A4%95%E0%A5%8D%E0%A4%B5%E0%A4%BE%E0%A4%A1'],
  ])('%s keeps the reader in Hindi', (_what, make, expected) => {
    expect(make()).toBe(expected);
  });

  it('puts the language after the base path', () => {
    vi.stubEnv('BASE_URL', '/notes-site/');
    expect(noteUrl('challenges', 'hi')).toBe('/notes-site/hi/notes/challenges/');
  });

  it.each([
    ['/notes/x/', { en: '/notes/x/', hi: '/hi/notes/x/' }],
    ['/hi/notes/x/', { en: '/notes/x/', hi: '/hi/notes/x/' }],
    ['/hi/', { en: '/', hi: '/hi/' }],
    ['/', { en: '/', hi: '/hi/' }],
    ['/search/', { en: '/search/', hi: '/hi/search/' }],
  ])('the twins of %s', (path, expected) => {
    expect(twinUrls(path)).toEqual(expected);
  });

  it('finds the twins under a base path', () => {
    vi.stubEnv('BASE_URL', '/notes-site/');
    expect(twinUrls('/notes-site/hi/topics/quad/')).toEqual({
      en: '/notes-site/topics/quad/',
      hi: '/notes-site/hi/topics/quad/',
    });
  });
});

describe('language paths', () => {
  it.each([
    ['en', '/notes/x/', '/notes/x/'],
    ['hi', '/notes/x/', '/hi/notes/x/'],
    ['hi', 'https://example.org/', 'https://example.org/'],
    ['hi', '#top', '#top'],
    ['hi', '//cdn.example.org/x', '//cdn.example.org/x'],
  ] as const)('localePath(%s, %s) is %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });

  it.each([
    ['/hi/notes/x/', 'hi', '/notes/x/'],
    ['/hi/', 'hi', '/'],
    ['/hi', 'hi', '/'],
    ['/notes/hi/', 'en', '/notes/hi/'],
    ['/history/', 'en', '/history/'],
    ['/en/x/', 'en', '/en/x/'],
  ])('splitLocalePath(%s) is %s and %s', (path, locale, rest) => {
    expect(splitLocalePath(path)).toEqual({ locale, path: rest });
  });

  it.each([
    ['hi-IN', 'hi'],
    ['hi', 'hi'],
    ['en-IN', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('the lang tag %s is %s', (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });

  it('removes only a whole base path', () => {
    expect(withoutBase('/notes-site/', '/notes-site/hi/')).toBe('/hi/');
    expect(withoutBase('/notes-site', '/notes-sites/x/')).toBe('/notes-sites/x/');
    expect(withoutBase('/', '/hi/')).toBe('/hi/');
  });
});

describe('the URL helpers under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['/notes-site/', () => noteUrl('challenges', 'en'), '/notes-site/notes/challenges/'],
    ['/notes-site/', () => topicPrintUrl('quad', 'en'), '/notes-site/topics/quad/print/'],
    ['/notes-site/', () => questionsUrl('en'), '/notes-site/questions/'],
    ['/notes-site/', () => pdfUrl('way-forward', 'en'), '/notes-site/pdf/way-forward.pdf'],
    ['/notes-site', () => mainsUrl('india-japan-relations', 'en'), '/notes-site/mains/india-japan-relations/'],
    ['/notes-site/', () => searchUrl({ q: 'quad' }, 'en'), '/notes-site/search/?q=quad'],
    ['/notes-site/', () => searchUrl({}, 'en'), '/notes-site/search/'],
  ])('under BASE_URL %s the helper gives %s', (base, make, expected) => {
    vi.stubEnv('BASE_URL', base);
    expect(make()).toBe(expected);
  });
});

describe('searchUrl', () => {
  it('puts every filter value in its own parameter', () => {
    expect(searchUrl({ q: 'jimex', topic: ['jimex', 'quad'], gs: ['gs2'] }, 'en')).toBe(
      '/search/?q=jimex&topic=jimex&topic=quad&gs=gs2',
    );
  });

  it('is the bare search page with no state', () => {
    expect(searchUrl({}, 'en')).toBe('/search/');
  });

  it.each([
    ['an empty query', { q: '' }, '/search/'],
    ['empty filter lists', { topic: [], mains: [], gs: [], type: [] }, '/search/'],
    ['only a query', { q: 'quad' }, '/search/?q=quad'],
    [
      'only filters',
      { type: ['note'], mains: ['india-japan-relations'] },
      '/search/?type=note&mains=india-japan-relations',
    ],
    [
      "filters given in any order, written as q, type, topic, mains, gs (the search page's own order)",
      { type: ['question'], gs: ['gs3'], mains: ['m'], topic: ['t'], q: 'x' },
      '/search/?q=x&type=question&topic=t&mains=m&gs=gs3',
    ],
    ['a query with spaces', { q: 'bullet train' }, '/search/?q=bullet+train'],
    ['a query with reserved characters', { q: 'a&b=c?#d' }, '/search/?q=a%26b%3Dc%3F%23d'],
    ['a query with non-ASCII text', { q: 'India–Japan' }, '/search/?q=India%E2%80%93Japan'],
    ['several papers', { gs: ['gs2', 'gs3'] }, '/search/?gs=gs2&gs=gs3'],
  ])('writes %s', (_what, state, expected) => {
    expect(searchUrl(state, 'en')).toBe(expected);
  });

  it('round-trips its state through URLSearchParams', () => {
    const state = { q: 'a & b', topic: ['jimex', 'quad'], mains: ['m1'], gs: ['gs2'], type: ['note', 'topic'] };
    const params = new URL(searchUrl(state, 'en'), 'https://example.org').searchParams;
    expect({
      q: params.get('q'),
      topic: params.getAll('topic'),
      mains: params.getAll('mains'),
      gs: params.getAll('gs'),
      type: params.getAll('type'),
    }).toEqual(state);
  });
});
