import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, serializeProgress } from '../../../../src/lib/practice/progress-format.ts';
import { mergeProgress, progressCounts, sameProgress } from '../../../../src/lib/practice/progress-merge.ts';
import type { Progress } from '../../../../src/schemas/progress.ts';

const day = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const noteId = fc.constantFrom('alpha', 'beta', 'gamma', 'delta');
const attempt = fc.record({
  day,
  choice: fc.constantFrom('a', 'b', 'c', 'd', null),
  correct: fc.boolean(),
});
const progress: fc.Arbitrary<Progress> = fc
  .record({
    revised: fc.dictionary(
      noteId,
      fc.tuple(day, day, fc.integer({ min: 1, max: 9 })).map(([x, y, count]) => ({
        count,
        first: x < y ? x : y,
        last: x < y ? y : x,
      })),
    ),
    bookmarks: fc.uniqueArray(noteId),
    lastVisit: fc.option(fc.record({ note: noteId, at: fc.integer({ min: 0, max: 3 }) }), { nil: undefined }),
    answers: fc.dictionary(fc.constantFrom('q-one', 'q-two'), fc.array(attempt, { maxLength: 6 })),
    cards: fc.dictionary(
      fc.constantFrom('alpha/0', 'alpha/1', 'beta/0'),
      fc.record({ step: fc.integer({ min: 0, max: 3 }), due: day, last: day }),
    ),
    drafts: fc.dictionary(
      fc.constantFrom('q-mains'),
      fc.record({ text: fc.string({ maxLength: 20 }), saved: day.map((d) => `${d}T10:00:00.000Z`) }),
    ),
  })
  .map((r) => {
    const parsed = parseProgress(JSON.stringify({ ...emptyProgress(), ...r }));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.progress;
  });

describe('mergeProgress', () => {
  it('loses nothing the device or the file holds', () => {
    fc.assert(
      fc.property(progress, progress, (device, file) => {
        const merged = mergeProgress(device, file);
        for (const id of [...device.bookmarks, ...file.bookmarks]) expect(merged.bookmarks).toContain(id);
        for (const source of [device, file]) {
          for (const [id, r] of Object.entries(source.revised)) {
            expect(merged.revised[id]?.count).toBeGreaterThanOrEqual(r.count);
            expect(merged.revised[id]!.last >= r.last).toBe(true);
            expect(merged.revised[id]!.first <= r.first).toBe(true);
          }
          for (const id of Object.keys(source.answers)) expect(merged.answers[id]).toBeDefined();
          for (const id of Object.keys(source.cards)) expect(merged.cards[id]).toBeDefined();
          for (const id of Object.keys(source.drafts)) expect(merged.drafts[id]).toBeDefined();
        }
      }),
    );
  });

  it('is the same whichever file is merged into which, apart from bookmark order', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        expect({ ...ab, bookmarks: [...ab.bookmarks].sort() }).toEqual({ ...ba, bookmarks: [...ba.bookmarks].sort() });
      }),
    );
  });

  it('changes nothing when the same file is imported again', () => {
    fc.assert(
      fc.property(progress, progress, (device, file) => {
        const once = mergeProgress(device, file);
        expect(sameProgress(mergeProgress(once, file), once)).toBe(true);
      }),
    );
  });

  it('always gives a record the site can read back', () => {
    fc.assert(
      fc.property(progress, progress, (device, file) => {
        const parsed = parseProgress(serializeProgress(mergeProgress(device, file)));
        expect(parsed.ok).toBe(true);
      }),
    );
  });

  it('keeps two bookmarks made on the device when an older export without them is imported', () => {
    const older: Progress = { ...emptyProgress(), bookmarks: ['alpha'] };
    const device: Progress = { ...emptyProgress(), bookmarks: ['alpha', 'beta', 'gamma'] };
    expect(mergeProgress(device, older).bookmarks).toEqual(['alpha', 'beta', 'gamma']);
  });

  it.each([
    [
      'revisions: higher count, earlier first day, later last day',
      { revised: { alpha: { count: 3, first: '2025-02-01', last: '2025-03-01' } } },
      { revised: { alpha: { count: 2, first: '2025-01-15', last: '2025-04-01' } } },
      { revised: { alpha: { count: 3, first: '2025-01-15', last: '2025-04-01' } } },
    ],
    [
      'a flashcard as last reviewed',
      { cards: { 'alpha/0': { step: 3, due: '2025-05-01', last: '2025-04-10' } } },
      { cards: { 'alpha/0': { step: 0, due: '2025-04-02', last: '2025-04-01' } } },
      { cards: { 'alpha/0': { step: 3, due: '2025-05-01', last: '2025-04-10' } } },
    ],
    [
      'attempts of both, oldest first, one shared attempt once',
      { answers: { 'q-one': [{ day: '2025-01-02', choice: 'a', correct: true }] } },
      {
        answers: {
          'q-one': [
            { day: '2025-01-01', choice: 'b', correct: false },
            { day: '2025-01-02', choice: 'a', correct: true },
          ],
        },
      },
      {
        answers: {
          'q-one': [
            { day: '2025-01-01', choice: 'b', correct: false },
            { day: '2025-01-02', choice: 'a', correct: true },
          ],
        },
      },
    ],
  ] as const)('merges %s', (_what, device, file, expected) => {
    const merged = mergeProgress(
      { ...emptyProgress(), ...device } as Progress,
      {
        ...emptyProgress(),
        ...file,
      } as Progress,
    );
    expect(merged).toMatchObject(expected);
  });

  it('counts what a record holds', () => {
    const p: Progress = {
      ...emptyProgress(),
      bookmarks: ['alpha', 'beta'],
      revised: { alpha: { count: 1, first: '2025-01-01', last: '2025-01-01' } },
    };
    expect(progressCounts(p)).toEqual({ revised: 1, bookmarks: 2, answered: 0, cards: 0, drafts: 0 });
  });
});
