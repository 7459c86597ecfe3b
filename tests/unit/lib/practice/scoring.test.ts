import { describe, expect, it } from 'vitest';
import {
  examPaceSeconds,
  formatClock,
  formatMarks,
  maxThirds,
  tally,
  type Outcome,
} from '../../../../src/lib/practice/scoring.ts';

const repeat = (outcome: Outcome, n: number): Outcome[] => Array.from({ length: n }, () => outcome);

describe('tally with UPSC marking (+2 right, −2/3 wrong, 0 blank)', () => {
  it.each([
    ['nothing answered', [], 0, '0'],
    ['one right', ['right'], 6, '2'],
    ['one wrong', ['wrong'], -2, '−0.67'],
    ['one blank', ['unanswered'], 0, '0'],
    ['three wrong make exactly −2', repeat('wrong', 3), -6, '−2'],
    ['one right and one wrong', ['right', 'wrong'], 4, '1.33'],
    ['two right, one wrong, one blank', ['right', 'right', 'wrong', 'unanswered'], 10, '3.33'],
    ['a full paper of 100 right', repeat('right', 100), 600, '200'],
    ['a full paper of 100 wrong', repeat('wrong', 100), -200, '−66.67'],
    ['60 right and 30 wrong (a typical cut-off paper)', [...repeat('right', 60), ...repeat('wrong', 30)], 300, '100'],
  ] as [string, Outcome[], number, string][])('%s → %i thirds, shown as %s', (_what, outcomes, thirds, shown) => {
    const t = tally(outcomes);
    expect(t.thirds).toBe(thirds);
    expect(formatMarks(t.thirds)).toBe(shown);
    expect(t.right + t.wrong + t.unanswered).toBe(outcomes.length);
  });

  it('keeps thirds exact where floating point would drift: 999 wrong is exactly −666', () => {
    expect(formatMarks(tally(repeat('wrong', 999)).thirds)).toBe('−666');
  });
});

describe('maxThirds, exam pace and the clock', () => {
  it.each([
    [1, '2'],
    [16, '32'],
    [100, '200'],
  ])('%i questions can score at most %s', (n, shown) => expect(formatMarks(maxThirds(n))).toBe(shown));

  it.each([
    [100, 7200],
    [10, 720],
    [1, 72],
  ])('%i questions at exam pace take %i seconds', (n, seconds) => expect(examPaceSeconds(n)).toBe(seconds));

  it.each([
    [0, '0:00'],
    [-5, '0:00'],
    [59.2, '1:00'],
    [72, '1:12'],
    [7200, '120:00'],
  ])('%f seconds shows as %s', (seconds, shown) => expect(formatClock(seconds)).toBe(shown));
});
