// The question banks and flashcard decks of /practice/: their URLs and labels. Their paging is in bank-pages.ts,
// apart from this file so the page-type registry (src/lib/page-types.ts) can page them while this file builds
// their URLs from it.
import { DEFAULT_LOCALE, useTranslations, type Locale } from '../i18n/index.ts';
import * as PAGE_TYPES from '../page-types.ts';

export { pageCount, pageNumbers, pageOf, pagesOf, paginate, type Page } from './bank-pages.ts';

/** Site path of question bank `n`. */
export const bankPath = (n: number) => PAGE_TYPES.questionBank.href({ n });
/** The deck number of the glossary's cards (the note decks count from 1). */
export const GLOSSARY_DECK = 0;
/** Site path of flashcard deck `n`: a deck of notes, or the glossary's. */
export const deckPath = (n: number) =>
  n === GLOSSARY_DECK ? PAGE_TYPES.glossaryDeck.href() : PAGE_TYPES.cardDeck.href({ n });

/** `51–100 of 1,000` (`7 of 7` for a page of one) in `locale`, its numbers grouped as the language groups them. */
export function rangeLabel(first: number, last: number, total: number, locale: Locale = DEFAULT_LOCALE): string {
  const { t } = useTranslations(locale);
  return first === last ? t('practice.range.one', { first, total }) : t('practice.range', { first, last, total });
}
