import { describe, expect, it } from 'vitest';
import {
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
