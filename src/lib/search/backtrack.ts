// Pagefind answers a word it has not indexed with the longest prefix it has (its "backtracking", Pagefind PR #315;
// uncapped, issue #599): "abcdefghij" finds every page with the word "a", "9999999" every "9". A reader should see
// "no results" and a spelling suggestion instead. Pure.

/** The words a result's excerpt marks as matching (Pagefind wraps them in <mark>). */
export const markedWords = (excerpt: string): string[] =>
  [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').replace(/[^\p{L}\p{N}]+/gu, ''));

/**
 * True when the best result for a one-word query matched only a much shorter word: a prefix Pagefind fell back to,
 * not the word typed (under half its length). A stem ("partnership" for "partnerships") is not that.
 */
export function backtracked(query: string, excerpt: string): boolean {
  const words = query.trim().split(/\s+/);
  const word = words[0] ?? '';
  if (words.length !== 1 || [...word].length < 4) return false;
  const marked = markedWords(excerpt).filter(Boolean);
  return marked.length > 0 && marked.every((m) => [...m].length * 2 < [...word].length);
}
