import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { expectIssue, expectParsed } from './issues.ts';

const minimal = {
  id: 'indo-pacific',
  term: 'Indo-Pacific',
  hindi: 'हिंद-प्रशांत',
  meaning: 'The Indian and Pacific Oceans seen as one strategic and economic space.',
  topic: 'indo-pacific',
};

describe('glossaryTermSchema: valid terms', () => {
  it.each([
    ['the five required fields, aliases defaulting to none', minimal, { ...minimal, aliases: [] }],
    [
      'aliases in English and in Hindi',
      { ...minimal, aliases: ['Indo Pacific', 'हिन्द-प्रशान्त'] },
      { ...minimal, aliases: ['Indo Pacific', 'हिन्द-प्रशान्त'] },
    ],
    [
      'a Hindi term that keeps an acronym in Latin letters',
      { ...minimal, hindi: 'JWG-DETC (संयुक्त कार्य समूह)' },
      { ...minimal, hindi: 'JWG-DETC (संयुक्त कार्य समूह)', aliases: [] },
    ],
    [
      'padding around the text, trimmed',
      { ...minimal, term: ' Indo-Pacific ', hindi: '\nहिंद-प्रशांत ', aliases: [' bullet train '] },
      { ...minimal, aliases: ['bullet train'] },
    ],
    [
      'a meaning of exactly 200 characters',
      { ...minimal, meaning: 'm'.repeat(200) },
      { ...minimal, meaning: 'm'.repeat(200), aliases: [] },
    ],
    [
      'its meaning in Hindi',
      { ...minimal, hindiMeaning: ' हिंद और प्रशांत महासागर एक रणनीतिक क्षेत्र के रूप में। ' },
      { ...minimal, hindiMeaning: 'हिंद और प्रशांत महासागर एक रणनीतिक क्षेत्र के रूप में।', aliases: [] },
    ],
  ])('accepts a term with %s', (_what, input, expected) => {
    expect(expectParsed(glossaryTermSchema, input)).toEqual(expected);
  });
});

describe('glossaryTermSchema: invalid terms', () => {
  it.each([
    ['no id', { ...minimal, id: undefined }, ['id'], 'expected string'],
    ['an id that is not kebab-case', { ...minimal, id: 'Indo_Pacific' }, ['id'], 'expected a kebab-case id'],
    ['an empty English term', { ...minimal, term: ' ' }, ['term'], 'give the English term'],
    ['no Hindi term', { ...minimal, hindi: undefined }, ['hindi'], 'expected string'],
    ['an empty Hindi term', { ...minimal, hindi: '' }, ['hindi'], 'give the Hindi term'],
    ['a Hindi term in Latin letters', { ...minimal, hindi: 'hind-prashant' }, ['hindi'], 'Devanagari script'],
    ['an empty meaning', { ...minimal, meaning: '' }, ['meaning'], 'give a one-line meaning'],
    ['a meaning of 201 characters', { ...minimal, meaning: 'm'.repeat(201) }, ['meaning'], '200 characters'],
    ['a topic that is not an id', { ...minimal, topic: 'Indo Pacific' }, ['topic'], 'expected a kebab-case id'],
    ['an empty alias', { ...minimal, aliases: ['ok', ''] }, ['aliases', 1], 'an alias is empty'],
    ['aliases given as one string', { ...minimal, aliases: 'bullet train' }, ['aliases'], 'expected array'],
    ['an empty Hindi meaning', { ...minimal, hindiMeaning: ' ' }, ['hindiMeaning'], 'the Hindi meaning is empty'],
    [
      'a Hindi meaning in Latin letters',
      { ...minimal, hindiMeaning: 'The oceans.' },
      ['hindiMeaning'],
      'write the Hindi meaning in Devanagari script',
    ],
    ['an unknown field', { ...minimal, hindiTerm: 'x' }, [], 'Unrecognized key: "hindiTerm"'],
  ])('rejects a term with %s', (_what, input, path, message) => {
    expectIssue(glossaryTermSchema, input, { path, message });
  });
});
