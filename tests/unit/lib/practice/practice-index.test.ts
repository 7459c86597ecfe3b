import { describe, expect, it } from 'vitest';
import { GLOSSARY_DECK } from '../../../../src/lib/practice/banks.ts';
import { cardsOf } from '../../../../src/lib/practice/cards.ts';
import {
  decksToLoad,
  indexedCards,
  indexedQuestions,
  parsePracticeIndex,
  practiceIndex,
  type DeckedCard,
} from '../../../../src/lib/practice/practice-index.ts';
import type { QuizItem } from '../../../../src/lib/practice/quiz-set.ts';

const counts = (lines: number, events = 0, figures = 0) => ({ lines, events, figures });
const notes = [
  { id: 'n1', cards: counts(2), topics: ['defence'] },
  { id: 'n2', cards: counts(1, 1), topics: ['mahsr'] },
  { id: 'n3', cards: counts(3, 0, 1), topics: ['mahsr', 'defence'] },
];
const questions: QuizItem[] = [
  { id: 'q1', pyq: true, topics: ['jimex', 'defence'], notes: ['n1'] },
  { id: 'q2', pyq: false, topics: ['defence'], notes: ['n1', 'n3'] },
  { id: 'q3', pyq: false, topics: [], notes: [] },
];
const terms = [
  { id: 'jimex-term', topic: 'jimex' },
  { id: 'bullet-train', topic: 'mahsr' },
];
const index = practiceIndex(notes, questions, { bank: 2, deck: 2 }, terms);

describe('practiceIndex', () => {
  it('lists each topic once and refers to topics and notes by position', () => {
    expect(index).toEqual({
      bank: 2,
      deck: 2,
      topics: ['jimex', 'defence', 'mahsr'],
      notes: [
        ['n1', 2, 0, 0, [1]],
        ['n2', 1, 1, 0, [2]],
        ['n3', 3, 0, 1, [2, 1]],
      ],
      questions: [
        ['q1', 1, [0, 1], [0]],
        ['q2', 0, [1], [0, 2]],
        ['q3', 0, [], []],
      ],
      glossary: [
        ['jimex-term', 0],
        ['bullet-train', 2],
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
  const rows = <T>(n: number, row: (i: number) => T) => Array.from({ length: n }, (_, i) => row(i));
  const source = (n: (typeof notes)[number]) => ({
    id: n.id,
    quickRevision: rows(n.cards.lines, (i) => ({ text: `line ${i}` })),
    timeline: rows(n.cards.events, (i) => ({ year: 2000 + i, event: `event ${i}` })),
    figures: rows(n.cards.figures, (i) => ({ value: `${i}`, label: `figure ${i}` })),
  });

  it('gives every card the id cardsOf gives it and the deck of its note', () => {
    const cards = indexedCards(index);
    expect(cards.map((c) => c.id)).toEqual([
      ...notes.flatMap((n) => cardsOf(source(n)).map((c) => c.id)),
      'glossary:jimex-term',
      'glossary:bullet-train',
    ]);
    expect(cards.map((c) => c.deck)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, GLOSSARY_DECK, GLOSSARY_DECK]);
  });

  it('deals one topic: the cards of the notes tagged with it and its glossary terms, in deck order', () => {
    expect(indexedCards(index, 'mahsr').map((c) => c.id)).toEqual([
      'n2/0',
      'n2/t0',
      'n3/0',
      'n3/1',
      'n3/2',
      'n3/f0',
      'glossary:bullet-train',
    ]);
    expect(indexedCards(index, 'jimex')).toEqual([{ id: 'glossary:jimex-term', deck: GLOSSARY_DECK }]);
    expect(indexedCards(index, 'no-such-topic')).toEqual([]);
  });

  it('reads an index of an older shape (a note without its card kinds) as empty, not as broken cards', () => {
    expect(parsePracticeIndex(JSON.stringify({ ...index, notes: [['n1', 2]] })).notes).toEqual([]);
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
    (text) =>
      expect(parsePracticeIndex(text)).toEqual({
        bank: 1,
        deck: 1,
        topics: [],
        notes: [],
        questions: [],
        glossary: [],
      }),
  );
});
