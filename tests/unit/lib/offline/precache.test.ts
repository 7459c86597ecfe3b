import { describe, expect, it } from 'vitest';
import {
  languageOf,
  planPrecache,
  rank,
  savedOnRequest,
  urlOf,
  versionInput,
} from '../../../../src/lib/offline/precache.ts';

describe('rank', () => {
  it.each([
    ['index.html', 0],
    ['offline/index.html', 0],
    ['search/index.html', 0],
    ['_astro/Base.abc.css', 0],
    ['_astro/noto-serif-latin-400-normal.abc.woff2', 0],
    ['_astro/noto-sans-devanagari-700-normal.abc.woff2', 0],
    ['_astro/noto-serif-devanagari-devanagari-400-normal.abc.woff2', 0],
    ['_astro/symbols-shapes.abc.woff2', 0],
    ['_astro/noto-serif-latin-ext-400-italic.abc.woff2', 7],
    ['manifest.json', 0],
    ['icons/icon-192.png', 0],
    ['pagefind/pagefind.js', 1],
    ['pagefind/pagefind-entry.json', 1],
    ['pagefind/fragment/en_1.pf_fragment', 1],
    ['pagefind/wasm.en-in.pagefind', 1],
    ['search/vocab.json', 1],
    ['search/bets.json', 1],
    ['practice/index.html', 2],
    ['progress/index.html', 2],
    ['progress/data.json', 2],
    ['practice/questions/1/index.html', 3],
    ['practice/cards/12/index.html', 3],
    ['notes/way-forward/index.html', 4],
    ['topics/jimex/index.html', 5],
    ['revision/index.html', 3],
    ['revision/jimex/index.html', 6],
    ['questions/q/mcq-defence/index.html', 6],
    ['syllabus/index.html', 3],
    ['questions/index.html', 3],
    ['questions/pyq/index.html', 7],
    ['questions/page/2/index.html', 8],
    ['questions/2020/page/12/index.html', 8],
    ['pagefind/pagefind-ui.js', null],
    ['pagefind/pagefind-component-ui.css', null],
    ['print/index.html', null],
    ['topics/jimex/print/index.html', null],
    ['pdf/way-forward.pdf', null],
    ['404.html', null],
    ['sw.js', null],
    ['sw-precache.json', null],
    ['sitemap-0.xml', null],
    ['rss.xml', null],
    // Every other page type, as the hand-written rules ranked it before the page-type registry.
    ['topics/index.html', 3],
    ['mains/index.html', 3],
    ['mains/india-japan-relations/index.html', 5],
    ['glossary/index.html', 3],
    ['questions/pyq/page/2/index.html', 8],
    // A booklet part is a booklet (up to 1.5 MB): the old rules matched only print/index.html and ranked parts 7.
    ['topics/jimex/print/2/index.html', null],
    ['favicon.svg', 0],
    ['pagefind/pagefind-highlight.js', null],
    ['pagefind/pagefind-modular-ui.css', null],
    ['_headers', null],
    ['no-route/index.html', null],
  ])('%s → %s', (path, expected) => expect(rank(path)).toBe(expected));
});

describe('savedOnRequest', () => {
  it.each([
    ['print/index.html', true],
    ['hi/print/index.html', true],
    ['topics/jimex/print/index.html', true],
    ['topics/jimex/print/2/index.html', true],
    ['pdf/way-forward.pdf', true],
    ['pdf/booklet.hi.pdf', true],
    // A first visit saves these already, or they are never worth keeping.
    ['notes/way-forward/index.html', false],
    ['index.html', false],
    ['404.html', false],
    ['rss.xml', false],
    ['sw.js', false],
    ['sitemap-0.xml', false],
    ['pagefind/pagefind-ui.js', false],
    ['pdf/nested/x.pdf', false],
  ])('%s → %s', (path, expected) => expect(savedOnRequest(path)).toBe(expected));
});

describe('urlOf', () => {
  it.each([
    ['index.html', './'],
    ['notes/x/index.html', 'notes/x/'],
    ['_astro/a.js', '_astro/a.js'],
  ])('%s → %s', (path, url) => expect(urlOf(path)).toBe(url));
});

describe('planPrecache', () => {
  const file = (path: string, bytes: number) => ({ path, bytes, hash: path });
  const files = [
    file('notes/b/index.html', 300),
    file('notes/a/index.html', 300),
    file('topics/t/index.html', 200),
    file('index.html', 100),
    file('pagefind/pagefind.js', 500),
    file('print/index.html', 5000),
    file('syllabus/index.html', 100),
    file('revision/jimex/index.html', 150),
    file('questions/q/x/index.html', 250),
  ];
  const required = ['./', 'syllabus/', 'notes/a/', 'notes/b/', 'topics/t/'];
  it.each([
    ['a budget that fits everything', 10_000, [...required, 'questions/q/x/', 'revision/jimex/'], 0, 1400],
    ['a budget that the required pages fill: the others wait for a first view', 1000, required, 2, 1000],
    [
      'a budget with room for one more page: the next that fits goes in',
      1100,
      [...required, 'revision/jimex/'],
      1,
      1150,
    ],
    // A set so large that its notes alone exceed the budget: the menu still goes in, the notes wait.
    ['no page budget: the shell, the search index and the menu pages still go in', 0, ['./', 'syllabus/'], 5, 200],
    [
      'a budget smaller than the notes and their links: notes first, while they fit',
      700,
      ['./', 'syllabus/', 'notes/a/', 'notes/b/'],
      3,
      800,
    ],
  ] as [string, number, string[], number, number][])('%s', (_what, budget, precache, deferred, bytes) => {
    const plan = planPrecache(files, 'v1', { en: budget, hi: budget });
    // What every language shares is fetched on install; each language's pages when the reader opens one.
    expect(plan.precache).toEqual(['pagefind/pagefind.js']);
    const en = plan.languages.en;
    expect(en.precache).toEqual(precache);
    expect(en.deferred).toBe(deferred);
    expect(en.bytes).toBe(bytes);
    expect(en.pageBytes).toBe(bytes - 100);
    expect(en.requiredBytes).toBe(900);
    expect(plan.languages.hi.precache).toEqual([]);
  });

  it('lists what "Save everything" adds: the deferred pages in rank order, then the booklets and PDFs', () => {
    const plan = planPrecache(
      [
        ...files,
        file('pdf/a.pdf', 900),
        file('pdf/a.hi.pdf', 950),
        file('hi/print/index.html', 6000),
        file('404.html', 10),
        file('_astro/noto-serif-latin-ext-400-normal.x.woff2', 120),
      ],
      'v1',
      { en: 1000, hi: 1000 },
    );
    expect(plan.languages.en.later).toEqual(['questions/q/x/', 'revision/jimex/', 'pdf/a.pdf', 'print/']);
    expect(plan.languages.en.laterBytes).toBe(250 + 150 + 900 + 5000);
    expect(plan.languages.hi.later).toEqual(['hi/print/', 'pdf/a.hi.pdf']);
    expect(plan.later).toEqual(['_astro/noto-serif-latin-ext-400-normal.x.woff2']);
    expect(plan.laterBytes).toBe(120);
    // Nothing is listed twice: what a first visit saves is not saved again.
    const en = plan.languages.en;
    expect(en.later.filter((url) => en.precache.includes(url))).toEqual([]);
  });

  it('keeps each language to its own pages, search index and budget', () => {
    const plan = planPrecache(
      [
        ...files,
        file('hi/index.html', 100),
        file('hi/notes/a/index.html', 700),
        file('hi/questions/q/x/index.html', 250),
        file('pagefind/index/hi-in_1.pf_index', 40),
        file('pagefind/index/en-in_1.pf_index', 30),
      ],
      'v1',
      { en: 1000, hi: 800 },
    );
    expect(plan.languages.hi.precache).toEqual(['hi/', 'pagefind/index/hi-in_1.pf_index', 'hi/notes/a/']);
    expect(plan.languages.hi.deferred).toBe(1);
    expect(plan.languages.en.precache).toContain('pagefind/index/en-in_1.pf_index');
    expect(plan.languages.en.precache).not.toContain('hi/notes/a/');
  });
});

describe('languageOf', () => {
  it.each([
    ['notes/x/index.html', 'en'],
    ['index.html', 'en'],
    ['search/bets.json', 'en'],
    ['hi/notes/x/index.html', 'hi'],
    ['hi/index.html', 'hi'],
    ['hi/search/vocab.json', 'hi'],
    ['history/index.html', 'en'],
    ['pagefind/index/hi-in_abc.pf_index', 'hi'],
    ['pagefind/fragment/en-in_abc.pf_fragment', 'en'],
    ['pagefind/wasm.hi-in.pagefind', 'hi'],
    ['pagefind/pagefind.js', undefined],
    ['pagefind/pagefind-entry.json', undefined],
    ['_astro/noto-sans-devanagari-400-normal.abc.woff2', undefined],
    ['manifest.json', undefined],
    ['favicon.svg', undefined],
    ['pdf/way-forward.pdf', 'en'],
    ['pdf/topic-jimex-2.hi.pdf', 'hi'],
  ])('%s → %s', (path, expected) => expect(languageOf(path)).toBe(expected));
});

describe('versionInput', () => {
  it('changes when a listed file changes and ignores files never precached and the order of listing', () => {
    const a = [
      { path: 'notes/a/index.html', bytes: 1, hash: 'h1' },
      { path: 'index.html', bytes: 1, hash: 'h2' },
    ];
    expect(versionInput(a)).toBe(versionInput([...a].reverse()));
    expect(versionInput([...a, { path: 'pdf/x.pdf', bytes: 1, hash: 'h3' }])).toBe(versionInput(a));
    expect(versionInput([{ ...a[0]!, hash: 'changed' }, a[1]!])).not.toBe(versionInput(a));
  });
});
