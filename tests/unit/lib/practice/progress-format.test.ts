import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  markRevised,
  migrate,
  parseProgress,
  recordAttempt,
  serializeProgress,
  restoreRevised,
  toggleBookmark,
  type Migration,
} from '../../../../src/lib/practice/progress-format.ts';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../../../../src/schemas/progress.ts';

const valid = {
  format: PROGRESS_FORMAT,
  version: PROGRESS_VERSION,
  revised: { 'defence-and-security': { count: 2, first: '2026-11-20', last: '2026-11-25' } },
  bookmarks: ['trade-and-investment'],
  lastVisit: { note: 'way-forward', at: 1_764_000_000_000 },
  answers: { 'mcq-defence': [{ day: '2026-11-25', choice: 'b', correct: false }] },
  cards: { 'defence-and-security/0': { step: 1, due: '2026-11-28', last: '2026-11-25' } },
  drafts: { 'practice-mains-dimensions': { text: 'Strategic ties…', saved: '2026-11-25T10:00:00Z' } },
};
const json = (value: unknown) => JSON.stringify(value);
const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

describe('parseProgress accepts', () => {
  it.each([
    ['a complete file', json(valid)],
    ['the minimum: format and version only', json({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION })],
    ['a file without a last visit', json(without('lastVisit'))],
    ['its own export', serializeProgress(emptyProgress())],
    [
      'cards of every kind: lines, timeline events and key figures',
      json({
        ...valid,
        cards: Object.fromEntries(
          ['overview/0', 'overview/t31', 'overview/f10'].map((id) => [
            id,
            { step: 1, due: '2026-11-28', last: '2026-11-25' },
          ]),
        ),
      }),
    ],
  ])('%s', (_what, text) => {
    const result = parseProgress(text);
    expect(result.ok).toBe(true);
  });

  it('reads a file back exactly as it was written', () => {
    const first = parseProgress(json(valid));
    expect(first).toEqual({ ok: true, progress: valid });
    if (first.ok) expect(parseProgress(serializeProgress(first.progress))).toEqual(first);
  });
});

describe('parseProgress refuses, saying why', () => {
  it.each([
    ['an empty file', '', /not valid JSON/],
    ['text that is not JSON', 'revised: yes', /not valid JSON/],
    ['a JSON array', '[1, 2]', /not a progress file from India–Japan Notes/],
    ['JSON null', 'null', /not a progress file/],
    ['a JSON string', '"hello"', /not a progress file/],
    ['another site’s file', json({ format: 'someone-else/progress', version: 1 }), /not a progress file/],
    ['a file with no format field', json({ version: 1, revised: {} }), /not a progress file/],
    ['a file with no version', json({ format: PROGRESS_FORMAT }), /no valid format version/],
    ['a version that is text', json({ format: PROGRESS_FORMAT, version: '1' }), /no valid format version/],
    ['version 0', json({ format: PROGRESS_FORMAT, version: 0 }), /no valid format version/],
    ['a newer version', json({ ...valid, version: PROGRESS_VERSION + 1 }), /newer version of the site/],
    ['an unknown field', json({ ...valid, password: 'x' }), /damaged/],
    ['a bad note id', json({ ...valid, bookmarks: ['Not An Id'] }), /damaged.*bookmarks/],
    ['a repeated bookmark', json({ ...valid, bookmarks: ['a', 'a'] }), /bookmarked twice/],
    [
      'a revision count of 0',
      json({ ...valid, revised: { a: { count: 0, first: '2026-11-01', last: '2026-11-01' } } }),
      /damaged.*revised/,
    ],
    [
      'an impossible date',
      json({ ...valid, revised: { a: { count: 1, first: '2026-02-30', last: '2026-02-30' } } }),
      /not a real calendar date/,
    ],
    [
      'an answer letter e',
      json({ ...valid, answers: { q: [{ day: '2026-11-25', choice: 'e', correct: true }] } }),
      /damaged.*answers/,
    ],
    [
      'a card step beyond 21 days',
      json({ ...valid, cards: { 'a/0': { step: 4, due: '2026-11-25', last: '2026-11-25' } } }),
      /damaged.*cards/,
    ],
    [
      'a malformed card id',
      json({ ...valid, cards: { 'a-0': { step: 0, due: '2026-11-25', last: '2026-11-25' } } }),
      /damaged.*cards/,
    ],
    ['a file over 2 MB', json({ ...valid, padding: 'x'.repeat(2_000_001) }), /too large/],
  ])('%s', (_what, text, message) => {
    const result = parseProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('migration hook', () => {
  const migrations: Record<number, Migration> = {
    1: ({ saved, ...rest }) => ({ ...rest, bookmarks: saved }),
    2: (old) => ({ ...old, drafts: {} }),
  };
  it.each([
    ['from 1 to 3 runs both steps', 1, { format: 'f', version: 3, bookmarks: ['a'], drafts: {} }],
    ['from 2 to 3 runs the last step only', 2, { format: 'f', version: 3, saved: ['a'], drafts: {} }],
    ['from 3 to 3 changes nothing', 3, { format: 'f', version: 3, saved: ['a'] }],
  ])('%s', (_what, version, expected) => {
    expect(migrate({ format: 'f', version, saved: ['a'] }, version, migrations, 3)).toEqual(expected);
  });
  it('gives up when a step is missing', () => {
    expect(migrate({ version: 1 }, 1, { 2: (old) => old }, 3)).toBeUndefined();
  });
});

describe('changes', () => {
  it.each([
    ['first revision', undefined, { count: 1, first: '2026-11-25', last: '2026-11-25' }],
    [
      'third revision',
      { count: 2, first: '2026-11-01', last: '2026-11-10' },
      { count: 3, first: '2026-11-01', last: '2026-11-25' },
    ],
  ])('markRevised: %s', (_what, before, after) => {
    const start = { ...emptyProgress(), revised: before ? { note: before } : {} };
    expect(markRevised(start, 'note', '2026-11-25').revised['note']).toEqual(after);
  });

  it.each([
    [[], ['a']],
    [['a'], []],
    [['a', 'b'], ['b']],
    [['b'], ['b', 'a']],
  ])('toggleBookmark("a") on %j gives %j', (before, after) => {
    expect(toggleBookmark({ ...emptyProgress(), bookmarks: before }, 'a').bookmarks).toEqual(after);
  });

  it('recordAttempt keeps the latest 20 attempts, oldest first', () => {
    let p = emptyProgress();
    for (let i = 1; i <= 25; i++)
      p = recordAttempt(p, 'q', { day: `2026-11-${String(i).padStart(2, '0')}`, choice: 'a', correct: i % 2 === 0 });
    expect(p.answers['q']).toHaveLength(20);
    expect(p.answers['q']?.[0]?.day).toBe('2026-11-06');
    expect(p.answers['q']?.at(-1)?.day).toBe('2026-11-25');
  });
});

describe('markRevised and restoreRevised', () => {
  it('records one revision a day however often it is tapped', () => {
    const once = markRevised(emptyProgress(), 'n', '2026-12-01');
    expect(markRevised(once, 'n', '2026-12-01')).toBe(once);
    expect(once.revised['n']).toEqual({ count: 1, first: '2026-12-01', last: '2026-12-01' });
    expect(markRevised(once, 'n', '2026-12-02').revised['n']).toEqual({
      count: 2,
      first: '2026-12-01',
      last: '2026-12-02',
    });
  });
  it('undoes a revision back to the record before, or to none', () => {
    const first = markRevised(emptyProgress(), 'n', '2026-12-01');
    const second = markRevised(first, 'n', '2026-12-02');
    expect(restoreRevised(second, 'n', first.revised['n']).revised).toEqual(first.revised);
    expect(restoreRevised(first, 'n', undefined).revised).toEqual({});
  });
  it('leaves other notes alone', () => {
    const both = markRevised(markRevised(emptyProgress(), 'a', '2026-12-01'), 'b', '2026-12-01');
    expect(Object.keys(restoreRevised(both, 'b', undefined).revised)).toEqual(['a']);
  });
});
