import type { Note } from '../schemas/note.ts';

/** Filter names the search index carries, in the order the facet panel shows them. */
export const FILTER_NAMES = ['type', 'topic', 'mains', 'gs', 'line', 'publication', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Marker value for a facet a page has nothing in, so a query naming every facet still matches the page. */
export const NO_VALUE = '_none';

/**
 * Pagefind filter pairs for one indexed page. Values are ids (what the URL carries); the search page maps them to
 * titles. A note's year is the year of its sources.
 */
export function searchFilters(input: {
  type: 'note' | 'topic' | 'question';
  note?: Pick<Note, 'prelims' | 'mains' | 'gs' | 'sources'> | undefined;
  topics?: readonly string[] | undefined;
  gs?: readonly string[] | undefined;
  year?: number | undefined;
}): [FilterName, string][] {
  const pairs: [FilterName, string][] = [['type', input.type]];
  const note = input.note;
  const add = (name: FilterName, values: Iterable<string>) => {
    for (const value of new Set(values)) pairs.push([name, value]);
  };
  add('topic', [...(note?.prelims ?? []), ...(input.topics ?? [])]);
  add('mains', note?.mains ?? []);
  add('gs', [...(note?.gs.map((g) => g.paper) ?? []), ...(input.gs ?? [])]);
  add('line', note?.gs.map((g) => g.line) ?? []);
  add('publication', note?.sources.flatMap((s) => (s.via ? [s.publication, s.via] : [s.publication])) ?? []);
  const years = note?.sources.map((s) => String(s.date.getUTCFullYear())) ?? [];
  add('year', input.year === undefined ? years : [String(input.year)]);
  for (const name of FILTER_NAMES) if (!pairs.some(([n]) => n === name)) pairs.push([name, NO_VALUE]);
  return pairs;
}
