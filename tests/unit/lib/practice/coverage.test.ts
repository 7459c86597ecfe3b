import { describe, expect, it } from 'vitest';
import { coverage, noteDueDay, notesDue, topicAccuracy, weakTopics } from '../../../../src/lib/practice/coverage.ts';

const revised = {
  a: { count: 1, first: '2026-11-20', last: '2026-11-20' },
  b: { count: 3, first: '2026-10-01', last: '2026-11-20' },
};

describe('coverage', () => {
  it('counts revised notes per group and leaves out groups without notes', () => {
    const groups = [
      { id: 'gs2-bilateral', label: 'Bilateral', notes: ['a', 'b', 'c'] },
      { id: 'gs3-economy', label: 'Economy', notes: ['c'] },
      { id: 'gs1-culture', label: 'Culture', notes: [] },
    ];
    expect(coverage(groups, revised)).toEqual([
      { id: 'gs2-bilateral', label: 'Bilateral', done: 2, total: 3 },
      { id: 'gs3-economy', label: 'Economy', done: 0, total: 1 },
    ]);
  });
});

describe('topicAccuracy and weakTopics', () => {
  const questions = [
    { id: 'q1', topics: ['quad', 'malabar'] },
    { id: 'q2', topics: ['quad'] },
    { id: 'q3', topics: ['cepa'] },
    { id: 'q4', topics: ['oda'] },
  ];
  const a = (correct: boolean) => ({ day: '2026-11-25', choice: 'a' as const, correct });
  const answers = { q1: [a(true)], q2: [a(true), a(false)], q3: [a(false), a(true)] };
  const labels = new Map([['quad', 'Quad']]);
  const shares = topicAccuracy(questions, answers, labels);

  it('scores each topic by the latest answer to each of its questions, weakest first', () => {
    expect(shares).toEqual([
      { id: 'quad', label: 'Quad', done: 1, total: 2 },
      { id: 'malabar', label: 'malabar', done: 1, total: 1 },
      { id: 'cepa', label: 'cepa', done: 1, total: 1 },
    ]);
  });
  it('calls a topic weak below 60% right', () => {
    expect(weakTopics(shares).map((s) => s.id)).toEqual(['quad']);
  });
});

describe('notes due for revision', () => {
  it.each([
    [1, '2026-11-20', '2026-11-21'],
    [2, '2026-11-20', '2026-11-23'],
    [3, '2026-11-20', '2026-11-27'],
    [4, '2026-11-20', '2026-12-11'],
    [9, '2026-11-20', '2026-12-11'],
  ])('revised %i times, last on %s → due %s', (count, last, due) => {
    expect(noteDueDay({ count, last })).toBe(due);
  });
  it('lists the notes due on a day, most overdue first', () => {
    expect(notesDue(revised, '2026-11-23')).toEqual([{ note: 'a', due: '2026-11-21' }]);
    expect(notesDue(revised, '2026-11-27').map((d) => d.note)).toEqual(['a', 'b']);
  });
});
