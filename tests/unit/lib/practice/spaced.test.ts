import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDay,
  isDue,
  review,
  todaysCardCount,
  todaysCards,
} from '../../../../src/lib/practice/spaced.ts';
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
      expect(review(card, knew, '2026-11-25')).toEqual({
        ...expected,
        last: '2026-11-25',
        ...(card ? {} : { seen: '2026-11-25' }),
      });
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

describe('todaysCards: reviews that are due, then a few new cards a day', () => {
  const cards = ['a/0', 'a/1', 'b/0', 'b/1', 'c/0'].map((id) => ({ id }));
  const ids = (list: { id: string }[]) => list.map((c) => c.id);

  it('deals at most the day’s new cards on a first visit, in reading order', () => {
    expect(ids(todaysCards(cards, {}, '2026-11-25', 2))).toEqual(['a/0', 'a/1']);
  });

  it('puts due reviews first, most overdue first, and holds back cards not yet due', () => {
    const states: Record<string, CardState> = {
      'a/0': { step: 1, due: '2026-11-28', last: '2026-11-25' },
      'a/1': { step: 0, due: '2026-11-25', last: '2026-11-24' },
      'b/0': { step: 2, due: '2026-11-20', last: '2026-11-13' },
    };
    expect(ids(todaysCards(cards, states, '2026-11-25', 5))).toEqual(['b/0', 'a/1', 'b/1', 'c/0']);
  });

  it('counts the new cards already seen today against the day’s allowance, and deals more the next day', () => {
    let states: Record<string, CardState> = {};
    for (const id of ['a/0', 'a/1']) states = { ...states, [id]: review(undefined, true, '2026-11-25') };
    expect(ids(todaysCards(cards, states, '2026-11-25', 2))).toEqual([]);
    expect(ids(todaysCards(cards, states, '2026-11-26', 2))).toEqual(['a/0', 'a/1', 'b/0', 'b/1']);
  });

  it('keeps the day a card was first seen through later reviews', () => {
    const first = review(undefined, true, '2026-11-25');
    expect(review(review(first, true, '2026-11-26'), false, '2026-11-29').seen).toBe('2026-11-25');
    // A card from an older progress file has no such day, and gains none.
    expect(review({ step: 0, due: '2026-11-25', last: '2026-11-24' }, true, '2026-11-25')).not.toHaveProperty('seen');
  });
});

describe('todaysCardCount', () => {
  it('counts what todaysCards deals, from the states and the number of cards alone', () => {
    const cards = Array.from({ length: 30 }, (_, i) => ({ id: `n/${i}` }));
    const states: Record<string, CardState> = {
      'n/0': review(undefined, true, '2026-11-25'),
      'n/1': { step: 1, due: '2026-11-24', last: '2026-11-21' },
      'n/2': { step: 2, due: '2026-12-09', last: '2026-11-25' },
    };
    for (const day of ['2026-11-25', '2026-11-26', '2026-12-20'])
      for (const perDay of [0, 2, 40])
        expect(todaysCardCount(states, cards.length, day, perDay)).toBe(todaysCards(cards, states, day, perDay).length);
  });
});
