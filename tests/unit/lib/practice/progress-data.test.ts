import { describe, expect, it } from 'vitest';
import { cardCounts, cardsOf, termCards } from '../../../../src/lib/practice/cards.ts';
import { cardIds, progressSiteData } from '../../../../src/lib/practice/progress-data.ts';

const source = (id: string, lines: string[], events = 0) => ({
  id,
  quickRevision: lines.map((text) => ({ text })),
  timeline: Array.from({ length: events }, (_, i) => ({ year: 2000 + i, event: 'e' })),
  figures: [],
});
const note = (id: string, lines: string[]) => ({
  id,
  title: `Title ${id}`,
  url: `/notes/${id}/`,
  lines: ['l1'],
  topics: ['t1'],
  cards: cardCounts(source(id, lines)),
});
const question = (id: string, mcq: boolean, text = 'Which of these?') => ({
  id,
  text,
  url: `/questions/q/${id}/`,
  topics: ['t1'],
  mcq,
});

describe('progressSiteData', () => {
  const data = progressSiteData({
    notes: [note('a', ['one', 'two']), note('b', [])],
    glossary: ['glossary:quad'],
    topics: [{ id: 't1', label: 'Topic' }],
    lines: [{ id: 'l1', label: 'GS2: line' }],
    questions: [question('q1', true, 'x'.repeat(200)), question('q2', false), question('q3', true)],
  });

  it.each([
    ['keeps each note’s links and card counts', data.notes[0], note('a', ['one', 'two'])],
    ['a note without lines has no cards', data.notes[1]?.cards, { lines: 0, events: 0, figures: 0 }],
    ['keeps only multiple-choice questions', data.questions.map((q) => q.id), ['q1', 'q3']],
    ['cuts a long question to 140 characters', data.questions[0]?.text.length, 140],
    ['leaves a short question as it is', data.questions[1]?.text, 'Which of these?'],
  ])('%s', (_, actual, expected) => {
    expect(JSON.parse(JSON.stringify(actual ?? null))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe('cardIds', () => {
  it.each([
    ['no notes', [], []],
    [
      'notes with and without cards',
      [
        { id: 'a', cards: { lines: 2, events: 1, figures: 0 } },
        { id: 'b', cards: { lines: 0, events: 0, figures: 0 } },
        { id: 'c', cards: { lines: 1, events: 0, figures: 2 } },
      ],
      ['a/0', 'a/1', 'a/t0', 'c/0', 'c/f0', 'c/f1'],
    ],
  ])('%s', (_, notes, ids) => expect(cardIds({ notes, glossary: [] })).toEqual(ids));

  it('gives the same ids as the practice page’s cards: the notes’, then the glossary’s', () => {
    const notes = [source('x', ['1', '2', '3'], 2), source('y', ['1'])];
    const terms = [{ id: 'quad', term: 'Quad', hindi: 'क्वाड', meaning: 'Four democracies’ grouping.' }];
    const glossary = termCards(terms, false).map((card) => card.id);
    expect(cardIds({ notes: notes.map((n) => ({ id: n.id, cards: cardCounts(n) })), glossary })).toEqual([
      ...notes.flatMap((n) => cardsOf(n).map((card) => card.id)),
      'glossary:quad',
    ]);
  });
});
