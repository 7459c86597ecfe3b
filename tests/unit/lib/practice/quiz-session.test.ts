import { describe, expect, it } from 'vitest';
import { parseRound, roundKey, type SavedRound } from '../../../../src/lib/practice/quiz-session.ts';

const known = new Set(['q1', 'q2', 'q3']);
const round: SavedRound = {
  ids: ['q2', 'q1'],
  outcomes: { q2: 'wrong', q1: 'unanswered' },
  choices: { q2: 'c' },
  peeked: ['q1'],
  current: 1,
  finished: false,
  end: null,
};

describe('parseRound', () => {
  it('gives back a kept round exactly', () => {
    expect(parseRound(JSON.stringify(round), known)).toEqual(round);
    expect(parseRound(JSON.stringify({ ...round, end: 1_800_000_000_000, finished: true }), known)?.end).toBe(
      1_800_000_000_000,
    );
  });
  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['a question this build does not have', JSON.stringify({ ...round, ids: ['q2', 'gone'] })],
    ['an answer to a question outside the round', JSON.stringify({ ...round, choices: { q3: 'a' } })],
    ['a position past the end', JSON.stringify({ ...round, current: 2 })],
    ['an option that is not a letter', JSON.stringify({ ...round, choices: { q2: 'e' } })],
    ['an empty round', JSON.stringify({ ...round, ids: [], outcomes: {}, choices: {}, peeked: [], current: 0 })],
  ])('%s → a fresh round', (_what, text) => expect(parseRound(text, known)).toBeNull());
});

describe('roundKey', () => {
  it('keeps one round per practice URL', () => {
    expect(roundKey('?set=pyq')).not.toBe(roundKey('?set=pyq&mode=list'));
  });
});
