import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, NO_VALUE, searchFilters, type FilterName } from '../../../src/lib/search-filters.ts';
import type { Note } from '../../../src/schemas/note.ts';

type NoteFields = Pick<Note, 'prelims' | 'mains' | 'gs' | 'sources'>;

const source = (publication: string, date: string, via?: string): Note['sources'][number] => ({
  publication,
  title: 'An article',
  url: 'https://example.org/article',
  date: new Date(`${date}T00:00:00Z`),
  ...(via ? { via } : {}),
});

const note: NoteFields = {
  prelims: ['cepa', 'mahsr'],
  mains: ['challenges-and-way-forward'],
  gs: [
    { paper: 'gs2', line: 'gs2-bilateral' },
    { paper: 'gs2', line: 'gs2-developed-countries' },
  ],
  sources: [source('DIAS', '2025-09-01', 'TH')],
};

describe('searchFilters', () => {
  it('lists the filter names in the order the facet panel shows them', () => {
    expect(FILTER_NAMES).toEqual(['type', 'topic', 'mains', 'gs', 'line', 'publication', 'year']);
  });

  it('gives a note every filter, ids as values, in panel order', () => {
    expect(searchFilters({ type: 'note', note })).toEqual([
      ['type', 'note'],
      ['topic', 'cepa'],
      ['topic', 'mahsr'],
      ['mains', 'challenges-and-way-forward'],
      ['gs', 'gs2'],
      ['line', 'gs2-bilateral'],
      ['line', 'gs2-developed-countries'],
      ['publication', 'DIAS'],
      ['publication', 'TH'],
      ['year', '2025'],
    ]);
  });

  it.each([['note'], ['topic'], ['question']] as const)('always starts with the page type %s', (type) => {
    expect(searchFilters({ type })[0]).toEqual(['type', type]);
  });

  it('marks every facet a bare page has nothing in with the no-value marker', () => {
    expect(NO_VALUE).toBe('_none');
    expect(searchFilters({ type: 'topic' })).toEqual([
      ['type', 'topic'],
      ['topic', NO_VALUE],
      ['mains', NO_VALUE],
      ['gs', NO_VALUE],
      ['line', NO_VALUE],
      ['publication', NO_VALUE],
      ['year', NO_VALUE],
    ]);
  });

  it('gives a topic page its own topic id and marks the rest empty', () => {
    expect(searchFilters({ type: 'topic', topics: ['jimex'] })).toEqual([
      ['type', 'topic'],
      ['topic', 'jimex'],
      ['mains', NO_VALUE],
      ['gs', NO_VALUE],
      ['line', NO_VALUE],
      ['publication', NO_VALUE],
      ['year', NO_VALUE],
    ]);
  });

  it('gives a question its topics, papers and exam year, with the marker after the real values', () => {
    expect(searchFilters({ type: 'question', topics: ['g20', 'quad'], gs: ['gs2'], year: 2020 })).toEqual([
      ['type', 'question'],
      ['topic', 'g20'],
      ['topic', 'quad'],
      ['gs', 'gs2'],
      ['year', '2020'],
      ['mains', NO_VALUE],
      ['line', NO_VALUE],
      ['publication', NO_VALUE],
    ]);
  });

  it('marks the year of a question without a year as empty', () => {
    expect(
      searchFilters({ type: 'question', topics: ['quad'], year: undefined }).filter(([n]) => n === 'year'),
    ).toEqual([['year', NO_VALUE]]);
  });

  it('names every facet on every page, so a query naming every facet still matches it', () => {
    for (const input of [
      { type: 'note' as const, note },
      { type: 'topic' as const },
      { type: 'question' as const, year: 2020 },
    ]) {
      const names = new Set(searchFilters(input).map(([name]) => name));
      expect([...names].sort()).toEqual([...FILTER_NAMES].sort());
    }
  });

  it('never adds the marker to a facet that has a real value', () => {
    const pairs = searchFilters({ type: 'note', note });
    expect(pairs.filter(([, value]) => value === NO_VALUE)).toEqual([]);
  });

  it.each<[string, NoteFields, FilterName, string[]]>([
    [
      'a paper a note maps to twice',
      {
        ...note,
        gs: [
          { paper: 'gs2', line: 'a' },
          { paper: 'gs2', line: 'b' },
        ],
      },
      'gs',
      ['gs2'],
    ],
    [
      'a line a note maps to twice',
      {
        ...note,
        gs: [
          { paper: 'gs2', line: 'a' },
          { paper: 'gs3', line: 'a' },
        ],
      },
      'line',
      ['a'],
    ],
    [
      'a publication cited twice',
      { ...note, sources: [source('TH', '2025-01-01'), source('TH', '2025-02-01')] },
      'publication',
      ['TH'],
    ],
    [
      'a publication both cited and credited',
      { ...note, sources: [source('TH', '2025-01-01'), source('DIAS', '2025-01-01', 'TH')] },
      'publication',
      ['TH', 'DIAS'],
    ],
    [
      'a year shared by two sources',
      { ...note, sources: [source('TH', '2025-01-01'), source('IE', '2025-12-31')] },
      'year',
      ['2025'],
    ],
  ])('lists %s once', (_what, fields, name, expected) => {
    const values = searchFilters({ type: 'note', note: fields })
      .filter(([n]) => n === name)
      .map(([, value]) => value);
    expect(values).toEqual(expected);
  });

  it('lists each distinct source year of a note', () => {
    const fields = { ...note, sources: [source('TH', '2024-12-31'), source('IE', '2025-01-01')] };
    expect(searchFilters({ type: 'note', note: fields }).filter(([n]) => n === 'year')).toEqual([
      ['year', '2024'],
      ['year', '2025'],
    ]);
  });

  it('lists a source without via under its own publication only', () => {
    const fields = { ...note, sources: [source('PIB', '2025-08-30')] };
    expect(searchFilters({ type: 'note', note: fields }).filter(([n]) => n === 'publication')).toEqual([
      ['publication', 'PIB'],
    ]);
  });

  it('reads the year of a source in UTC, so 1 January is not pulled back a year', () => {
    const fields = { ...note, sources: [source('TH', '2025-01-01')] };
    expect(searchFilters({ type: 'note', note: fields }).filter(([n]) => n === 'year')).toEqual([['year', '2025']]);
  });

  it('lets an explicit year replace the years of the sources', () => {
    expect(searchFilters({ type: 'note', note, year: 2026 }).filter(([n]) => n === 'year')).toEqual([['year', '2026']]);
  });

  it('merges extra topics and papers with the note’s own, without repeats', () => {
    const pairs = searchFilters({ type: 'note', note, topics: ['mahsr', 'quad'], gs: ['gs2', 'gs3'] });
    expect(pairs.filter(([n]) => n === 'topic').map(([, v]) => v)).toEqual(['cepa', 'mahsr', 'quad']);
    expect(pairs.filter(([n]) => n === 'gs').map(([, v]) => v)).toEqual(['gs2', 'gs3']);
  });

  it('uses only names from FILTER_NAMES', () => {
    const names = searchFilters({ type: 'note', note, topics: ['x'], gs: ['gs1'], year: 2020 }).map(([name]) => name);
    for (const name of names) expect(FILTER_NAMES).toContain(name);
  });
});
