import { describe, expect, it } from 'vitest';
import { FILTER_NAMES } from '../../../src/lib/search-filters.ts';
import { buildFacets, type Facet } from '../../../src/lib/search-labels.ts';

type Input = Parameters<typeof buildFacets>[0];

const empty: Input = { topics: [], mains: [], lines: [], publications: [], years: [] };

const input: Input = {
  topics: [
    { id: 'mahsr', title: 'Mumbai–Ahmedabad High-Speed Rail' },
    { id: 'acsa', title: 'Acquisition and Cross-Servicing Agreement' },
    { id: 'cepa', title: 'Comprehensive Economic Partnership Agreement' },
  ],
  mains: [
    { id: 'strategic-partnerships-regional-security', title: 'Strategic partnerships and regional security' },
    { id: 'challenges-and-way-forward', title: 'Challenges and way forward' },
    { id: 'india-japan-relations', title: 'India–Japan relations' },
  ],
  lines: [
    { id: 'gs2-bilateral', paper: 'gs2', text: 'Bilateral, regional and global groupings' },
    { id: 'gs1-culture', paper: 'gs1', text: 'Indian culture' },
    { id: 'gs3-economy', paper: 'gs3', text: 'Indian economy' },
    { id: 'gs4-ethics', paper: 'gs4', text: 'Ethics in public life' },
  ],
  publications: [
    { id: 'TH', name: 'The Hindu' },
    { id: 'DIAS', name: 'Drishti IAS' },
    { id: 'PIB', name: 'Press Information Bureau' },
  ],
  years: [2020, 2025, 2024, 2025, 2020],
};

const facet = (facets: Facet[], name: Facet['name']) => {
  const found = facets.find((f) => f.name === name);
  if (!found) throw new Error(`no facet ${name}`);
  return found;
};

describe('buildFacets', () => {
  it('gives one facet per filter, in the order the search index names them', () => {
    expect(buildFacets(input).map((f) => f.name)).toEqual([...FILTER_NAMES]);
  });

  it('heads each facet with a reader-facing label', () => {
    expect(buildFacets(input).map((f) => [f.name, f.label])).toEqual([
      ['type', 'Type'],
      ['topic', 'Prelims topic'],
      ['mains', 'Mains topic'],
      ['gs', 'GS paper'],
      ['line', 'Syllabus line'],
      ['publication', 'Publication'],
      ['year', 'Year'],
    ]);
  });

  it.each<[string, Facet['name'], [string, string][]]>([
    [
      'lists the four page types with plural labels',
      'type',
      [
        ['note', 'Notes'],
        ['topic', 'Topic notes'],
        ['question', 'Questions'],
        ['glossary', 'Glossary'],
      ],
    ],
    [
      'sorts prelims topics by title, keeping ids as values',
      'topic',
      [
        ['acsa', 'Acquisition and Cross-Servicing Agreement'],
        ['cepa', 'Comprehensive Economic Partnership Agreement'],
        ['mahsr', 'Mumbai–Ahmedabad High-Speed Rail'],
      ],
    ],
    [
      'sorts mains topics by title',
      'mains',
      [
        ['challenges-and-way-forward', 'Challenges and way forward'],
        ['india-japan-relations', 'India–Japan relations'],
        ['strategic-partnerships-regional-security', 'Strategic partnerships and regional security'],
      ],
    ],
    [
      'lists the four GS papers with their full names',
      'gs',
      [
        ['gs1', 'GS Paper I'],
        ['gs2', 'GS Paper II'],
        ['gs3', 'GS Paper III'],
        ['gs4', 'GS Paper IV'],
      ],
    ],
    [
      'prefixes each syllabus line with its short paper name, in syllabus order',
      'line',
      [
        ['gs2-bilateral', 'GS II: Bilateral, regional and global groupings'],
        ['gs1-culture', 'GS I: Indian culture'],
        ['gs3-economy', 'GS III: Indian economy'],
        ['gs4-ethics', 'GS IV: Ethics in public life'],
      ],
    ],
    [
      'sorts publications by name, keeping ids as values',
      'publication',
      [
        ['DIAS', 'Drishti IAS'],
        ['PIB', 'Press Information Bureau'],
        ['TH', 'The Hindu'],
      ],
    ],
    [
      'lists each year once, newest first, as strings',
      'year',
      [
        ['2025', '2025'],
        ['2024', '2024'],
        ['2020', '2020'],
      ],
    ],
  ])('%s', (_what, name, expected) => {
    expect(facet(buildFacets(input), name).values.map((v) => [v.value, v.label])).toEqual(expected);
  });

  it.each<[string, Input, Facet['name'], string[]]>([
    [
      'sorts topic titles as a reader would, not by code point (lower case is not after Z)',
      {
        ...empty,
        topics: [
          { id: 'z', title: 'Zebra' },
          { id: 'a', title: 'apple' },
        ],
      },
      'topic',
      ['apple', 'Zebra'],
    ],
    [
      'sorts by title, not by id',
      {
        ...empty,
        mains: [
          { id: 'a-id', title: 'Second' },
          { id: 'b-id', title: 'First' },
        ],
      },
      'mains',
      ['First', 'Second'],
    ],
    [
      'sorts years numerically, not as text',
      { ...empty, years: [999, 2025, 10000, 2020] },
      'year',
      ['10000', '2025', '2020', '999'],
    ],
    ['gives one year when every source shares it', { ...empty, years: [2025, 2025, 2025] }, 'year', ['2025']],
    [
      'never sorts syllabus lines, so papers stay in syllabus order',
      {
        ...empty,
        lines: [
          { id: 'z', paper: 'gs3', text: 'Zeta' },
          { id: 'a', paper: 'gs1', text: 'Alpha' },
        ],
      },
      'line',
      ['GS III: Zeta', 'GS I: Alpha'],
    ],
  ])('%s', (_what, given, name, expectedLabels) => {
    expect(facet(buildFacets(given), name).values.map((v) => v.label)).toEqual(expectedLabels);
  });

  it('still offers the fixed type and GS paper values when the taxonomy is empty', () => {
    const facets = buildFacets(empty);
    expect(facets.map((f) => [f.name, f.values.length])).toEqual([
      ['type', 4],
      ['topic', 0],
      ['mains', 0],
      ['gs', 4],
      ['line', 0],
      ['publication', 0],
      ['year', 0],
    ]);
  });

  it('leaves its input lists in their original order', () => {
    const given = structuredClone(input);
    buildFacets(given);
    expect(given).toEqual(input);
  });
});
