import { describe, expect, it } from 'vitest';
import {
  DAILY_SET_SIZE,
  dailySet,
  isMistake,
  parseSet,
  selectQuestions,
  serializeSet,
  type QuizSet,
} from '../../../../src/lib/practice/quiz-set.ts';
import type { Attempt } from '../../../../src/schemas/progress.ts';

const items = [
  { id: 'pyq-g20', pyq: true, topics: ['g20'], notes: ['overview'] },
  { id: 'mcq-defence', pyq: false, topics: ['jimex', 'acsa'], notes: ['defence'] },
  { id: 'mcq-trade', pyq: false, topics: ['cepa'], notes: ['trade', 'overview'] },
];
const wrong: Attempt = { day: '2026-11-25', choice: 'a', correct: false };
const right: Attempt = { day: '2026-11-25', choice: 'b', correct: true };

describe('parseSet and serializeSet', () => {
  it.each([
    [null, { kind: 'all' }],
    ['', { kind: 'all' }],
    ['all', { kind: 'all' }],
    ['pyq', { kind: 'pyq' }],
    ['mistakes', { kind: 'mistakes' }],
    ['daily', { kind: 'daily' }],
    ['topic:jimex', { kind: 'topic', id: 'jimex' }],
    ['note:defence-and-security', { kind: 'note', id: 'defence-and-security' }],
    ['topic:', { kind: 'all' }],
    ['topic:Not An Id', { kind: 'all' }],
    ['year:2020', { kind: 'all' }],
  ] as [string | null, QuizSet][])('%j → %j', (value, set) => {
    expect(parseSet(value)).toEqual(set);
    expect(parseSet(serializeSet(set))).toEqual(set);
  });
});

describe('selectQuestions', () => {
  it.each([
    ['all', { kind: 'all' }, ['pyq-g20', 'mcq-defence', 'mcq-trade']],
    ['previous-year only', { kind: 'pyq' }, ['pyq-g20']],
    ['one topic', { kind: 'topic', id: 'jimex' }, ['mcq-defence']],
    ['one note shared by two questions', { kind: 'note', id: 'overview' }, ['pyq-g20', 'mcq-trade']],
    ['a topic with no questions', { kind: 'topic', id: 'quad' }, []],
    ['my mistakes: latest attempt wrong', { kind: 'mistakes' }, ['mcq-defence']],
  ] as [string, QuizSet, string[]][])('%s', (_what, set, ids) => {
    const answers = { 'mcq-defence': [right, wrong], 'mcq-trade': [wrong, right] };
    expect(selectQuestions(items, set, answers).map((q) => q.id)).toEqual(ids);
  });
});

describe('dailySet: the day’s short round', () => {
  const many = Array.from({ length: 30 }, (_, i) => ({ id: `mcq-${i}`, pyq: i % 5 === 0, topics: [], notes: [] }));

  it('deals DAILY_SET_SIZE questions, the same ones all day, and others the next day', () => {
    const today = dailySet(many, {}, '2026-12-03');
    expect(today).toHaveLength(DAILY_SET_SIZE);
    expect(new Set(today.map((q) => q.id)).size).toBe(DAILY_SET_SIZE);
    expect(dailySet(many, {}, '2026-12-03')).toEqual(today);
    expect(dailySet(many, {}, '2026-12-04')).not.toEqual(today);
  });

  it('puts the reader’s mistakes first, then questions never tried, then those answered right', () => {
    const answers = { 'mcq-3': [wrong], 'mcq-7': [right, wrong], 'mcq-1': [right] };
    const ids = dailySet(many, answers, '2026-12-03').map((q) => q.id);
    expect(ids.slice(0, 2).sort()).toEqual(['mcq-3', 'mcq-7']);
    expect(ids).not.toContain('mcq-1');
    // With few questions, all of them, the right ones last.
    expect(selectQuestions(items, { kind: 'daily' }, { 'pyq-g20': [right] }, '2026-12-03').at(-1)?.id).toBe('pyq-g20');
  });
});

describe('isMistake', () => {
  it.each([
    ['never tried', undefined, false],
    ['right', [right], false],
    ['wrong', [wrong], true],
    ['wrong, then right', [wrong, right], false],
    ['right, then wrong', [right, wrong], true],
  ] as [string, Attempt[] | undefined, boolean][])('%s → %s', (_what, attempts, mistake) =>
    expect(isMistake(attempts)).toBe(mistake),
  );
});
