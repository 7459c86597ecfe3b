import { DEVANAGARI, foldCase } from './normalise.ts';

/** A piece of site text and how much a word in it counts (a topic title outweighs a word in a note's body). */
export interface VocabularySource {
  text: string;
  weight: number;
}

/** Most words the typo vocabulary keeps, the most weighty first; it stays small on a large site. */
export const VOCABULARY_LIMIT = 8000;
/** Shorter words are never corrected, nor offered as corrections. */
export const MIN_WORD_LENGTH = 3;

const WORD = /[\p{L}\p{M}]+/gu;
/** Markdown link targets and HTML-ish noise (tags, entities) whose words readers never type. */
const NOISE = /\]\([^)]*\)|https?:\/\/\S+|<[^>]+>|&#?\w+;/g;
/** Text only screen readers hear (a heading's "Link to the section …"): not the note's own words. */
const HIDDEN = /<span class="visually-hidden">[^<]*<\/span>/g;

/** The words of a rendered note as a reader sees them, for the vocabulary (tags dropped later, with NOISE). */
export const renderedText = (html: string): string => html.replace(HIDDEN, ' ');

/** A rendered note's section headings (h2–h6), which weigh more than its running text. */
export const renderedHeadings = (html: string): string =>
  [...renderedText(html).matchAll(/<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/g)].map((m) => m[1] ?? '').join(' ');

/**
 * The words of the site, each once in its most frequent spelling ("JIMEX", "Japan", "exercise"), ordered by total
 * weight: what the search page corrects a misspelt query towards. Hindi words are left to the glossary.
 */
export function buildVocabulary(sources: readonly VocabularySource[], limit = VOCABULARY_LIMIT): string[] {
  const score = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const { text, weight } of sources) {
    for (const [word] of text.replace(NOISE, ' ').matchAll(WORD)) {
      if ([...word].length < MIN_WORD_LENGTH || DEVANAGARI.test(word)) continue;
      const key = foldCase(word);
      score.set(key, (score.get(key) ?? 0) + weight);
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + weight);
      spellings.set(key, forms);
    }
  }
  const best = (key: string) =>
    [...(spellings.get(key) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? key;
  return [...score]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key]) => best(key));
}
