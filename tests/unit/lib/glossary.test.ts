import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_SEARCH_TYPE,
  glossaryAnchor,
  glossaryDuplicates,
  glossaryLetter,
  glossarySearchFilters,
  groupGlossary,
  letterAnchor,
  letterLabel,
  termKey,
  textLang,
} from '../../../src/lib/glossary.ts';
import { FILTER_NAMES, NO_VALUE } from '../../../src/lib/search-filters.ts';

describe('termKey', () => {
  it.each([
    ['Indo-Pacific', 'indo-pacific'],
    ['  INDO-PACIFIC ', 'indo-pacific'],
    ['Indo–Pacific', 'indo-pacific'],
    ['Mumbai — Ahmedabad', 'mumbai - ahmedabad'],
    ['Joint   Vision\nfor the Next Decade', 'joint vision for the next decade'],
    ['हिंद-प्रशांत', 'हिंद-प्रशांत'],
  ])('compares %j as %j', (text, key) => {
    expect(termKey(text)).toBe(key);
  });
});

describe('glossaryDuplicates', () => {
  const t = (term: string, hindi: string) => ({ term, hindi });
  it.each([
    ['no repeats', [t('Quad', 'क्वाड'), t('ASEAN', 'आसियान')], []],
    [
      'an English term repeated in another case',
      [t('Quad', 'क्वाड'), t('ASEAN', 'आसियान'), t('QUAD', 'चतुर्भुज सुरक्षा संवाद')],
      [{ index: 2, first: 0, field: 'term', value: 'QUAD' }],
    ],
    [
      'a Hindi term repeated with extra spaces',
      [t('Quad', 'क्वाड'), t('Quadrilateral', ' क्वाड ')],
      [{ index: 1, first: 0, field: 'hindi', value: ' क्वाड ' }],
    ],
    [
      'both fields repeated, reported in file order',
      [t('Quad', 'क्वाड'), t('ASEAN', 'आसियान'), t('quad', 'क्वाड'), t('Asean', 'एशियन')],
      [
        { index: 2, first: 0, field: 'hindi', value: 'क्वाड' },
        { index: 2, first: 0, field: 'term', value: 'quad' },
        { index: 3, first: 1, field: 'term', value: 'Asean' },
      ],
    ],
    [
      'a third copy, reported against the first',
      [t('G20', 'जी-20'), t('g20', 'जी20'), t('G20 ', 'जी 20')],
      [
        { index: 1, first: 0, field: 'term', value: 'g20' },
        { index: 2, first: 0, field: 'term', value: 'G20 ' },
      ],
    ],
  ])('finds %s', (_what, terms, expected) => {
    expect(glossaryDuplicates(terms)).toEqual(expected);
  });
});

describe('glossaryLetter and letterLabel', () => {
  it.each([
    ['ASEAN', 'A', 'A'],
    ['quad', 'Q', 'Q'],
    ['Tōdai-ji', 'T', 'T'],
    ['Ōsaka', 'O', 'O'],
    ['2+2 Ministerial Dialogue', '#', '0–9'],
    ['10 trillion yen investment pledge', '#', '0–9'],
    ['"Quoted" term', '#', '0–9'],
  ])('files %j under %j, shown as %j', (term, letter, label) => {
    expect(glossaryLetter(term)).toBe(letter);
    expect(letterLabel(glossaryLetter(term))).toBe(label);
  });
});

describe('groupGlossary', () => {
  const terms = (...names: string[]) => names.map((term) => ({ term }));
  it.each([
    ['nothing', terms(), []],
    [
      'terms out of order, with digits first and case ignored',
      terms('Quad', 'acsa', '2+2 Ministerial Dialogue', 'ASEAN', 'Act East Policy', 'quadrilateral'),
      [
        { letter: '#', terms: terms('2+2 Ministerial Dialogue') },
        { letter: 'A', terms: terms('acsa', 'Act East Policy', 'ASEAN') },
        { letter: 'Q', terms: terms('Quad', 'quadrilateral') },
      ],
    ],
    [
      'numbers in natural order',
      terms('G20', 'G4', '10 trillion yen', '2+2'),
      [
        { letter: '#', terms: terms('2+2', '10 trillion yen') },
        { letter: 'G', terms: terms('G4', 'G20') },
      ],
    ],
  ])('groups %s', (_what, input, expected) => {
    expect(groupGlossary(input)).toEqual(expected);
  });
});

describe('anchors and languages', () => {
  it.each([
    [glossaryAnchor('indo-pacific'), 'term-indo-pacific'],
    [letterAnchor('A'), 'letter-a'],
    [letterAnchor('#'), 'letter-digits'],
  ])('builds the id %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['बुलेट ट्रेन', 'hi'],
    ['JWG-DETC (संयुक्त कार्य समूह)', 'hi'],
    ['bullet train', undefined],
    ['Tōdai-ji', undefined],
  ])('marks %j as lang %j', (text, lang) => {
    expect(textLang(text)).toBe(lang);
  });
});

describe('glossarySearchFilters', () => {
  it('gives the glossary its own type and the empty marker in every other facet', () => {
    const filters = glossarySearchFilters();
    expect(filters).toContainEqual(['type', GLOSSARY_SEARCH_TYPE]);
    expect(filters.map(([name]) => name).sort()).toEqual([...FILTER_NAMES].sort());
    expect(filters.filter(([name]) => name !== 'type').every(([, value]) => value === NO_VALUE)).toBe(true);
  });
});
