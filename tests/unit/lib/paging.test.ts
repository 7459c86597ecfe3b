import { describe, expect, it } from 'vitest';
import { listPage, pageCount, pagePath, pagerItems, type PagerItem } from '../../../src/lib/paging.ts';

describe('pageCount', () => {
  it.each([
    [0, 50, 1],
    [1, 50, 1],
    [49, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [100, 50, 2],
    [1000, 50, 20],
    [10001, 50, 201],
  ])('%i items, %i to a page, fill %i pages', (items, size, pages) => {
    expect(pageCount(items, size)).toBe(pages);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a page size of %s', (size) => {
    expect(() => pageCount(10, size)).toThrow(RangeError);
  });
});

describe('listPage', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it.each([
    [1, 1, 50],
    [2, 51, 100],
    [3, 101, 120],
  ])('page %i holds items %i to %i', (page, first, last) => {
    const result = listPage(items, page, 50);
    expect(result).toMatchObject({ page, pages: 3, total: 120, first });
    expect(result.items).toEqual(items.slice(first - 1, last));
  });

  it('gives a short list one page with every item', () => {
    expect(listPage([1, 2, 3], 1, 50)).toEqual({ items: [1, 2, 3], page: 1, pages: 1, total: 3, first: 1 });
  });

  it('gives an empty list its one empty page', () => {
    expect(listPage([], 1, 50)).toEqual({ items: [], page: 1, pages: 1, total: 0, first: 1 });
  });

  it.each([0, 4, 1.5, -1])('throws for page %s, which a list of three pages does not have', (page) => {
    expect(() => listPage(items, page, 50)).toThrow(/not one of the 3 pages/);
  });
});

describe('pagePath', () => {
  it.each([
    ['/questions/', 1, '/questions/'],
    ['/questions/', 2, '/questions/page/2/'],
    ['/questions/pyq/', 1, '/questions/pyq/'],
    ['/questions/pyq/', 20, '/questions/pyq/page/20/'],
    // A year facet and a page number can never share a URL.
    ['/questions/2020/', 3, '/questions/2020/page/3/'],
  ])('page %s of %s is %s', (list, page, path) => {
    expect(pagePath(list, page)).toBe(path);
  });
});

describe('pagerItems', () => {
  const _ = 'gap';
  it.each<[number, number, PagerItem[]]>([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 8, [1, 2, 3, 4, 5, _, 8]],
    [4, 8, [1, 2, 3, 4, 5, _, 8]],
    [5, 8, [1, _, 4, 5, 6, 7, 8]],
    [8, 8, [1, _, 4, 5, 6, 7, 8]],
    [1, 20, [1, 2, 3, 4, 5, _, 20]],
    [4, 20, [1, 2, 3, 4, 5, _, 20]],
    [5, 20, [1, _, 4, 5, 6, _, 20]],
    [10, 20, [1, _, 9, 10, 11, _, 20]],
    [16, 20, [1, _, 15, 16, 17, _, 20]],
    [17, 20, [1, _, 16, 17, 18, 19, 20]],
    [20, 20, [1, _, 16, 17, 18, 19, 20]],
    [100, 201, [1, _, 99, 100, 101, _, 201]],
  ])('page %i of %i shows %j', (current, pages, expected) => {
    expect(pagerItems(current, pages)).toEqual(expected);
  });

  it('shows every page in order, the current page and its neighbours, and never hides just one page', () => {
    for (let pages = 1; pages <= 40; pages++) {
      for (let current = 1; current <= pages; current++) {
        const items = pagerItems(current, pages);
        const numbers = items.filter((item): item is number => item !== 'gap');
        expect(items.length).toBe(Math.min(pages, 7));
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(pages);
        for (const near of [current - 1, current, current + 1])
          if (near >= 1 && near <= pages) expect(numbers).toContain(near);
        items.forEach((item, i) => {
          if (item !== 'gap') return;
          const before = items[i - 1] as number;
          const after = items[i + 1] as number;
          expect(after - before - 1).toBeGreaterThanOrEqual(2);
        });
      }
    }
  });
});
