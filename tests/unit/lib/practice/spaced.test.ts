import { describe, expect, it } from 'vitest';
import { addDays, formatDay, isDue, review } from '../../../../src/lib/practice/spaced.ts';
import type { CardState } from '../../../../src/schemas/progress.ts';

describe('addDays', () => {
  it.each([
    ['2026-11-25', 1, '2026-11-26'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-11-25', 21, '2026-12-16'],
  ])('%s + %i days is %s', (day, days, expected) => expect(addDays(day, days)).toBe(expected));
});

describe('review: 1, 3, 7, 21 days', () => {
  const at = (step: number, due: string): CardState => ({ step, due, last: '2026-11-01' });
  it.each([
    ['a new card known', undefined, true, { step: 0, due: '2026-11-26' }],
    ['a new card not known', undefined, false, { step: 0, due: '2026-11-26' }],
    ['known at step 0 → 3 days', at(0, '2026-11-25'), true, { step: 1, due: '2026-11-28' }],
    ['known at step 1 → 7 days', at(1, '2026-11-25'), true, { step: 2, due: '2026-12-02' }],
    ['known at step 2 → 21 days', at(2, '2026-11-25'), true, { step: 3, due: '2026-12-16' }],
    ['known at the last step stays at 21 days', at(3, '2026-11-25'), true, { step: 3, due: '2026-12-16' }],
    ['forgotten at the last step → back to tomorrow', at(3, '2026-11-25'), false, { step: 0, due: '2026-11-26' }],
  ] as [string, CardState | undefined, boolean, Pick<CardState, 'step' | 'due'>][])(
    '%s',
    (_what, card, knew, expected) => {
      expect(review(card, knew, '2026-11-25')).toEqual({ ...expected, last: '2026-11-25' });
    },
  );
});

describe('isDue', () => {
  it.each([
    ['never reviewed', undefined, true],
    ['due yesterday', { step: 0, due: '2026-11-24', last: '2026-11-23' }, true],
    ['due today', { step: 1, due: '2026-11-25', last: '2026-11-22' }, true],
    ['due tomorrow', { step: 0, due: '2026-11-26', last: '2026-11-25' }, false],
  ] as [string, CardState | undefined, boolean][])('%s → %s', (_what, card, due) =>
    expect(isDue(card, '2026-11-25')).toBe(due),
  );
});

it('formatDay writes a stored day in words', () => expect(formatDay('2026-11-05')).toBe('5 November 2026'));
