import { describe, expect, it } from 'vitest';
import { basisProblems } from '../../../../src/lib/content-check/basis.ts';

const headingSlugs = new Map([
  ['notes/challenges', new Set(['overview', '1-trade-imbalance-despite-cepa'])],
  ['notes/way-forward', new Set(['conclusion'])],
  ['topics/quad', new Set(['what-it-is'])],
]);
const notes = new Set(['challenges', 'way-forward', 'unreadable']);
const file = (basis: unknown) => ({ file: 'content/questions/q.yaml', parsed: { lineOf: () => 7 }, data: { basis } });

describe('basisProblems', () => {
  it.each([
    ['a heading of the note', { note: 'challenges', section: 'overview' }],
    ['a numbered heading', { note: 'challenges', section: '1-trade-imbalance-despite-cepa' }],
  ])('accepts %s', (_what, basis) => {
    expect(basisProblems([file(basis)], notes, headingSlugs)).toEqual([]);
  });

  it('leaves the section of a note that could not be read to that note’s own error', () => {
    expect(basisProblems([file({ note: 'unreadable', section: 'anything' })], notes, headingSlugs)).toEqual([]);
  });

  it('skips a question whose data failed its own schema', () => {
    expect(basisProblems([{ ...file(undefined), data: undefined }], notes, headingSlugs)).toEqual([]);
  });

  it.each([
    [
      'a note that does not exist, with the closest id',
      { note: 'challenge', section: 'overview' },
      'basis.note',
      'unknown note "challenge"; it must be an id in content/notes/ (did you mean "challenges"?)',
    ],
    [
      'a topic id where a note id belongs',
      { note: 'quad', section: 'what-it-is' },
      'basis.note',
      'unknown note "quad"; it must be an id in content/notes/',
    ],
    [
      'a heading the note does not have, with the closest id',
      { note: 'challenges', section: 'trade-imbalance-despite-cepa' },
      'basis.section',
      'note "challenges" has no heading with the id "trade-imbalance-despite-cepa" (did you mean "1-trade-imbalance-despite-cepa"?)',
    ],
    [
      'a heading far from any, listing the headings there are',
      { note: 'way-forward', section: 'key-takeaways-for-the-exam' },
      'basis.section',
      'its headings are conclusion',
    ],
  ])('reports %s', (_what, basis, field, message) => {
    const problems = basisProblems([file(basis)], notes, headingSlugs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'content/questions/q.yaml', line: 7, field });
    expect(problems[0]?.message).toContain(message);
  });
});
