import { describe, expect, it } from 'vitest';
import { builtLanguages, DEFAULT_LOCALE, LANGUAGES, unknownLanguages } from '../../../../src/lib/i18n/locales.ts';

describe('builtLanguages (SITE_LANGUAGES)', () => {
  it.each([undefined, '', ' , '])('builds every language when the variable is %j', (value) => {
    expect(builtLanguages(value)).toEqual(LANGUAGES);
  });

  it('builds the English site alone for `en`', () => {
    expect(builtLanguages('en')).toEqual(['en']);
  });

  it('always builds the default language, first, whatever the order or spacing', () => {
    expect(builtLanguages('hi')).toEqual([DEFAULT_LOCALE, 'hi']);
    expect(builtLanguages(' hi , en ')).toEqual(['en', 'hi']);
  });

  it('names the codes the site does not have, and only those', () => {
    expect(unknownLanguages('en,fr, xx')).toEqual(['fr', 'xx']);
    expect(unknownLanguages('en,hi')).toEqual([]);
    expect(unknownLanguages(undefined)).toEqual([]);
  });
});
