import { describe, expect, it } from 'vitest';
import { byYear, sortTimeline } from '../../../src/lib/timeline.ts';

const ev = (year: number, event: string, planned = false) => ({ year, event, planned });
const events = (list: { event: string }[]) => list.map((e) => e.event);

describe('sortTimeline', () => {
  it.each([
    ['no events', [], []],
    ['one event', [ev(2000, 'a')], ['a']],
    ['events out of year order', [ev(2014, 'c'), ev(2000, 'a'), ev(2006, 'b')], ['a', 'b', 'c']],
    [
      'a planned event before a past one of the same year',
      [ev(2025, 'target', true), ev(2025, 'done')],
      ['done', 'target'],
    ],
    [
      'a planned event of an earlier year before a past one of a later year',
      [ev(2030, 'later'), ev(2026, 'plan', true)],
      ['plan', 'later'],
    ],
    [
      'same-year past events, in input order',
      [ev(2025, 'second'), ev(2025, 'first'), ev(2025, 'third')],
      ['second', 'first', 'third'],
    ],
    ['same-year planned events, in input order', [ev(2030, 'y', true), ev(2030, 'x', true)], ['y', 'x']],
    [
      'a mixed timeline',
      [ev(2035, 'p2035', true), ev(2025, 'p2025', true), ev(2000, 'e2000'), ev(2025, 'e2025a'), ev(2025, 'e2025b')],
      ['e2000', 'e2025a', 'e2025b', 'p2025', 'p2035'],
    ],
  ])('sorts %s', (_what, input, expected) => {
    expect(events(sortTimeline(input))).toEqual(expected);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [ev(2010, 'b'), ev(2000, 'a')];
    const output = sortTimeline(input);
    expect(output).not.toBe(input);
    expect(events(input)).toEqual(['b', 'a']);
  });

  it('keeps the event objects and their other fields', () => {
    const withNote = { year: 2000, event: 'Global Partnership.', planned: false, note: 'history-and-evolution' };
    expect(sortTimeline([ev(2010, 'x'), withNote])[0]).toBe(withNote);
  });
});

describe('byYear', () => {
  it.each([
    ['no events', [], []],
    ['one event', [ev(2000, 'a')], [[2000, ['a']]]],
    [
      'one event a year',
      [ev(2000, 'a'), ev(2006, 'b')],
      [
        [2000, ['a']],
        [2006, ['b']],
      ],
    ],
    [
      'several events in one year',
      [ev(2000, 'a'), ev(2025, 'b'), ev(2025, 'c', true), ev(2030, 'd', true)],
      [
        [2000, ['a']],
        [2025, ['b', 'c']],
        [2030, ['d']],
      ],
    ],
  ])('groups %s', (_what, input, expected) => {
    expect(byYear(input).map((group) => [group.year, events(group.events)])).toEqual(expected);
  });

  it('prints each year once when given the output of sortTimeline', () => {
    const sorted = sortTimeline([ev(2025, 'b'), ev(2000, 'a'), ev(2025, 'c', true), ev(2000, 'd')]);
    const groups = byYear(sorted);
    expect(groups.map((group) => group.year)).toEqual([2000, 2025]);
    expect(groups.map((group) => events(group.events))).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ]);
  });

  it('only merges neighbouring events, so unsorted input repeats a year', () => {
    expect(byYear([ev(2000, 'a'), ev(2010, 'b'), ev(2000, 'c')]).map((group) => group.year)).toEqual([
      2000, 2010, 2000,
    ]);
  });

  it('keeps the event objects themselves', () => {
    const first = ev(2000, 'a');
    expect(byYear([first])[0]?.events[0]).toBe(first);
  });
});
