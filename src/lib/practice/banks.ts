// The question banks and flashcard decks of /practice/: their URLs and labels. Their paging is in bank-pages.ts,
// apart from this file so the page-type registry (src/lib/page-types.ts) can page them while this file builds
// their URLs from it.
import { SITE_LANG } from '../constants.ts';
import * as PAGE_TYPES from '../page-types.ts';

export { pageCount, pageNumbers, pageOf, pagesOf, paginate, type Page } from './bank-pages.ts';

/** Site path of question bank `n`. */
export const bankPath = (n: number) => PAGE_TYPES.questionBank.href({ n });
/** Site path of flashcard deck `n`. */
export const deckPath = (n: number) => PAGE_TYPES.cardDeck.href({ n });

const numbers = new Intl.NumberFormat(SITE_LANG);

/** `51–100 of 1,000` (`7 of 7` for a page of one); numbers grouped as the site's locale groups them. */
export function rangeLabel(first: number, last: number, total: number): string {
  const span = first === last ? numbers.format(first) : `${numbers.format(first)}–${numbers.format(last)}`;
  return `${span} of ${numbers.format(total)}`;
}
