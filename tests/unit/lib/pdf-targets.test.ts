import { describe, expect, it } from 'vitest';
import * as PAGE_TYPES from '../../../src/lib/page-types.ts';
import { madePdf, pagePdf, pdfTargets } from '../../../src/lib/pdf-targets.ts';

describe('pdfTargets', () => {
  it('makes a PDF of every note, the whole booklet, each topic booklet and its parts, and of nothing else', () => {
    const built = [
      '/',
      '/notes/a/',
      '/notes/b/',
      '/print/',
      '/topics/',
      '/topics/quad/',
      '/topics/quad/print/',
      '/topics/quad/print/2/',
      '/revision/quad/',
      '/questions/q/x/',
    ];
    // The ids, paths and labels `npm run pdf` used before the page-type registry.
    expect(pdfTargets(built)).toEqual([
      { id: 'a', path: '/notes/a/', label: 'note a' },
      { id: 'b', path: '/notes/b/', label: 'note b' },
      { id: 'booklet', path: '/print/', label: 'booklet' },
      { id: 'topic-quad', path: '/topics/quad/print/', label: 'topic booklet quad' },
      { id: 'topic-quad-2', path: '/topics/quad/print/2/', label: 'topic booklet quad, part 2' },
    ]);
  });
  it('makes the Hindi twins their own files beside the English ones', () => {
    expect(pdfTargets(['/notes/a/', '/hi/notes/a/', '/hi/print/', '/hi/topics/quad/print/2/'])).toEqual([
      { id: 'a', path: '/notes/a/', label: 'note a' },
      { id: 'a.hi', path: '/hi/notes/a/', label: 'note a (hi)' },
      { id: 'booklet.hi', path: '/hi/print/', label: 'booklet (hi)' },
      { id: 'topic-quad-2.hi', path: '/hi/topics/quad/print/2/', label: 'topic booklet quad, part 2 (hi)' },
    ]);
  });
  it('still makes the booklet when there are no notes or topics', () => {
    expect(pdfTargets(['/', '/print/']).map((t) => t.id)).toEqual(['booklet']);
  });
});

describe('madePdf', () => {
  it.each([
    [true, 'quad'],
    [false, undefined],
  ])('with PDF links %s names %s, whatever is on disk', (links, expected) => {
    expect(madePdf('quad', links)).toBe(expected);
  });
});

describe('pagePdf', () => {
  it.each([
    ['a note', () => pagePdf(PAGE_TYPES.note, { id: 'quad' }, true), 'quad'],
    ['the whole booklet', () => pagePdf(PAGE_TYPES.booklet, {}, true), 'booklet'],
    ['a topic booklet', () => pagePdf(PAGE_TYPES.topicBooklet, { id: 'quad' }, true), 'topic-quad'],
    ['a booklet part', () => pagePdf(PAGE_TYPES.topicBookletPart, { id: 'quad', part: 3 }, true), 'topic-quad-3'],
    ['a topic page (no PDF)', () => pagePdf(PAGE_TYPES.topic, { id: 'quad' }, true), undefined],
    ['a note, with PDF links off', () => pagePdf(PAGE_TYPES.note, { id: 'quad' }, false), undefined],
  ])('%s links %s', (_what, make, expected) => {
    expect(make()).toBe(expected);
  });
});
