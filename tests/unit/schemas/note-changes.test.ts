import { describe, expect, it } from 'vitest';
import { CHANGE_TEXT_MAX, noteSchema } from '../../../src/schemas/note.ts';
import { noteTranslationSchema } from '../../../src/schemas/translation.ts';
import { expectIssue, expectParsed, utc } from './issues.ts';
import { withChanges } from './note-fixture.ts';

// A note's change log (`changes`), which the home page's "Latest updates" lists.
const note = withChanges;
const change = (date: string, text = 'MAHSR deadline corrected to December 2029.') => ({ date, text });

describe('a note’s changes', () => {
  it('defaults to none and parses dated lines, trimmed', () => {
    expect(expectParsed(noteSchema, note({})).changes).toEqual([]);
    const parsed = expectParsed(
      noteSchema,
      note({ updated: '2026-12-04', changes: [change('2026-12-04', '  New: the A&N grant.  '), change('2026-12-02')] }),
    );
    expect(parsed.changes).toEqual([
      { date: utc('2026-12-04'), text: 'New: the A&N grant.' },
      { date: utc('2026-12-02'), text: 'MAHSR deadline corrected to December 2029.' },
    ]);
  });

  it.each([
    [
      'dated after updated',
      { updated: '2026-12-03', changes: [change('2026-12-04')] },
      ['changes', 0, 'date'],
      'set updated to the date of the latest change (a change is dated after updated)',
    ],
    [
      'with no updated date',
      { changes: [change('2026-12-04')] },
      ['changes', 0, 'date'],
      'set updated to the date of the latest change (a change is dated after updated)',
    ],
    [
      'dated before published',
      { updated: '2026-12-04', changes: [change('2026-11-01')] },
      ['changes', 0, 'date'],
      'a change cannot be before published',
    ],
    [
      'with an impossible date',
      { updated: '2026-12-04', changes: [change('2026-11-31')] },
      ['changes', 0, 'date'],
      'not a real calendar date',
    ],
    [
      'with no text',
      { updated: '2026-12-04', changes: [change('2026-12-04', '  ')] },
      ['changes', 0, 'text'],
      'say what changed',
    ],
    [
      'too long',
      { updated: '2026-12-04', changes: [change('2026-12-04', 'x'.repeat(CHANGE_TEXT_MAX + 1))] },
      ['changes', 0, 'text'],
      `keep a change to ${CHANGE_TEXT_MAX} characters or fewer`,
    ],
    [
      'with an unknown key',
      { updated: '2026-12-04', changes: [{ ...change('2026-12-04'), note: 'x' }] },
      ['changes', 0],
      'Unrecognized key: "note"',
    ],
  ])('rejects a change %s, naming the field', (_what, fields, path, message) => {
    expectIssue(noteSchema, note(fields), { path, message });
  });

  it('a translation carries each change’s text in order, and no dates', () => {
    const hi = {
      source: 'abcdef012345',
      title: 'शीर्षक',
      summary: 'सार',
      currentTo: 'सितंबर 2025',
      quickRevision: ['पंक्ति'],
    };
    expect(expectParsed(noteTranslationSchema, hi).changes).toEqual([]);
    expect(expectParsed(noteTranslationSchema, { ...hi, changes: ['नया: अनुदान।'] }).changes).toEqual(['नया: अनुदान।']);
    expectIssue(
      noteTranslationSchema,
      { ...hi, changes: [change('2026-12-04')] },
      { path: ['changes', 0], message: 'expected string, received object' },
    );
  });
});
