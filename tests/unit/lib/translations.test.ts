import { describe, expect, it } from 'vitest';
import { everyLanguage, inEveryLanguage } from '../../../src/lib/i18n/routes.ts';
import { sitePages } from '../../../src/lib/site-urls.ts';
import {
  translatedFields,
  translateNote,
  translateQuestion,
  translateTopic,
  translationState,
} from '../../../src/lib/translations.ts';
import type { Note } from '../../../src/schemas/note.ts';
import type { Question } from '../../../src/schemas/question.ts';

const note = {
  title: 'Defence',
  summary: 'Ties from 2008.',
  currentTo: 'March 2026',
  quickRevision: [
    { text: 'ACSA signed in 2020.', cite: 'pib-acsa' },
    { text: 'JIMEX since 2012.', cue: 'Since when JIMEX?' },
  ],
  timeline: [{ year: 2008, event: 'Security declaration.', planned: false, note: 'defence' }],
  figures: [{ value: '10 trillion yen', label: 'Pledge', cite: 'mea' }],
  changes: [{ date: new Date('2026-12-04T00:00:00Z'), text: 'ACSA section cited.' }],
  prelims: ['acsa'],
} as unknown as Note;

/** The note's text in Hindi, as its translation file carries it. */
const translation = {
  title: 'रक्षा',
  summary: '2008 से संबंध।',
  currentTo: 'मार्च 2026',
  quickRevision: ['ACSA पर 2020 में हस्ताक्षर।', 'JIMEX 2012 से।'],
  cues: ['JIMEX कब से?'],
  timeline: ['सुरक्षा घोषणा।'],
  figures: [{ value: '10 ट्रिलियन येन', label: 'संकल्प' }],
  changes: ['ACSA खंड के स्रोत दिए गए।'],
};

describe('translateNote', () => {
  it('lays the translated text over the English, keeping ids, years and citations', () => {
    const hi = translateNote(note, { source: 'abc', accepted: false, ...translation });
    expect(hi.title).toBe('रक्षा');
    expect(hi.quickRevision).toEqual([
      { text: 'ACSA पर 2020 में हस्ताक्षर।', cite: 'pib-acsa' },
      { text: 'JIMEX 2012 से।', cue: 'JIMEX कब से?' },
    ]);
    expect(hi.timeline).toEqual([{ year: 2008, event: 'सुरक्षा घोषणा।', planned: false, note: 'defence' }]);
    expect(hi.figures).toEqual([{ value: '10 ट्रिलियन येन', label: 'संकल्प', cite: 'mea' }]);
    expect(hi.changes).toEqual([{ date: new Date('2026-12-04T00:00:00Z'), text: 'ACSA खंड के स्रोत दिए गए।' }]);
    expect(hi.prelims).toEqual(['acsa']);
  });

  it('keeps the English text of a row the translation lacks, rather than dropping it', () => {
    const hi = translateNote(note, {
      source: 'abc',
      accepted: false,
      title: 'रक्षा',
      summary: 's',
      currentTo: 'मार्च 2026',
      quickRevision: ['एक'],
      cues: [],
      timeline: [],
      figures: [],
      changes: [],
    });
    expect(hi.quickRevision.map((l) => l.text)).toEqual(['एक', 'JIMEX since 2012.']);
    expect(hi.quickRevision[1]?.cue).toBe('Since when JIMEX?');
    expect(hi.changes[0]?.text).toBe('ACSA section cited.');
    expect(hi.timeline[0]?.event).toBe('Security declaration.');
  });
});

describe('translateTopic and translateQuestion', () => {
  it('keeps the English names of a topic findable', () => {
    const topic = translateTopic(
      { title: 'Quad', aliases: ['Quadrilateral Security Dialogue'], summary: 'x', citations: [] },
      { source: 'a', accepted: false, title: 'क्वाड', aliases: ['चतुर्भुज सुरक्षा संवाद'], summary: 'y' },
    );
    expect(topic.title).toBe('क्वाड');
    expect(topic.aliases).toEqual(['चतुर्भुज सुरक्षा संवाद', 'Quad', 'Quadrilateral Security Dialogue']);
  });

  it('keeps the answer letter and option order of a multiple-choice question', () => {
    const en = {
      kind: 'practice-mcq',
      text: 'Which?',
      options: ['A', 'B', 'C', 'D'],
      answer: 'c',
      explanation: 'Because.',
    } as unknown as Question;
    const hi = translateQuestion(en, {
      source: 'a',
      accepted: false,
      official: false,
      text: 'कौन-सा?',
      options: ['क', 'ख', 'ग', 'घ'],
      explanation: 'क्योंकि।',
    });
    expect(hi).toMatchObject({ answer: 'c', options: ['क', 'ख', 'ग', 'घ'], text: 'कौन-सा?' });
  });
});

describe('translatedFields', () => {
  it('reads back from a translated note exactly the text its translation carries (one mapping, both ways)', () => {
    const translated = translateNote(note, { source: 'abc', accepted: false, ...translation });
    expect(translatedFields('notes', translated as unknown as Record<string, unknown>)).toEqual(translation);
  });

  it('does the same for a question', () => {
    const en = { kind: 'practice-mcq', text: 'Which?', options: ['A', 'B'], answer: 'a', explanation: 'As.' };
    const translation = { text: 'कौन-सा?', options: ['क', 'ख'], explanation: 'जैसे।' };
    const translated = translateQuestion(en as unknown as Question, {
      source: 'a',
      accepted: false,
      official: false,
      ...translation,
    });
    expect(translatedFields('questions', translated as unknown as Record<string, unknown>)).toEqual(translation);
  });
});

describe('translationState', () => {
  it.each([
    [undefined, 'missing'],
    [{ source: 'abc123abc123', accepted: false }, 'current'],
    [{ source: '000000000000', accepted: false }, 'stale'],
    [{ source: '000000000000', accepted: true }, 'current'],
  ] as const)('%j → %s', (translation, expected) => {
    expect(translationState(translation, 'abc123abc123')).toBe(expected);
  });
});

describe('pages in every language', () => {
  it('makes a static page once per language, English at the root', () => {
    expect(everyLanguage()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'hi' } }]);
  });

  it('makes every page of a dynamic route in every language', async () => {
    const paths = await inEveryLanguage((locale) => [{ params: { id: 'x' }, props: { locale } }]);
    expect(paths).toEqual([
      { params: { id: 'x', lang: undefined }, props: { locale: 'en' } },
      { params: { id: 'x', lang: 'hi' }, props: { locale: 'hi' } },
    ]);
  });

  it('models the Hindi twin of every page a localised route makes, and none for the 404 page', () => {
    const { pages } = sitePages(['404.astro', '[...lang]/notes/[id].astro', '[...lang]/glossary.astro'], {
      notes: ['a'],
      topics: [],
      mains: [],
      questions: [],
    });
    expect(pages).toEqual([
      { path: '/404.html' },
      { path: '/notes/a/', source: 'notes/a' },
      { path: '/hi/notes/a/', source: 'notes/a' },
      { path: '/glossary/' },
      { path: '/hi/glossary/' },
    ]);
  });
});
