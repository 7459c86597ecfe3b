import { describe, expect, it } from 'vitest';
import { minutesFor, wordLimit, wordsTyped } from '../../../../src/lib/practice/mains.ts';

describe('wordLimit', () => {
  it.each([
    ['its own limit', { words: 250, marks: 10, text: 'Q' }, 250],
    ['10 marks', { marks: 10, text: 'Q' }, 150],
    ['15 marks', { marks: 15, text: 'Q' }, 250],
    ['"(250 words)" in the text', { text: 'Discuss. (250 words)' }, 250],
    ['nothing stated', { text: 'Discuss.' }, 150],
  ])('%s → %i words', (_what, question, limit) => expect(wordLimit(question)).toBe(limit));
});

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
