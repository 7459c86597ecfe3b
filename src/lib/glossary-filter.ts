// The glossary's filter box: which terms a typed filter keeps. A term matches when every word of the filter starts a
// word of its text (English, Hindi, aliases, meaning), in the search's normal form ("2+2" = "two plus two",
// diacritics folded), so "acsa", "हाई स्पीड" and "bullet train" all narrow the 160-odd terms at once. Pure.
import { normaliseQuery } from './search/normalise.ts';

/** The words a term can be found by, in normal form. */
export const termWords = (text: string): string[] => normaliseQuery(text).split(' ').filter(Boolean);

/** True when every word of `filter` starts one of the term's words (an empty filter keeps everything). */
export function matchesFilter(filter: string, words: readonly string[]): boolean {
  return termWords(filter).every((part) => words.some((word) => word.startsWith(part)));
}
