import { editDistance } from './edit-distance.ts';
import { DEVANAGARI, foldCase } from './normalise.ts';
import { MIN_WORD_LENGTH } from './vocabulary.ts';

/** Words shorter than this are too short to guess at ("ise" could be many things). */
const MIN_CORRECTED_LENGTH = MIN_WORD_LENGTH + 1;

/** Edits a misspelt word may be away from its correction: one for short words, two from six letters. */
export function allowedEdits(length: number): number {
  return length >= 6 ? 2 : 1;
}

/**
 * The query with every word the site never uses replaced by the nearest site word ("jimx" → "JIMEX"), keeping
 * the reader's spacing and punctuation; null when nothing needed or could be corrected. `words` come weightiest
 * first, so between equally near words the more prominent one wins.
 */
export function correctQuery(
  query: string,
  words: readonly string[],
  { devanagari = false }: { devanagari?: boolean } = {},
): string | null {
  const known = new Map<string, string>();
  for (const word of words) if (!known.has(foldCase(word))) known.set(foldCase(word), word);
  let changed = false;
  const parts = query.split(/([\p{L}\p{M}]+)/u).map((part, index) => {
    const folded = foldCase(part);
    const isWord = index % 2 === 1;
    if (
      !isWord ||
      (!devanagari && DEVANAGARI.test(part)) ||
      [...folded].length < MIN_CORRECTED_LENGTH ||
      known.has(folded)
    )
      return part;
    let best: string | undefined;
    let distance = allowedEdits([...folded].length) + 1;
    for (const [key, word] of known) {
      const d = editDistance(folded, key, distance - 1);
      if (d < distance) {
        distance = d;
        best = word;
        if (d === 1) break;
      }
    }
    if (best === undefined) return part;
    changed = true;
    return best;
  });
  return changed ? parts.join('') : null;
}
