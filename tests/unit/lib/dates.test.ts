import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/dates.ts';
import { dateSchema } from '../../../src/schemas/common.ts';

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

describe('formatDate', () => {
  it.each([
    ['2026-11-25', '25 November 2026'],
    ['2025-01-01', '1 January 2025'],
    ['2025-09-01', '1 September 2025'],
    ['2024-02-29', '29 February 2024'],
    ['2025-12-31', '31 December 2025'],
    ['2000-06-15', '15 June 2000'],
  ])('writes %s as %s', (day, expected) => {
    expect(formatDate(utc(day))).toBe(expected);
  });

  it.each([
    ['late in the UTC day', '2026-11-25T23:59:59Z', '25 November 2026'],
    ['early in the UTC day', '2026-11-25T00:00:01Z', '25 November 2026'],
    ['given with an Indian offset that is still the previous UTC day', '2026-11-26T05:00:00+05:30', '25 November 2026'],
  ])('shows the UTC calendar day for an instant %s', (_what, instant, expected) => {
    expect(formatDate(new Date(instant))).toBe(expected);
  });

  it('shows the day the editor wrote for a date that came through the schema', () => {
    expect(formatDate(dateSchema.parse('2025-03-01'))).toBe('1 March 2025');
  });
});

describe('isoDate', () => {
  it.each(['2026-11-25', '2025-01-01', '2024-02-29', '1999-12-31'])(
    'writes the UTC-midnight date of %s back as the same text',
    (day) => {
      expect(isoDate(utc(day))).toBe(day);
    },
  );

  it.each([
    ['2026-11-25T23:59:59Z', '2026-11-25'],
    ['2026-11-26T02:00:00+05:30', '2026-11-25'],
    ['2026-11-25T20:00:00-05:00', '2026-11-26'],
  ])('writes the instant %s as its UTC day %s', (instant, expected) => {
    expect(isoDate(new Date(instant))).toBe(expected);
  });

  it('round-trips every date the schema produces', () => {
    for (const day of ['2025-02-28', '2025-03-01', '2025-12-31']) expect(isoDate(dateSchema.parse(day))).toBe(day);
  });

  it('throws on an invalid Date rather than printing nonsense', () => {
    expect(() => isoDate(new Date('not a date'))).toThrow(RangeError);
  });
});
