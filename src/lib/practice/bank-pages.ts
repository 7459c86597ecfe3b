// Practice questions and flashcards live on numbered static pages (question banks and card decks) of a bounded
// size, so /practice/ stays small and a set downloads only the pages holding its questions. Routes, the page-type
// registry and the practice index all page with these functions.
// Paging itself is the one rule in src/lib/paging.ts; a bank or deck exists only when it has something to hold.
import { listPage, pageCount as listPageCount, pageNumbers as upTo } from '../paging.ts';

/** How many pages `total` items fill at `size` a page (none for no items). */
export const pageCount = (total: number, size: number) => (total === 0 ? 0 : listPageCount(total, size));

/** The page numbers 1 … pageCount. */
export const pageNumbers = (total: number, size: number) => upTo(pageCount(total, size));

/** The 1-based page holding the item at 0-based `index`. */
export const pageOf = (index: number, size: number) => Math.floor(index / size) + 1;

/** One page of items: its number, its items and their 1-based positions in the whole list. */
export interface Page<T> {
  n: number;
  items: T[];
  first: number;
  last: number;
}

/** The items in pages of `size`, in order. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  return pageNumbers(items.length, size).map((n) => {
    const { items: slice, first } = listPage(items, n, size);
    return { n, items: slice, first, last: first + slice.length - 1 };
  });
}

/** The distinct pages a list of wanted items lives on, in ascending order. */
export const pagesOf = (pages: readonly number[]) => [...new Set(pages)].sort((a, b) => a - b);
