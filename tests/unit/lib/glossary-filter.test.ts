import { describe, expect, it } from 'vitest';
import { matchesFilter, termWords } from '../../../src/lib/glossary-filter.ts';

const acsa = termWords(
  'Acquisition and Cross-Servicing Agreement अधिग्रहण और पारस्परिक सेवा समझौता ACSA Logistics pact of 2020',
);
const hsr = termWords('High-speed rail हाई-स्पीड रेल Bullet train; MAHSR');

describe('the glossary filter', () => {
  it.each([
    ['acsa', acsa, true],
    ['ACSA', acsa, true],
    ['cross serv', acsa, true],
    ['2020', acsa, true],
    ['समझौता', acsa, true],
    ['bullet train', hsr, true],
    ['हाई स्पीड', hsr, true],
    ['bullet plane', hsr, false],
    ['rail acsa', hsr, false],
  ])('%j in the term → %s', (filter, words, kept) => expect(matchesFilter(filter, words)).toBe(kept));

  it('keeps every term for an empty or blank filter', () => {
    expect(matchesFilter('', acsa)).toBe(true);
    expect(matchesFilter('  ', hsr)).toBe(true);
  });
});
