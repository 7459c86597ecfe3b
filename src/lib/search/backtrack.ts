// Pagefind answers a word it has not indexed with the longest prefix it has (its "backtracking", Pagefind PR #315;
// uncapped, issue #599): "abcdefghij" finds every page with the word "a", "9999999" every "9". A reader should see
// "no results" and a spelling suggestion instead. Pure.

/** The words a result's excerpt marks as matching (Pagefind wraps them in <mark>). */
export const markedWords = (excerpt: string): string[] =>
  [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').replace(/[^\p{L}\p{N}]+/gu, ''));

/** How many leading characters two words share. */
function sharedStart(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

/**
 * True when the best result for a one-word query matched only words that share less than half of the word typed:
 * a prefix Pagefind fell back to ("a" for "abcdefghij"), or a token it split off a number ("10.99" for "9999999").
 * A stem ("partnership" for "partnerships") or a near spelling ("जापान" for "जापन") shares more than half.
 */
export function backtracked(query: string, excerpt: string): boolean {
  const words = query.trim().split(/\s+/);
  const word = (words[0] ?? '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  if (words.length !== 1 || [...word].length < 4) return false;
  const marked = markedWords(excerpt).filter(Boolean);
  return marked.length > 0 && marked.every((m) => sharedStart(m.toLowerCase(), word) * 2 < [...word].length);
}
