import { describe, expect, it } from 'vitest';
import { NOTE_FORMS, plural, QUESTION_FORMS } from '../../../src/lib/plural.ts';

describe('plural', () => {
  it.each([
    [0, NOTE_FORMS, '0 notes'],
    [1, NOTE_FORMS, '1 note'],
    [2, NOTE_FORMS, '2 notes'],
    [1, QUESTION_FORMS, '1 question'],
    [11, QUESTION_FORMS, '11 questions'],
    [1000, QUESTION_FORMS, '1,000 questions'],
    [100000, NOTE_FORMS, '1,00,000 notes'],
  ])('writes %i with the right form', (count, forms, expected) => {
    expect(plural(count, forms)).toBe(expected);
  });
});
