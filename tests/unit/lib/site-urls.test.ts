import { describe, expect, it } from 'vitest';
import { NOTES_PER_DECK, QUESTIONS_PER_BANK } from '../../../src/lib/constants.ts';
import { routeFiles } from '../../../src/lib/content-check/routes.ts';
import { isSizedPage, routePattern, SIZED_ROUTES, sitePages, type RouteContent } from '../../../src/lib/site-urls.ts';
import type { Question } from '../../../src/schemas/question.ts';

describe('routePattern', () => {
  it.each([
    ['index.astro', '/'],
    ['syllabus.astro', '/syllabus/'],
    ['topics/index.astro', '/topics/'],
    ['notes/[id].astro', '/notes/[id]/'],
    ['topics/[id]/print.astro', '/topics/[id]/print/'],
    ['rss.xml.ts', '/rss.xml'],
    ['404.astro', '/404.html'],
    ['glossary.astro', '/glossary/'],
  ])('%s builds %s', (file, pattern) => {
    expect(routePattern(file)).toBe(pattern);
  });
});

describe('sitePages', () => {
  const question = (kind: Question['kind'], year?: number) =>
    ({ kind, paper: kind.startsWith('prelims') || kind === 'practice-mcq' ? 'prelims' : 'gs2', year }) as Question;
  const content: RouteContent = {
    notes: ['a'],
    topics: ['t'],
    mains: [],
    questions: [{ id: 'q1', data: question('practice-mcq') }],
  };
  const paths = (files: string[], c = content) => sitePages(files, c).pages.map((p) => p.path);

  it('makes one page per published note, with the note as its source', () => {
    expect(sitePages(['notes/[id].astro'], content).pages).toEqual([{ path: '/notes/a/', source: 'notes/a' }]);
  });

  it('builds /questions/pyq/ only when a previous-year question is listed', () => {
    expect(paths(['questions/[facet].astro'])).toEqual(['/questions/practice/', '/questions/prelims/']);
    const withPyq = { ...content, questions: [{ id: 'p', data: question('prelims-pyq', 2020) }] };
    expect(paths(['questions/[facet].astro'], withPyq)).toEqual([
      '/questions/pyq/',
      '/questions/2020/',
      '/questions/prelims/',
    ]);
  });

  it('builds later pages of /questions/ and of each facet only for lists longer than a page', () => {
    const files = ['questions/[facet].astro', 'questions/page/[page].astro', 'questions/[facet]/page/[page].astro'];
    expect(paths(files)).toEqual(['/questions/practice/', '/questions/prelims/']);
    const many = {
      ...content,
      questions: [
        ...Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, data: question('prelims-pyq', 2020) })),
        { id: 'm', data: question('mains-pyq', 2019) },
      ],
    };
    expect(paths(files, many)).toEqual([
      '/questions/pyq/',
      '/questions/2020/',
      '/questions/2019/',
      '/questions/prelims/',
      '/questions/gs2/',
      '/questions/page/2/',
      '/questions/page/3/',
      '/questions/pyq/page/2/',
      '/questions/pyq/page/3/',
      '/questions/2020/page/2/',
      '/questions/2020/page/3/',
      '/questions/prelims/page/2/',
      '/questions/prelims/page/3/',
    ]);
  });

  it.each([
    ['no multiple-choice question', 0, 0, []],
    ['one bank full', QUESTIONS_PER_BANK, 0, ['/practice/questions/1/']],
    ['one question over a bank', QUESTIONS_PER_BANK + 1, 2, ['/practice/questions/1/', '/practice/questions/2/']],
  ])('builds question banks for %s, counting only multiple-choice questions', (_what, mcqs, mains, banks) => {
    const questions = [
      ...Array.from({ length: mcqs }, (_, i) => ({ id: `m${i}`, data: question('practice-mcq') })),
      ...Array.from({ length: mains }, (_, i) => ({ id: `w${i}`, data: question('practice-mains') })),
    ];
    expect(paths(['practice/questions/[n].astro'], { ...content, questions })).toEqual(banks);
  });

  it.each([
    [1, ['/practice/cards/1/']],
    [NOTES_PER_DECK, ['/practice/cards/1/']],
    [NOTES_PER_DECK + 1, ['/practice/cards/1/', '/practice/cards/2/']],
  ])('builds flashcard decks for %i notes', (count, decks) => {
    const notes = Array.from({ length: count }, (_, i) => `n${i}`);
    expect(paths(['practice/cards/[n].astro'], { ...content, notes })).toEqual(decks);
  });

  it('makes one page of each static route', () => {
    expect(paths(['glossary.astro', 'revision/index.astro'])).toEqual(['/glossary/', '/revision/']);
  });

  it('makes one revision sheet per topic, as the route does', () => {
    expect(paths(['revision/index.astro', 'revision/[id].astro'])).toEqual(['/revision/', '/revision/t/']);
  });

  it('names a route, static or dynamic, that has no page type in the registry', () => {
    expect(sitePages(['glossary/[id].astro', 'about.astro'], content).unmodelled).toEqual([
      'glossary/[id].astro',
      'about.astro',
    ]);
  });

  it('models every route file in src/pages', () => {
    expect(routeFiles().length).toBeGreaterThan(5);
    expect(sitePages(routeFiles(), content).unmodelled).toEqual([]);
  });
});

describe('isSizedPage and SIZED_ROUTES', () => {
  // What the hand-written /^\/topics\/[^/]+\/print\/\d+\/$/ accepted before the registry (less part 0).
  it.each([
    ['/topics/quad/print/2/', true],
    ['/topics/quad/print/12/', true],
    ['/topics/quad/print/', false],
    ['/topics/quad/print/x/', false],
    ['/topics/quad/', false],
    ['/print/2/', false],
    ['/notes/x/', false],
  ])('%s is a booklet part: %s', (path, sized) => {
    expect(isSizedPage(path)).toBe(sized);
    expect(Object.values(SIZED_ROUTES).some((route) => route.test(path))).toBe(sized);
  });

  it('has the topic booklet parts as its one sized route', () => {
    expect(Object.keys(SIZED_ROUTES)).toEqual(['/topics/[id]/print/[part]/']);
  });
});
