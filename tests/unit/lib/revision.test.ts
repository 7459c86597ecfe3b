import { describe, expect, it } from 'vitest';
import { BOOKLET_PAGE_BYTES } from '../../../src/lib/booklets.ts';
import {
  revisionContents,
  revisionLineCount,
  revisionNoteBytes,
  REVISION_SHEET_LINES,
  wholeSheetFits,
  type RevisionNote,
} from '../../../src/lib/revision.ts';

const note = (id: string, lines: number, lineLength = 100): RevisionNote => ({
  id,
  data: { title: `Note ${id}`, quickRevision: Array.from({ length: lines }, () => ({ text: 'x'.repeat(lineLength) })) },
});
const many = (count: number, lines: number) =>
  Array.from({ length: count }, (_, i) => note(String(i).padStart(5, '0'), lines));

describe('revisionNoteBytes', () => {
  it.each([
    ['a note with no lines costs its section and heading', note('ab', 0, 0), 450 + 4 + 7],
    ['each line adds its length and its markup', note('ab', 2, 100), 450 + 4 + 7 + 2 * 160],
  ])('%s', (_, n, bytes) => expect(revisionNoteBytes(n)).toBe(bytes));
});

describe('wholeSheetFits', () => {
  it.each([
    ['no notes fit', [], 100, true],
    ['notes exactly at the budget fit', [note('a', 0, 0), note('b', 0, 0)], 2 * 458, true],
    ['notes one byte over the budget do not fit', [note('a', 0, 0), note('b', 0, 0)], 2 * 458 - 1, false],
    ['a single note larger than the budget does not fit', [note('a', 10)], 500, false],
  ])('%s', (_, notes, budget, fits) => expect(wholeSheetFits(notes, budget, Infinity)).toBe(fits));

  it.each([
    // Our real set: 12 notes, about 6 lines of about 110 characters each.
    ['the real 12-note set fits', many(12, 6), true],
    ['1,000 notes of 5 lines do not fit', many(1000, 5), false],
  ])('on two A4 pages, %s', (_, notes, fits) => expect(wholeSheetFits(notes)).toBe(fits));

  it.each([
    [`${REVISION_SHEET_LINES} lines fit`, many(REVISION_SHEET_LINES, 1), true],
    [`${REVISION_SHEET_LINES + 1} lines do not`, many(REVISION_SHEET_LINES + 1, 1), false],
  ])('holds at most what two A4 pages print: %s', (_, notes, fits) => expect(wholeSheetFits(notes)).toBe(fits));

  it('uses the booklets’ page budget by default when lines are long', () => {
    const atBudget = Math.floor(BOOKLET_PAGE_BYTES / revisionNoteBytes(note('00000', 5)));
    expect(wholeSheetFits(many(atBudget, 5), undefined, Infinity)).toBe(true);
    expect(wholeSheetFits(many(atBudget + 1, 5), undefined, Infinity)).toBe(false);
  });
});

describe('revisionContents', () => {
  const topics = [
    { id: 'b', data: { title: 'Beta' } },
    { id: 'a', data: { title: 'Alpha' } },
    { id: 'empty', data: { title: 'Empty' } },
    { id: 'no-lines', data: { title: 'No lines' } },
  ];
  const byTopic = new Map([
    ['a', [note('1', 2), note('2', 3)]],
    ['b', [note('2', 3)]],
    ['no-lines', [note('3', 0)]],
  ]);

  it('lists topics with lines, in the given order, with their note and line counts', () => {
    expect(revisionContents(topics, byTopic)).toEqual([
      { id: 'b', title: 'Beta', notes: 1, lines: 3 },
      { id: 'a', title: 'Alpha', notes: 2, lines: 5 },
    ]);
  });

  it('counts lines across notes', () => {
    expect(revisionLineCount([note('1', 2), note('2', 3)])).toBe(5);
    expect(revisionLineCount([])).toBe(0);
  });
});
