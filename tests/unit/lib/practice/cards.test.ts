import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CARD_ID,
  cardCounts,
  cardIdsOf,
  cardsOf,
  cardTotal,
  isCardOf,
  siteCardCount,
  termCards,
} from '../../../../src/lib/practice/cards.ts';
import { QUICK_REVISION_NOTES } from '../../../fixtures/practice/quick-revision.ts';

const note = {
  id: 'defence',
  quickRevision: [
    { text: 'ACSA signed in 2020; in force 2021.' },
    { text: 'JIMEX is the navies’ bilateral exercise.', cue: 'Which exercise is the navies’ bilateral one?' },
    { text: 'Ties rest on trust.' },
  ],
  timeline: [{ year: 2008, event: 'Joint Declaration on Security Cooperation' }],
  figures: [{ value: '10 trillion yen', label: 'Private investment target for 2022–2032' }],
};

describe('cardsOf', () => {
  const cards = cardsOf(note);

  it('deals lines, then timeline events, then key figures, each with a stable id of its kind', () => {
    expect(cards.map((c) => c.id)).toEqual(['defence/0', 'defence/1', 'defence/2', 'defence/t0', 'defence/f0']);
    expect(cards.every((c) => c.note === 'defence' && isCardOf(c.id, 'defence'))).toBe(true);
  });

  it('asks a line for its first year, or the editor’s cue instead, or to recall the point', () => {
    expect(cards[0]?.ask).toEqual({ before: 'ACSA signed in ', answer: '2020', after: '; in force 2021.' });
    expect(cards[1]).toMatchObject({ cue: 'Which exercise is the navies’ bilateral one?', ask: undefined });
    expect(cards[2]).toMatchObject({ ask: undefined, point: 3 });
  });

  it('asks an event for its year and a figure for its value, not for a year inside the label', () => {
    expect(cards[3]?.ask).toEqual({
      before: '',
      answer: '2008',
      after: ': Joint Declaration on Security Cooperation',
    });
    expect(cards[4]?.ask).toEqual({
      before: 'Private investment target for 2022–2032: ',
      answer: '10 trillion yen',
      after: '',
    });
    expect(cards[4]?.line).toBe('Private investment target for 2022–2032: 10 trillion yen');
  });

  it('gives the same ids as the counts the index carries, for any note', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
    fc.assert(
      fc.property(fc.nat(10), fc.nat(40), fc.nat(15), (lines, events, figures) => {
        const source = {
          id: 'n',
          quickRevision: rows(lines).map((i) => ({ text: `line ${i}` })),
          timeline: rows(events).map((i) => ({ year: 1950 + i, event: `event ${i}` })),
          figures: rows(figures).map((i) => ({ value: `${i}`, label: `figure ${i}` })),
        };
        const ids = cardsOf(source).map((c) => c.id);
        expect(cardIdsOf('n', cardCounts(source))).toEqual(ids);
        expect(cardTotal(cardCounts(source))).toBe(ids.length);
        expect(new Set(ids).size).toBe(ids.length);
        // A progress file keeps every one of them (src/schemas/progress.ts checks ids against CARD_ID).
        expect(ids.filter((id) => !CARD_ID.test(id))).toEqual([]);
      }),
    );
  });

  it('keeps a line’s id when the timeline above it in the deck changes', () => {
    const shorter = cardsOf({ ...note, timeline: [] });
    expect(shorter.find((c) => c.line === note.quickRevision[2]?.text)?.id).toBe('defence/2');
    expect(shorter.find((c) => c.id === 'defence/f0')?.line).toBe(cards[4]?.line);
  });
});

describe('flashcards from quick-revision lines (fixture notes)', () => {
  const cards = QUICK_REVISION_NOTES.flatMap(cardsOf);
  it('makes one card per line with a stable id', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'defence-and-security/0',
      'defence-and-security/1',
      'trade-and-investment/0',
    ]);
    expect(cards[1]?.line).toBe('ACSA was signed in 2020.');
  });
});

describe('termCards', () => {
  const terms = [
    {
      id: 'ssgp',
      term: 'Special Strategic and Global Partnership',
      hindi: 'विशेष रणनीतिक और वैश्विक साझेदारी',
      meaning: 'The label India and Japan have used for their relationship since 2014.',
      hindiMeaning: 'वह नाम जो भारत और जापान 2014 से अपने संबंधों के लिए प्रयोग करते हैं।',
    },
    // Its meaning names it: a card would give the answer away.
    { id: 'quad', term: 'Quad', hindi: 'क्वाड', meaning: 'The Quad: India, Japan, Australia and the US.' },
    { id: 'oda', term: 'ODA', hindi: 'आधिकारिक विकास सहायता', meaning: 'Concessional government aid.' },
  ];

  it('asks each term from its meaning, in English on the English site', () => {
    const cards = termCards(terms, false);
    expect(cards.map((c) => c.id)).toEqual(['glossary:ssgp', 'glossary:oda']);
    expect(cards[0]).toMatchObject({ note: '', term: 'ssgp' });
    expect(cards[0]?.ask).toEqual({
      before: '',
      answer: 'Special Strategic and Global Partnership',
      after: ' — The label India and Japan have used for their relationship since 2014.',
    });
    expect(cards.every((c) => CARD_ID.test(c.id))).toBe(true);
  });

  it('asks for the Hindi term from the Hindi meaning on the Hindi site, or from the English one until it is written', () => {
    const cards = termCards(terms, true);
    expect(cards.map((c) => c.ask?.answer)).toEqual(['विशेष रणनीतिक और वैश्विक साझेदारी', 'क्वाड', 'आधिकारिक विकास सहायता']);
    expect(cards[0]?.ask?.after).toBe(' — वह नाम जो भारत और जापान 2014 से अपने संबंधों के लिए प्रयोग करते हैं।');
    expect(cards[2]?.ask?.after).toBe(' — Concessional government aid.');
  });

  it('counts a site’s cards as the decks deal them', () => {
    expect(siteCardCount([note], terms, false)).toBe(cardsOf(note).length + termCards(terms, false).length);
  });
});
