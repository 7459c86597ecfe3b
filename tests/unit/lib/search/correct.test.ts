import { describe, expect, it } from 'vitest';
import { allowedEdits, correctQuery } from '../../../../src/lib/search/correct.ts';

/** A vocabulary weightiest first, as /search/vocab.json serves it. */
const WORDS = [
  'Japan',
  'JIMEX',
  'Quad',
  'Malabar',
  'exercise',
  'Chandrayaan',
  'Shinkansen',
  'bullet',
  'train',
  'India',
];

describe('correctQuery', () => {
  it.each([
    ['a missing letter', 'jimx', 'JIMEX'],
    ['a missing vowel', 'japn', 'Japan'],
    ['swapped letters', 'quda', 'Quad'],
    ['two words, one misspelt', 'malabr exercise', 'Malabar exercise'],
    ['keeps punctuation and digits', 'chandrayan-5', 'Chandrayaan-5'],
    ['two edits in a long word', 'shinkanzn', 'Shinkansen'],
    ['both words misspelt', 'bulet trian', 'bullet train'],
    ['a correct query needs nothing', 'JIMEX exercise', null],
    ['case alone is no mistake', 'jimex', null],
    ['short words are left alone', 'jmx', null],
    ['nothing near enough', 'zzzzzz', null],
    ['Hindi is left to the glossary', 'जापन', null],
    ['an empty query', '', null],
  ])('%s: %j → %j', (_, query, expected) => {
    expect(correctQuery(query, WORDS)).toBe(expected);
  });

  it('prefers the weightier of two equally near words', () => {
    expect(correctQuery('trail', ['train', 'trait'])).toBe('train');
    expect(correctQuery('trail', ['trait', 'train'])).toBe('trait');
  });
});

describe('allowedEdits', () => {
  it.each([
    [4, 1],
    [5, 1],
    [6, 2],
    [12, 2],
  ])('a %i-letter word may be %i edits away', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });
});
