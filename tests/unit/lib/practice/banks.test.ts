import { describe, expect, it } from 'vitest';
import {
  bankPath,
  deckPath,
  pageCount,
  pageNumbers,
  pageOf,
  pagesOf,
  paginate,
  rangeLabel,
} from '../../../../src/lib/practice/banks.ts';

describe('pageCount and pageNumbers', () => {
  it.each([
    [0, 50, 0, []],
    [1, 50, 1, [1]],
    [50, 50, 1, [1]],
    [51, 50, 2, [1, 2]],
    [1000, 50, 20, Array.from({ length: 20 }, (_, i) => i + 1)],
  ])('%i items at %i a page fill %i pages', (total, size, count, numbers) => {
    expect(pageCount(total, size)).toBe(count);
    expect(pageNumbers(total, size)).toEqual(numbers);
  });
});

describe('pageOf', () => {
  it.each([
    [0, 50, 1],
    [49, 50, 1],
    [50, 50, 2],
    [999, 50, 20],
  ])('item %i at %i a page is on page %i', (index, size, page) => expect(pageOf(index, size)).toBe(page));

  it('agrees with paginate on every item', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    for (const page of paginate(items, 5)) for (const item of page.items) expect(pageOf(item, 5)).toBe(page.n);
  });
});

describe('paginate', () => {
  it.each([
    [[], 2, []],
    [['a'], 2, [{ n: 1, items: ['a'], first: 1, last: 1 }]],
    [
      ['a', 'b', 'c'],
      2,
      [
        { n: 1, items: ['a', 'b'], first: 1, last: 2 },
        { n: 2, items: ['c'], first: 3, last: 3 },
      ],
    ],
  ])('pages %j at %i a page', (items, size, pages) => expect(paginate(items, size)).toEqual(pages));
});

describe('rangeLabel', () => {
  it.each([
    [1, 50, 1000, '1–50 of 1,000'],
    [51, 100, 1000, '51–100 of 1,000'],
    [7, 7, 7, '7 of 7'],
    [99_951, 100_000, 100_000, '99,951–1,00,000 of 1,00,000'],
  ])('%i to %i of %i reads %s', (first, last, total, label) => expect(rangeLabel(first, last, total)).toBe(label));
});

describe('paths and pagesOf', () => {
  it('names bank and deck pages by number', () => {
    expect(bankPath(3)).toBe('/practice/questions/3/');
    expect(deckPath(1)).toBe('/practice/cards/1/');
  });

  it.each([
    [[], []],
    [
      [3, 1, 3, 2, 1],
      [1, 2, 3],
    ],
  ])('pages of %j are %j', (pages, distinct) => expect(pagesOf(pages)).toEqual(distinct));
});
