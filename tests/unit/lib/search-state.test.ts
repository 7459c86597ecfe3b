import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, NO_VALUE, type FilterName } from '../../../src/lib/search-filters.ts';
import {
  MAX_QUERY_LENGTH,
  isEmptyState,
  pagefindFilters,
  parseSearchState,
  selectedPairs,
  serializeSearchState,
  toggleFilter,
  type SearchPageState,
  type Selected,
} from '../../../src/lib/search-state.ts';

const state = (q: string, filters: Selected = {}): SearchPageState => ({ q, filters });

describe('parseSearchState', () => {
  it.each([
    ['an empty query string', '', state('')],
    ['a lone question mark', '?', state('')],
    ['a plain query', '?q=cepa', state('cepa')],
    ['a query with + for spaces', '?q=india+japan', state('india japan')],
    ['one filter', '?topic=cepa', state('', { topic: ['cepa'] })],
    ['a query and filters together', '?q=rail&topic=mahsr&gs=gs2', state('rail', { topic: ['mahsr'], gs: ['gs2'] })],
    [
      'every facet the URL may hold',
      '?type=note&topic=cepa&mains=india-japan-relations&gs=gs2&line=gs2-bilateral&publication=DIAS&year=2025',
      state('', {
        type: ['note'],
        topic: ['cepa'],
        mains: ['india-japan-relations'],
        gs: ['gs2'],
        line: ['gs2-bilateral'],
        publication: ['DIAS'],
        year: ['2025'],
      }),
    ],
    ['a query to search exactly as typed', '?q=jimx&exact=1', { ...state('jimx'), exact: true }],
  ])('reads %s', (_what, search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  it.each([
    ['tracking parameters', '?utm_source=mail&topic=cepa', state('', { topic: ['cepa'] })],
    ['a page number', '?page=2&q=quad', state('quad')],
    ['exact with any value but 1', '?q=jimx&exact=yes', state('jimx')],
    ['exact without a query', '?exact=1&topic=cepa', state('', { topic: ['cepa'] })],
    ['a facet name in the wrong case', '?TOPIC=cepa&Topic=acsa', state('')],
    ['a name that only looks like a facet', '?topics=cepa&gs2=1', state('')],
  ])('drops unknown parameters: %s', (_what, search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  it.each([
    ['an HTML tag', '<img src=x>'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a quote that would break out of an attribute', 'cepa"onmouseover="x'],
    ['a value with a space inside', 'act east'],
    ['a leading hyphen', '-cepa'],
    ['the no-value marker', NO_VALUE],
    ['a path', '../etc/passwd'],
    ['an empty value', ''],
    ['an id longer than 81 characters', 'a'.repeat(82)],
    ['a non-ASCII letter', 'café'],
  ])('drops a value that cannot be an id: %s', (_what, value) => {
    expect(parseSearchState(new URLSearchParams({ topic: value })).filters).toEqual({});
  });

  it.each([
    ['a one-character id', 'a'],
    ['a year', '2025'],
    ['upper-case publication ids', 'DIAS'],
    ['hyphenated ids', 'gs2-developed-countries'],
    ['an id of exactly 81 characters', 'a'.repeat(81)],
  ])('keeps a value that is an id: %s', (_what, value) => {
    expect(parseSearchState(new URLSearchParams({ topic: value })).filters).toEqual({ topic: [value] });
  });

  it('keeps the good values of a facet and drops only the bad ones', () => {
    expect(parseSearchState('?topic=cepa&topic=%3Cimg%20src%3Dx%3E&topic=mahsr').filters).toEqual({
      topic: ['cepa', 'mahsr'],
    });
  });

  it.each([
    ['repeated parameters', '?topic=cepa&topic=cepa', ['cepa']],
    ['repeats inside one comma list', '?topic=cepa,cepa', ['cepa']],
    ['a repeat across a parameter and a comma list', '?topic=cepa&topic=mahsr,cepa', ['cepa', 'mahsr']],
    ['repeats that differ only by surrounding spaces', '?topic=cepa&topic=%20cepa%20', ['cepa']],
  ])('removes duplicates from %s, keeping first-seen order', (_what, search, expected) => {
    expect(parseSearchState(search).filters.topic).toEqual(expected);
  });

  it.each([
    ['a comma-separated list', '?topic=cepa,mahsr', ['cepa', 'mahsr']],
    ['a percent-encoded comma', '?topic=cepa%2Cmahsr', ['cepa', 'mahsr']],
    ['spaces after commas', '?topic=cepa,%20mahsr', ['cepa', 'mahsr']],
    ['empty items between commas', '?topic=,cepa,,mahsr,', ['cepa', 'mahsr']],
    ['a mix of repeated parameters and comma lists', '?topic=acsa&topic=cepa,mahsr', ['acsa', 'cepa', 'mahsr']],
  ])('splits %s', (_what, search, expected) => {
    expect(parseSearchState(search).filters.topic).toEqual(expected);
  });

  it.each([
    ['leading and trailing spaces', '?q=%20%20quad%20%20', 'quad'],
    ['runs of spaces', '?q=india%20%20%20japan', 'india japan'],
    ['tabs and newlines', '?q=india%09%0Ajapan%0D%0A', 'india japan'],
    ['a query of only spaces', '?q=%20%20%20', ''],
  ])('collapses whitespace in q: %s', (_what, search, expected) => {
    expect(parseSearchState(search).q).toBe(expected);
  });

  it('keeps q as plain text: it is what the reader typed, not an id', () => {
    expect(parseSearchState('?q=%3Cimg%20src%3Dx%3E').q).toBe('<img src=x>');
  });

  it('uses the first q when the URL holds two', () => {
    expect(parseSearchState('?q=first&q=second').q).toBe('first');
  });

  it.each([
    ['a query at the limit', 'a'.repeat(MAX_QUERY_LENGTH), 'a'.repeat(MAX_QUERY_LENGTH)],
    ['a query one over the limit', 'a'.repeat(MAX_QUERY_LENGTH + 1), 'a'.repeat(MAX_QUERY_LENGTH)],
    ['a very long query', 'b'.repeat(5000), 'b'.repeat(MAX_QUERY_LENGTH)],
    ['a long query padded with spaces, trimmed first', `${' '.repeat(300)}quad`, 'quad'],
    ['a long query whose spaces collapse under the limit', `a${' '.repeat(400)}b`, 'a b'],
  ])('truncates q to MAX_QUERY_LENGTH: %s', (_what, q, expected) => {
    expect(parseSearchState(new URLSearchParams({ q })).q).toBe(expected);
  });

  it('caps queries at 200 characters', () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
  });

  it('reads a URLSearchParams object the same as its string', () => {
    const search = '?q=rail&topic=mahsr,cepa&year=2025&junk=1';
    expect(parseSearchState(new URLSearchParams(search))).toEqual(parseSearchState(search));
  });

  it('leaves out facets that had no usable values rather than keeping empty lists', () => {
    expect(Object.keys(parseSearchState('?topic=&gs=%3Cb%3E&year=2025').filters)).toEqual(['year']);
  });
});

describe('serializeSearchState', () => {
  it.each([
    ['an empty state as an empty string', state(''), ''],
    ['facets with empty lists as an empty string', state('', { topic: [], gs: [] }), ''],
    ['a query alone', state('quad'), '?q=quad'],
    ['spaces in the query as +', state('india japan'), '?q=india+japan'],
    ['characters that would end the query, encoded', state('a&b=c#d'), '?q=a%26b%3Dc%23d'],
    ['one filter', state('', { topic: ['cepa'] }), '?topic=cepa'],
    [
      'several values as repeated parameters, in their order',
      state('', { topic: ['mahsr', 'cepa'] }),
      '?topic=mahsr&topic=cepa',
    ],
    [
      'the query first, then facets in panel order whatever the key order',
      state('rail', { year: ['2025'], topic: ['mahsr'], type: ['note'], gs: ['gs2'] }),
      '?q=rail&type=note&topic=mahsr&gs=gs2&year=2025',
    ],
    [
      'exact after the query',
      { ...state('jimx', { type: ['note'] }), exact: true as const },
      '?q=jimx&exact=1&type=note',
    ],
    ['no exact without a query', { ...state('', { type: ['note'] }), exact: true as const }, '?type=note'],
  ])('writes %s', (_what, input, expected) => {
    expect(serializeSearchState(input)).toBe(expected);
  });

  it('writes the same string for the same state built in a different key order', () => {
    const a = state('x', { topic: ['cepa'], line: ['gs2-bilateral'], type: ['question'] });
    const b = state('x', { type: ['question'], line: ['gs2-bilateral'], topic: ['cepa'] });
    expect(serializeSearchState(a)).toBe(serializeSearchState(b));
  });

  it.each([
    ['an empty state', state('')],
    ['a query with spaces and symbols', state('india & japan: 2+2 "dialogue"')],
    ['a query of non-Latin text', state('भारत जापान 日本')],
    ['one filter', state('', { gs: ['gs3'] })],
    [
      'every facet with several values',
      state('rail', {
        type: ['note', 'question'],
        topic: ['cepa', 'mahsr'],
        mains: ['india-japan-relations'],
        gs: ['gs2', 'gs3'],
        line: ['gs2-bilateral'],
        publication: ['DIAS', 'TH'],
        year: ['2025', '2020'],
      }),
    ],
  ])('round-trips through parseSearchState: %s', (_what, input) => {
    expect(parseSearchState(serializeSearchState(input))).toEqual(input);
  });

  it.each([
    ['junk, duplicates and comma lists', '?junk=1&topic=cepa,cepa&topic=mahsr&q=%20quad%20%20talks'],
    ['facets out of order', '?year=2025&type=note&gs=gs2'],
    ['bad values', '?topic=%3Cimg%3E&gs=gs2'],
  ])('normalises a messy URL once, after which parse and serialize agree: %s', (_what, search) => {
    const once = serializeSearchState(parseSearchState(search));
    expect(serializeSearchState(parseSearchState(once))).toBe(once);
  });
});

describe('isEmptyState', () => {
  it.each([
    ['no query and no filters', state(''), true],
    ['facets present but every list empty', state('', { topic: [], year: [] }), true],
    ['a query alone', state('quad'), false],
    ['one filter alone', state('', { gs: ['gs2'] }), false],
    ['one non-empty facet among empty ones', state('', { topic: [], year: ['2025'] }), false],
    ['a query and a filter', state('quad', { topic: ['quad'] }), false],
  ])('%s → %s', (_what, input, expected) => {
    expect(isEmptyState(input)).toBe(expected);
  });
});

describe('toggleFilter', () => {
  it.each<[string, SearchPageState, FilterName, string, SearchPageState]>([
    ['adds a value to an empty state', state(''), 'topic', 'cepa', state('', { topic: ['cepa'] })],
    [
      'adds a second value to the end of a facet',
      state('', { topic: ['cepa'] }),
      'topic',
      'mahsr',
      state('', { topic: ['cepa', 'mahsr'] }),
    ],
    [
      'removes a value that is selected, keeping the others in order',
      state('', { topic: ['acsa', 'cepa', 'mahsr'] }),
      'topic',
      'cepa',
      state('', { topic: ['acsa', 'mahsr'] }),
    ],
    [
      'leaves other facets and the query alone',
      state('rail', { gs: ['gs2'], topic: ['cepa'] }),
      'year',
      '2025',
      state('rail', { gs: ['gs2'], topic: ['cepa'], year: ['2025'] }),
    ],
  ])('%s', (_what, input, name, value, expected) => {
    expect(toggleFilter(input, name, value)).toEqual(expected);
  });

  it('deletes the facet key when its last value is removed', () => {
    const result = toggleFilter(state('q', { topic: ['cepa'], gs: ['gs2'] }), 'topic', 'cepa');
    expect(result).toEqual(state('q', { gs: ['gs2'] }));
    expect('topic' in result.filters).toBe(false);
  });

  it('gives back an empty state when the only filter is removed', () => {
    expect(isEmptyState(toggleFilter(state('', { gs: ['gs2'] }), 'gs', 'gs2'))).toBe(true);
  });

  it('returns to the original state when the same value is toggled twice', () => {
    const input = state('rail', { topic: ['cepa'], year: ['2025'] });
    expect(toggleFilter(toggleFilter(input, 'topic', 'mahsr'), 'topic', 'mahsr')).toEqual(input);
  });

  it.each<[string, SearchPageState, FilterName, string]>([
    ['adding', state('q', { topic: ['cepa'], gs: ['gs2'] }), 'topic', 'mahsr'],
    ['removing', state('q', { topic: ['cepa', 'mahsr'], gs: ['gs2'] }), 'topic', 'mahsr'],
    ['removing the last value', state('q', { topic: ['cepa'], gs: ['gs2'] }), 'topic', 'cepa'],
  ])('leaves its input untouched when %s', (_what, input, name, value) => {
    const before = structuredClone(input);
    const topicBefore = input.filters.topic;
    const result = toggleFilter(input, name, value);
    expect(input).toEqual(before);
    expect(input.filters.topic).toBe(topicBefore);
    expect(result).not.toBe(input);
    expect(result.filters).not.toBe(input.filters);
    expect(result.filters.topic).not.toBe(input.filters.topic);
  });
});

describe('pagefindFilters', () => {
  const all = {
    type: ['note', 'question', 'topic'],
    topic: ['cepa', 'mahsr', NO_VALUE],
    gs: ['gs2', 'gs3', NO_VALUE],
    year: ['2025', NO_VALUE],
  };

  it.each<[string, Selected, Partial<Record<string, string[]>>, FilterName | undefined, object]>([
    [
      'names every facet that has values, each with all of them, when nothing is selected',
      {},
      all,
      undefined,
      {
        type: { any: all.type },
        topic: { any: all.topic },
        gs: { any: all.gs },
        year: { any: all.year },
      },
    ],
    [
      'asks for any of the selected values in a selected facet and all values in the rest',
      { topic: ['cepa', 'mahsr'] },
      all,
      undefined,
      {
        type: { any: all.type },
        topic: { any: ['cepa', 'mahsr'] },
        gs: { any: all.gs },
        year: { any: all.year },
      },
    ],
    [
      'treats the omitted facet as unselected so its own counts are not narrowed by itself',
      { topic: ['cepa'], gs: ['gs2'] },
      all,
      'topic',
      {
        type: { any: all.type },
        topic: { any: all.topic },
        gs: { any: ['gs2'] },
        year: { any: all.year },
      },
    ],
    [
      'leaves out facets with no values in the index and nothing selected',
      {},
      { type: ['note'], mains: [] },
      undefined,
      { type: { any: ['note'] } },
    ],
    [
      'keeps a selected facet even when the index lists no values for it',
      { line: ['gs2-bilateral'] },
      { type: ['note'] },
      undefined,
      { type: { any: ['note'] }, line: { any: ['gs2-bilateral'] } },
    ],
    [
      'treats an empty selection like no selection',
      { topic: [] },
      { topic: ['cepa', NO_VALUE] },
      undefined,
      { topic: { any: ['cepa', NO_VALUE] } },
    ],
    [
      'leaves out an omitted facet that has no values in the index',
      { publication: ['DIAS'] },
      { type: ['note'] },
      'publication',
      { type: { any: ['note'] } },
    ],
    ['gives an empty object when there is nothing at all', {}, {}, undefined, {}],
  ])('%s', (_what, filters, allValues, omit, expected) => {
    expect(pagefindFilters(filters, allValues, omit)).toEqual(expected);
  });

  it('ignores keys in the index values that are not facets', () => {
    expect(pagefindFilters({}, { colour: ['red'], type: ['note'] })).toEqual({ type: { any: ['note'] } });
  });

  it('names facets in panel order', () => {
    const everything = Object.fromEntries(FILTER_NAMES.map((name) => [name, [NO_VALUE]]));
    expect(Object.keys(pagefindFilters({ year: ['2025'], type: ['note'] }, everything))).toEqual([...FILTER_NAMES]);
  });
});

describe('selectedPairs', () => {
  it.each<[string, Selected, [FilterName, string][]]>([
    ['nothing for no filters', {}, []],
    ['nothing for empty facets', { topic: [], gs: [] }, []],
    [
      'one pair per value',
      { topic: ['cepa', 'mahsr'] },
      [
        ['topic', 'cepa'],
        ['topic', 'mahsr'],
      ],
    ],
    [
      'pairs in panel order, whatever the key order',
      { year: ['2025'], topic: ['cepa'], type: ['note', 'question'] },
      [
        ['type', 'note'],
        ['type', 'question'],
        ['topic', 'cepa'],
        ['year', '2025'],
      ],
    ],
  ])('gives %s', (_what, filters, expected) => {
    expect(selectedPairs(filters)).toEqual(expected);
  });

  it('lists the same pairs the URL holds', () => {
    const parsed = parseSearchState('?gs=gs2&topic=cepa,mahsr');
    const fromUrl = [...new URLSearchParams(serializeSearchState(parsed)).entries()];
    expect(selectedPairs(parsed.filters)).toEqual(fromUrl);
  });
});

describe('parseSearchState truncation', () => {
  it('never ends a truncated query with a space', () => {
    expect(parseSearchState(new URLSearchParams({ q: `${'a'.repeat(199)} b` })).q).toBe('a'.repeat(199));
  });
  it('cuts by whole characters, never half an emoji', () => {
    expect(parseSearchState(new URLSearchParams({ q: '🙂'.repeat(201) })).q).toBe('🙂'.repeat(200));
  });
});
