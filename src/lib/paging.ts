// Long lists are split over several static pages, so that no page grows with the content: page 1 keeps the list's
// own URL and page n lives at `<list>page/<n>/`. A page number sits under `page/`, never straight after the list,
// so it cannot be mistaken for a slug (the year facet /questions/2020/ is a list, not page 2020).

/** How many pages a list of `items` fills, `size` to a page; an empty list still has its one page. */
export function pageCount(items: number, size: number): number {
  if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`page size must be a positive integer, not ${size}`);
  return Math.max(1, Math.ceil(items / size));
}

/** Page numbers 1 to `pages`. */
export const pageNumbers = (pages: number): number[] => Array.from({ length: pages }, (_, i) => i + 1);

/** One page of a list: its items, the page's number, how many pages there are, and how many items in all. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  /** The 1-based position in the whole list of this page's first item, so numbering continues (Q51 on page 2). */
  first: number;
}

/** Page `page` of `items`, `size` to a page. A page the list does not have is a bug in the caller: it throws. */
export function listPage<T>(items: readonly T[], page: number, size: number): ListPage<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new RangeError(`page ${page} is not one of the ${pages} pages of this list`);
  const start = (page - 1) * size;
  return { items: items.slice(start, start + size), page, pages, total: items.length, first: start + 1 };
}

/** The route pattern of pages 2, 3 … of the list at `list` (which ends in `/`): `/questions/` → `/questions/page/[page]/`. */
/* #__NO_SIDE_EFFECTS__ */
export const pagedPattern = <L extends string>(list: L) => `${list}page/[page]/` as const;

/** The site path of page `page` of the list at `listPath` (which ends in `/`): `/questions/` → `/questions/page/2/`. */
export function pagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : pagedPattern(listPath).replace('[page]', String(page));
}

/** A pager entry: a page number, or a gap standing for two or more pages left out. */
export type PagerItem = number | 'gap';

/** The longest pager: first, last, the current page with one either side, and a gap or a number between. */
const PAGER_SLOTS = 7;

/**
 * What a pager shows for page `current` of `pages`: every page when there are up to seven, otherwise always seven
 * entries (so the pager does not change width from page to page): the first and last pages, the current one with its
 * neighbours, and gaps. A gap never stands for a single page; that page is shown instead.
 */
export function pagerItems(current: number, pages: number): PagerItem[] {
  if (pages <= PAGER_SLOTS) return pageNumbers(pages);
  const edge = PAGER_SLOTS - 2; // pages shown next to the first or last when the current page is near it
  if (current <= edge - 1) return [...pageNumbers(edge), 'gap', pages];
  if (current >= pages - edge + 2) return [1, 'gap', ...pageNumbers(edge).map((i) => pages - edge + i)];
  return [1, 'gap', current - 1, current, current + 1, 'gap', pages];
}
