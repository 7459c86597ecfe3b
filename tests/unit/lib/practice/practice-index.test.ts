import { describe, expect, it } from 'vitest';
import { cardsOf } from '../../../../src/lib/practice/coverage.ts';
import {
  decksToLoad,
  indexedCards,
  indexedQuestions,
  parsePracticeIndex,
  practiceIndex,
  type DeckedCard,
} from '../../../../src/lib/practice/practice-index.ts';
import type { QuizItem } from '../../../../src/lib/practice/quiz-set.ts';

const notes = [
  { id: 'n1', cards: 2 },
  { id: 'n2', cards: 1 },
  { id: 'n3', cards: 3 },
];
const questions: QuizItem[] = [
  { id: 'q1', pyq: true, topics: ['jimex', 'defence'], notes: ['n1'] },
  { id: 'q2', pyq: false, topics: ['defence'], notes: ['n1', 'n3'] },
  { id: 'q3', pyq: false, topics: [], notes: [] },
];
const index = practiceIndex(notes, questions, { bank: 2, deck: 2 });

describe('practiceIndex', () => {
  it('lists each topic once and refers to topics and notes by position', () => {
    expect(index).toEqual({
      bank: 2,
      deck: 2,
      topics: ['jimex', 'defence'],
      notes: [
        ['n1', 2],
        ['n2', 1],
        ['n3', 3],
      ],
      questions: [
        ['q1', 1, [0, 1], [0]],
        ['q2', 0, [1], [0, 2]],
        ['q3', 0, [], []],
      ],
    });
  });

  it('leaves out a note the index does not list', () => {
    const stray = practiceIndex(notes, [{ id: 'q', pyq: false, topics: [], notes: ['gone', 'n2'] }], index);
    expect(stray.questions).toEqual([['q', 0, [], [1]]]);
  });
});

describe('indexedQuestions', () => {
  it('gives back the questions with the bank that holds each', () => {
    expect(indexedQuestions(index)).toEqual(questions.map((q, i) => ({ ...q, bank: [1, 1, 2][i] })));
  });

  it('survives the JSON round trip the page makes', () => {
    expect(indexedQuestions(parsePracticeIndex(JSON.stringify(index)))).toEqual(indexedQuestions(index));
  });
});

describe('indexedCards', () => {
  it('gives every card the id cardsOf gives it and the deck of its note', () => {
    const cards = indexedCards(index);
    const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `line ${i}` }));
    expect(cards.map((c) => c.id)).toEqual(
      cardsOf(notes.map((n) => ({ id: n.id, quickRevision: lines(n.cards) }))).map((c) => c.id),
    );
    expect(cards.map((c) => c.deck)).toEqual([1, 1, 1, 2, 2, 2]);
  });
});

describe('decksToLoad', () => {
  const due: DeckedCard[] = [
    { id: 'a/0', deck: 2 },
    { id: 'a/1', deck: 2 },
    { id: 'b/0', deck: 5 },
    { id: 'c/0', deck: 7 },
  ];
  it.each([
    ['nothing due', [], [], 2, []],
    ['one card ahead', due, [], 1, [2]],
    ['three cards ahead', due, [], 3, [2, 5]],
    ['three ahead, the first deck loaded', due, [2], 3, [5]],
    ['three ahead, both decks loaded', due, [2, 5], 3, []],
    ['past the end of the due cards', due, [], 10, [2, 5, 7]],
  ])('%s', (_case, cards, loaded, ahead, decks) => {
    expect(decksToLoad(cards, new Set(loaded), ahead)).toEqual(decks);
  });
});

describe('parsePracticeIndex', () => {
  it.each([null, '', 'not json', '{}', '{"bank":0,"deck":1,"topics":[],"notes":[],"questions":[]}', '[]'])(
    'reads %j as an empty index',
    (text) => expect(parsePracticeIndex(text)).toEqual({ bank: 1, deck: 1, topics: [], notes: [], questions: [] }),
  );
});
