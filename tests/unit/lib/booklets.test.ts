import { describe, expect, it } from 'vitest';
import { bookletNoteBytes, splitBooklet } from '../../../src/lib/booklets.ts';

interface Note {
  id: string;
  size: number;
  questions: string[];
}
const note = (id: string, size: number, questions: string[] = []): Note => ({ id, size, questions });
const q = (id: string) => ({ id });
const split = (notes: Note[], questions: { id: string }[], budget: number) =>
  splitBooklet(notes, questions, { bytes: (n) => n.size, questionIds: (n) => n.questions, budget }).map((part) => ({
    notes: part.notes.map((n) => n.id),
    questions: part.questions.map((x) => x.id),
  }));

describe('splitBooklet', () => {
  it.each([
    ['everything fits one part', [note('a', 3), note('b', 3)], [], 10, [{ notes: ['a', 'b'], questions: [] }]],
    [
      'a part closes before the note that would pass the budget',
      [note('a', 4), note('b', 4), note('c', 4)],
      [],
      10,
      [
        { notes: ['a', 'b'], questions: [] },
        { notes: ['c'], questions: [] },
      ],
    ],
    [
      'a note larger than the budget gets a part of its own',
      [note('a', 2), note('big', 50), note('c', 2)],
      [],
      10,
      [
        { notes: ['a'], questions: [] },
        { notes: ['big'], questions: [] },
        { notes: ['c'], questions: [] },
      ],
    ],
    [
      'questions go with the first part that lists them, unlisted ones last',
      [note('a', 6, ['q1']), note('b', 6, ['q2', 'q1'])],
      [q('q2'), q('q1'), q('q9')],
      10,
      [
        { notes: ['a'], questions: ['q1'] },
        { notes: ['b'], questions: ['q2', 'q9'] },
      ],
    ],
    ['no notes: one empty part keeps the questions', [], [q('q1')], 10, [{ notes: [], questions: ['q1'] }]],
  ])('%s', (_, notes, questions, budget, expected) => {
    expect(split(notes, questions, budget)).toEqual(expected);
  });
});

describe('bookletNoteBytes', () => {
  it.each([
    [0, 4000],
    [10_000, 15_500],
  ])('a %i-byte body takes about %i bytes in a booklet', (length, bytes) => {
    expect(bookletNoteBytes(length)).toBe(bytes);
  });
});
