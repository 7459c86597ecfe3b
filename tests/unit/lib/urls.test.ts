import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  mainsUrl,
  noteUrl,
  pdfUrl,
  questionsUrl,
  searchUrl,
  topicPrintUrl,
  topicUrl,
  url,
  withBase,
} from '../../../src/lib/urls.ts';

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
    ['url', url('/print/'), '/print/'],
    ['noteUrl', noteUrl('summit-2025-outcomes'), '/notes/summit-2025-outcomes/'],
    ['topicUrl', topicUrl('jimex'), '/topics/jimex/'],
    ['topicPrintUrl', topicPrintUrl('jimex'), '/topics/jimex/print/'],
    ['mainsUrl', mainsUrl('india-japan-relations'), '/mains/india-japan-relations/'],
    ['questionsUrl with no facet', questionsUrl(), '/questions/'],
    ['questionsUrl with a facet', questionsUrl('pyq'), '/questions/pyq/'],
    ['questionsUrl with a year facet', questionsUrl('2020'), '/questions/2020/'],
    ['pdfUrl', pdfUrl('challenges'), '/pdf/challenges.pdf'],
  ])('%s gives %s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('treats an empty facet as no facet', () => {
    expect(questionsUrl('')).toBe('/questions/');
  });
});

describe('the URL helpers under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['/notes-site/', () => noteUrl('challenges'), '/notes-site/notes/challenges/'],
    ['/notes-site/', () => topicPrintUrl('quad'), '/notes-site/topics/quad/print/'],
    ['/notes-site/', () => questionsUrl(), '/notes-site/questions/'],
    ['/notes-site/', () => pdfUrl('way-forward'), '/notes-site/pdf/way-forward.pdf'],
    ['/notes-site', () => mainsUrl('india-japan-relations'), '/notes-site/mains/india-japan-relations/'],
    ['/notes-site/', () => searchUrl({ q: 'quad' }), '/notes-site/search/?q=quad'],
    ['/notes-site/', () => searchUrl({}), '/notes-site/search/'],
  ])('under BASE_URL %s the helper gives %s', (base, make, expected) => {
    vi.stubEnv('BASE_URL', base);
    expect(make()).toBe(expected);
  });
});

describe('searchUrl', () => {
  it('puts every filter value in its own parameter', () => {
    expect(searchUrl({ q: 'jimex', topic: ['jimex', 'quad'], gs: ['gs2'] })).toBe(
      '/search/?q=jimex&topic=jimex&topic=quad&gs=gs2',
    );
  });

  it('is the bare search page with no state', () => {
    expect(searchUrl({})).toBe('/search/');
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
    expect(searchUrl(state)).toBe(expected);
  });

  it('round-trips its state through URLSearchParams', () => {
    const state = { q: 'a & b', topic: ['jimex', 'quad'], mains: ['m1'], gs: ['gs2'], type: ['note', 'topic'] };
    const params = new URL(searchUrl(state), 'https://example.org').searchParams;
    expect({
      q: params.get('q'),
      topic: params.getAll('topic'),
      mains: params.getAll('mains'),
      gs: params.getAll('gs'),
      type: params.getAll('type'),
    }).toEqual(state);
  });
});
