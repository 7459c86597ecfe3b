import { describe, expect, it } from 'vitest';
import { foldCase, normaliseQuery } from '../../../../src/lib/search/normalise.ts';

describe('normaliseQuery', () => {
  it.each([
    ['digits and a plus', '2+2', '2 plus 2'],
    ['spelled-out numbers', 'two plus two', '2 plus 2'],
    ['digits spelled with plus', '2 plus 2', '2 plus 2'],
    ['hyphens and capitals', 'Two-plus-Two Ministerial Dialogue', '2 plus 2 ministerial dialogue'],
    ['plus inside a name', 'China+1', 'china plus 1'],
    ['a spaced plus', 'China + 1 strategy', 'china plus 1 strategy'],
    ['an ampersand', 'Acquisition, Technology & Logistics', 'acquisition technology and logistics'],
    ['letters next to digits', 'G20', 'g 20'],
    ['a hyphen between letter and digit', 'G-20', 'g 20'],
    ['an en dash', 'India–Japan CEPA', 'india japan cepa'],
    ['an apostrophe', "India's first bullet train", 'indias first bullet train'],
    ['a curly apostrophe', 'Quad Leaders’ Summit', 'quad leaders summit'],
    ['Latin diacritics', 'Bukkyō', 'bukkyo'],
    ['extra spaces and punctuation', '  JIMEX!!  ', 'jimex'],
    ['Hindi keeps its vowel signs', 'बुलेट ट्रेन', 'बुलेट ट्रेन'],
    ['a Hindi dash', 'मुंबई–अहमदाबाद', 'मुंबई अहमदाबाद'],
    ['nothing but punctuation', '+-&', 'plus and'],
    ['empty', '', ''],
  ])('%s: %j → %j', (_, input, expected) => {
    expect(normaliseQuery(input)).toBe(expected);
  });
});

describe('foldCase', () => {
  it.each([
    ['JIMEX', 'jimex'],
    ['Bukkyō', 'bukkyo'],
    ['जापान', 'जापान'],
  ])('%j → %j', (input, expected) => {
    expect(foldCase(input)).toBe(expected);
  });
});
