import type { GlossaryTerm } from '../schemas/glossary.ts';
import { DEVANAGARI } from './search/normalise.ts';
import { searchFilters, type FilterName } from './search-filters.ts';

/** A glossary term written twice: which entry repeats which, and in what field. */
export interface GlossaryDuplicate {
  /** Position of the repeating entry in the file. */
  index: number;
  /** Position of the entry it repeats. */
  first: number;
  field: 'term' | 'hindi';
  value: string;
}

/** How two spellings of a term compare: case, spacing and the kind of dash do not make a new term. */
export function termKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en-IN')
    .replace(/[\u2010-\u2015-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** English terms and Hindi terms that occur twice in the glossary (each repeat once, against its first use). */
export function glossaryDuplicates(terms: readonly Pick<GlossaryTerm, 'term' | 'hindi'>[]): GlossaryDuplicate[] {
  const duplicates: GlossaryDuplicate[] = [];
  for (const field of ['term', 'hindi'] as const) {
    const seen = new Map<string, number>();
    terms.forEach((entry, index) => {
      const key = termKey(entry[field]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else duplicates.push({ index, first, field, value: entry[field] });
    });
  }
  return duplicates.sort((a, b) => a.index - b.index || a.field.localeCompare(b.field));
}

/** The letter a term is filed under: its first Latin letter, or `#` for a term that starts with a digit or sign. */
export function glossaryLetter(term: string): string {
  const first = term.normalize('NFD').trim().charAt(0);
  return /[A-Za-z]/.test(first) ? first.toUpperCase() : '#';
}

/** One letter of the A–Z glossary with its terms in alphabetical order. */
export interface GlossaryGroup<T> {
  letter: string;
  terms: T[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Groups terms under their letters, letters in order (`#` first), terms sorted within each letter. */
export function groupGlossary<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): GlossaryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of [...terms].sort((a, b) => collator.compare(a.term, b.term))) {
    const letter = glossaryLetter(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, terms: list }));
}

/** Id of the HTML element of one term on /glossary/, so search results and other pages can link to it. */
export const glossaryAnchor = (id: string): string => `term-${id}`;

/** What the A–Z list shows for a letter: terms that start with a digit or sign are filed under "0–9". */
export const letterLabel = (letter: string): string => (letter === '#' ? '0–9' : letter);

/** Id of the heading of one letter on /glossary/. */
export const letterAnchor = (letter: string): string =>
  letter === '#' ? 'letter-digits' : `letter-${letter.toLowerCase()}`;

/** The language of a piece of glossary text for its `lang` attribute: Hindi when it is in Devanagari. */
export const textLang = (text: string): 'hi' | undefined => (DEVANAGARI.test(text) ? 'hi' : undefined);

/** Type value the glossary page carries in the search index; the search page's type facet may label it. */
export const GLOSSARY_SEARCH_TYPE = 'glossary';

/**
 * Search filters of the glossary page: its own type, and "nothing" in every other facet (the glossary is not
 * one topic's page). Built on searchFilters() so the facet list and the empty-facet marker have one home.
 */
export function glossarySearchFilters(): [FilterName, string][] {
  return searchFilters({ type: 'topic' }).map(([name, value]) =>
    name === 'type' ? [name, GLOSSARY_SEARCH_TYPE] : [name, value],
  );
}
