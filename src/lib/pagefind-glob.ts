import { LOCALES, localePath } from './i18n/locales.ts';
import { fileOf } from './page-type.ts';
import { PAGE_TYPE_LIST } from './site-urls.ts';

/**
 * The pages Pagefind reads: the page types the registry (page-types.ts) marks `indexed` — notes, topic pages,
 * question pages and the glossary. Everything else (booklets, lists, search) has no indexed body, and the booklets
 * are the largest pages of the site, so skipping them keeps indexing fast. In every language: Pagefind makes one
 * index per `<html lang>`, so a Hindi page's search finds the Hindi pages first.
 */
export const PAGEFIND_GLOB = `{${PAGE_TYPE_LIST.filter((type) => type.indexed)
  .flatMap((type) => LOCALES.map((locale) => fileOf(localePath(locale, type.pattern.replace(/\[[^\]]+\]/g, '*')))))
  .join(',')}}`;
