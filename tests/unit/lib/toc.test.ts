import { describe, expect, it } from 'vitest';
import { countEntries, nestHeadings, type HeadingLike } from '../../../src/lib/toc.ts';

const h = (depth: number, slug: string): HeadingLike => ({ depth, slug, text: slug.toUpperCase() });
/** The tree as a compact string: `a(b,c) d`. */
const shape = (headings: HeadingLike[]) => {
  const show = (entries: ReturnType<typeof nestHeadings>): string =>
    entries.map((e) => (e.children.length ? `${e.slug}(${show(e.children).replace(/ /g, ',')})` : e.slug)).join(' ');
  return show(nestHeadings(headings));
};

describe('nestHeadings', () => {
  it.each([
    ['no headings', [], ''],
    ['flat h2s', [h(2, 'a'), h(2, 'b')], 'a b'],
    ['h3s under the h2 before them', [h(2, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'd')], 'a(b,c) d'],
    ['an h3 before any h2 at the top level', [h(3, 'a'), h(2, 'b'), h(3, 'c')], 'a b(c)'],
    ['h1 and h4 left out', [h(1, 'x'), h(2, 'a'), h(4, 'y'), h(3, 'b')], 'a(b)'],
  ])('nests %s', (_what, headings, expected) => {
    expect(shape(headings)).toBe(expected);
  });

  it('keeps the text and slug of each heading', () => {
    expect(nestHeadings([{ depth: 2, slug: 'trade', text: 'Trade' }])).toEqual([
      { slug: 'trade', text: 'Trade', children: [] },
    ]);
  });
});

describe('countEntries', () => {
  it.each([
    ['nothing', [], 0],
    ['flat', [h(2, 'a'), h(2, 'b')], 2],
    ['nested', [h(2, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'd')], 4],
  ])('counts %s', (_what, headings, expected) => {
    expect(countEntries(nestHeadings(headings))).toBe(expected);
  });
});
