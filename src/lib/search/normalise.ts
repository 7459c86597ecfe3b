/** Spelled-out numbers readers type for the figures in titles ("two plus two" for "2+2"). */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/** Devanagari, the script of Hindi queries and glossary terms. */
export const DEVANAGARI = /[\u0900-\u097F]/;

/** Lower case without Latin diacritics ("Bukkyō" → "bukkyo"); Devanagari vowel signs are kept. */
export function foldCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * One form for a query and for every title and alias it may match: case and Latin diacritics folded, apostrophes
 * dropped, `&` → "and", `+` → "plus", other punctuation, hyphens and dashes → spaces, letters and digits split
 * apart ("G20" → "g 20") and spelled-out numbers as digits. So "2+2", "two plus two" and "2 plus 2" agree.
 */
export function normaliseQuery(text: string): string {
  return foldCase(text)
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => NUMBER_WORDS[word] ?? word)
    .join(' ');
}
