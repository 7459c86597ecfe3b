import { describe, expect, it } from 'vitest';
import { minutesFor, wordsTyped } from '../../../../src/lib/practice/mains.ts';

describe('minutesFor', () => {
  it.each([
    [150, 7],
    [250, 11],
    [200, 9],
  ])('%i words → %i minutes', (words, minutes) => expect(minutesFor(words)).toBe(minutes));
});

describe('wordsTyped', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['India and Japan', 3],
    ['Act East – FOIP; 2+2 dialogue.\nQuad', 6],
  ])('%j has %i words', (text, n) => expect(wordsTyped(text)).toBe(n));
});
