import { describe, expect, it } from 'vitest';
import {
  dateSchema,
  gsPaperSchema,
  httpsUrlSchema,
  idListSchema,
  idSchema,
  isNotInFuture,
  isRealDate,
} from '../../../src/schemas/common.ts';
import { expectIssue, expectParsed, utc } from './issues.ts';

describe('idSchema', () => {
  it.each(['summit-2025-outcomes', 'jimex', 'g20', 'us-2-aircraft', '2020', 'a'])(
    'accepts the kebab-case id %s',
    (id) => {
      expect(expectParsed(idSchema, id)).toBe(id);
    },
  );

  it.each([
    ['upper case letters', 'Summit-2025'],
    ['an underscore', 'summit_2025'],
    ['a space', 'summit 2025'],
    ['a leading hyphen', '-summit'],
    ['a trailing hyphen', 'summit-'],
    ['a doubled hyphen', 'summit--2025'],
    ['a dot', 'summit.2025'],
    ['a non-ASCII letter', 'sümmit'],
    ['nothing at all', ''],
  ])('rejects an id with %s', (_what, id) => {
    expectIssue(idSchema, id, { path: [], message: 'expected a kebab-case id such as "summit-2025-outcomes"' });
  });

  it('rejects a number where an id belongs', () => {
    expectIssue(idSchema, 2020, { path: [], message: 'expected string' });
  });
});

describe('isRealDate', () => {
  it.each([
    ['2025-01-01', true],
    ['2025-12-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    ['25-01-01', false],
    ['2025-01-01T00:00:00Z', false],
    ['', false],
  ])('says %s is a real calendar date: %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected);
  });
});

describe('isNotInFuture', () => {
  const now = Date.parse('2026-12-04T20:00:00Z');
  it.each([
    ['yesterday', '2026-12-03', true],
    ['today in UTC', '2026-12-04', true],
    ['tomorrow in UTC, already today east of it (India is at 01:30 on the 5th)', '2026-12-05', true],
    ['two days ahead, tomorrow even in the earliest time zone', '2026-12-06', false],
    ['a year ahead', '2027-12-04', false],
    ['long ago', '1952-04-28', true],
  ])('%s (%s): %s', (_what, value, expected) => {
    expect(isNotInFuture(value, now)).toBe(expected);
  });
});

describe('dateSchema', () => {
  it.each([
    ['a plain date', '2025-09-01', '2025-09-01'],
    ['a leap day', '2024-02-29', '2024-02-29'],
    ['the last day of the year', '2025-12-31', '2025-12-31'],
    ['a YAML Date object at UTC midnight', new Date(Date.UTC(2025, 2, 1)), '2025-03-01'],
    ['a YAML Date object with a time of day', new Date('2025-03-01T18:30:00Z'), '2025-03-01'],
  ])('turns %s into a UTC-midnight Date', (_what, input, day) => {
    const parsed = expectParsed(dateSchema, input);
    expect(parsed).toBeInstanceOf(Date);
    expect(parsed.getTime()).toBe(utc(day).getTime());
    expect(parsed.getUTCHours() + parsed.getUTCMinutes() + parsed.getUTCSeconds()).toBe(0);
  });

  it.each([
    ['an impossible day', '2025-02-30', 'not a real calendar date'],
    ['a 29 February outside a leap year', '2025-02-29', 'not a real calendar date'],
    ['a thirteenth month', '2025-13-01', 'not a real calendar date'],
    ['a month without its leading zero', '2025-2-01', 'expected a date written as YYYY-MM-DD'],
    ['a day-first date', '01-09-2025', 'expected a date written as YYYY-MM-DD'],
    ['a date with a time', '2025-09-01T00:00:00Z', 'expected a date written as YYYY-MM-DD'],
    ['words', 'first of September', 'expected a date written as YYYY-MM-DD'],
    ['an empty string', '', 'expected a date written as YYYY-MM-DD'],
    ['a number', 20250901, 'expected a date written as YYYY-MM-DD'],
    ['an invalid Date object', new Date('not a date'), 'expected a date written as YYYY-MM-DD'],
    ['null', null, 'expected a date written as YYYY-MM-DD'],
    ['nothing', undefined, 'expected a date written as YYYY-MM-DD'],
    ['a year typed wrong into the future', '2062-01-10', 'a date after today: give the day it happened (YYYY-MM-DD)'],
    ['a YAML Date object a year ahead', new Date(Date.now() + 366 * 86_400_000), 'a date after today'],
  ])('rejects %s', (_what, input, message) => {
    expectIssue(dateSchema, input, { path: [], message });
  });
});

describe('httpsUrlSchema', () => {
  it.each([
    'https://www.thehindu.com/',
    'https://www.drishtiias.com/printpdf/revisiting-india-japan-relations',
    'https://example.org/page?q=india&x=1#part',
    'https://pib.gov.in',
  ])('accepts the https URL %s unchanged', (value) => {
    expect(expectParsed(httpsUrlSchema, value)).toBe(value);
  });

  it.each([
    ['an http URL', 'http://www.thehindu.com/', 'expected an https:// URL'],
    ['an ftp URL', 'ftp://example.org/file', 'expected an https:// URL'],
    ['a mailto link', 'mailto:editor@example.org', 'expected an https:// URL'],
    ['an upper-case scheme', 'HTTPS://EXAMPLE.ORG/', 'expected an https:// URL'],
    ['an https URL with one slash', 'https:/example.org', 'expected an https:// URL'],
    ['a scheme with no host', 'https://', 'expected an absolute URL such as https://example.org/page'],
    ['plain words', 'not a url', 'expected an absolute URL such as https://example.org/page'],
    ['a root-relative path', '/notes/challenges/', 'expected an absolute URL such as https://example.org/page'],
    ['a bare host name', 'www.thehindu.com', 'expected an absolute URL such as https://example.org/page'],
    ['an empty string', '', 'expected an absolute URL such as https://example.org/page'],
  ])('rejects %s', (_what, value, message) => {
    expectIssue(httpsUrlSchema, value, { path: [], message });
  });

  it('rejects a number where a URL belongs', () => {
    expectIssue(httpsUrlSchema, 42, { path: [], message: 'expected an absolute URL' });
  });
});

describe('idListSchema', () => {
  const topics = idListSchema('prelims topic');

  it.each([[['jimex']], [['jimex', 'quad', 'malabar']]])('accepts the list %j and keeps its order', (ids) => {
    expect(expectParsed(topics, ids)).toEqual(ids);
  });

  it.each([
    ['an empty list', [], [], 'list at least one prelims topic'],
    ['a repeated id', ['jimex', 'quad', 'jimex'], [], 'the same prelims topic is listed twice'],
    ['a bad id in second place', ['jimex', 'Quad'], [1], 'expected a kebab-case id'],
    ['a single string instead of a list', 'jimex', [], 'expected array'],
    ['a number in the list', ['jimex', 7], [1], 'expected string'],
  ])('rejects %s', (_what, input, path, message) => {
    expectIssue(topics, input, { path, message });
  });

  it('names the kind of thing listed in its messages', () => {
    expectIssue(idListSchema('question'), [], { path: [], message: 'list at least one question' });
    expectIssue(idListSchema('mains topic'), ['a', 'a'], { path: [], message: 'the same mains topic is listed twice' });
  });
});

describe('gsPaperSchema', () => {
  it.each(['gs1', 'gs2', 'gs3', 'gs4'])('accepts the paper %s', (paper) => {
    expect(expectParsed(gsPaperSchema, paper)).toBe(paper);
  });

  it.each(['gs5', 'GS2', 'prelims', 'gs', '', 2])('rejects %j as a GS paper', (paper) => {
    expectIssue(gsPaperSchema, paper, { path: [], message: 'expected one of "gs1"|"gs2"|"gs3"|"gs4"' });
  });
});
