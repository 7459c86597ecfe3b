import { describe, expect, it } from 'vitest';
import { QUESTIONS_PER_PAGE } from '../../../src/lib/constants.ts';
import {
  answerKeyCounts,
  facetLabel,
  formatCounts,
  questionFacets,
  questionListPages,
  sortQuestions,
} from '../../../src/lib/questions.ts';
import { useTranslations } from '../../../src/lib/i18n/index.ts';
import { questionSchema, type Question } from '../../../src/schemas/question.ts';

const options = ['one', 'two', 'three', 'four'];
const base = {
  setBy: 'Set by',
  text: 'Question text?',
  explanation: 'Because.',
  basis: { note: 'a-note', section: 'a-heading' },
  topics: ['quad'],
};
const mcq = { options, format: 'direct' };
const mains = { marks: 10, words: 150, modelAnswer: 'word '.repeat(120) };

/** Builds a question through the schema so every sample is one the site could really hold. */
const q = {
  prelimsPyq: (year: number): Question =>
    questionSchema.parse({ ...base, kind: 'prelims-pyq', year, paper: 'prelims', ...mcq, answer: 'a' }),
  mainsPyq: (year: number, paper = 'gs2'): Question =>
    questionSchema.parse({ ...base, ...mains, kind: 'mains-pyq', year, paper }),
  practiceMcq: (format = 'direct', answer = 'b'): Question =>
    questionSchema.parse({
      ...base,
      kind: 'practice-mcq',
      paper: 'prelims',
      ...mcq,
      format,
      answer,
      text: 'How many of the statements given above are correct?',
    }),
  practiceMains: (paper = 'gs3'): Question =>
    questionSchema.parse({ ...base, ...mains, kind: 'practice-mains', paper }),
};

const slugs = (questions: Question[]) => questionFacets(questions).map((facet) => facet.slug);

describe('questionFacets', () => {
  it.each([
    ['no questions', [], []],
    ['only practice MCQs', [q.practiceMcq()], ['practice', 'prelims', 'direct']],
    ['only one prelims PYQ', [q.prelimsPyq(2020)], ['pyq', '2020', 'prelims', 'direct']],
    [
      'a mix of kinds, years and papers',
      [q.practiceMains('gs3'), q.prelimsPyq(2019), q.mainsPyq(2020, 'gs2'), q.practiceMcq()],
      ['pyq', 'practice', '2020', '2019', 'prelims', 'gs2', 'gs3', 'direct'],
    ],
    [
      'PYQs of one year on two papers',
      [q.prelimsPyq(2020), q.mainsPyq(2020, 'gs1')],
      ['pyq', '2020', 'prelims', 'gs1', 'direct'],
    ],
    [
      'every paper',
      [q.practiceMcq(), q.practiceMains('gs4'), q.practiceMains('gs1'), q.practiceMains('gs3'), q.practiceMains('gs2')],
      ['practice', 'prelims', 'gs1', 'gs2', 'gs3', 'gs4', 'direct'],
    ],
    [
      'MCQs in three formats, listed in the order the schema gives them',
      [q.practiceMcq('match-pairs'), q.practiceMcq('how-many'), q.practiceMcq('statements')],
      ['practice', 'prelims', 'statements', 'how-many', 'match-pairs'],
    ],
  ])('offers, for %s, only facets that match something: %j', (_what, questions, expected) => {
    expect(slugs(questions)).toEqual(expected);
  });

  it('lists years newest first', () => {
    const years = questionFacets([q.prelimsPyq(2013), q.mainsPyq(2021), q.prelimsPyq(2017), q.mainsPyq(2013)])
      .filter((facet) => facet.group === 'Year')
      .map((facet) => facet.slug);
    expect(years).toEqual(['2021', '2017', '2013']);
  });

  it('puts the groups in the order Type, Year, Paper, Format', () => {
    const groups = questionFacets([q.prelimsPyq(2020), q.practiceMains()]).map((facet) => facet.group);
    expect(groups).toEqual(['Type', 'Type', 'Year', 'Paper', 'Paper', 'Format']);
  });

  it.each([
    ['pyq', 'Previous-year questions', 'Type'],
    ['practice', 'Practice questions', 'Type'],
    ['2020', '2020', 'Year'],
    ['prelims', 'Prelims (GS Paper I)', 'Paper'],
    ['gs2', 'GS Paper II', 'Paper'],
    ['gs3', 'GS Paper III', 'Paper'],
    ['direct', 'Direct', 'Format'],
  ])('labels the %s facet %j in the %s group', (slug, label, group) => {
    const facets = questionFacets([q.prelimsPyq(2020), q.mainsPyq(2020, 'gs2'), q.practiceMains('gs3')]);
    const facet = facets.find((f) => f.slug === slug);
    expect(facet).toMatchObject({ group });
    expect(facet && facetLabel(facet, useTranslations('en').t)).toBe(label);
  });

  describe('the test of each facet', () => {
    const all = [q.prelimsPyq(2020), q.mainsPyq(2019, 'gs2'), q.practiceMcq(), q.practiceMains('gs3')];
    const facets = questionFacets(all);
    const matching = (slug: string) => {
      const facet = facets.find((f) => f.slug === slug);
      if (!facet) throw new Error(`no facet ${slug}`);
      return all.map((question) => facet.test(question));
    };

    it.each([
      ['pyq', [true, true, false, false]],
      ['practice', [false, false, true, true]],
      ['2020', [true, false, false, false]],
      ['2019', [false, true, false, false]],
      ['prelims', [true, false, true, false]],
      ['gs2', [false, true, false, false]],
      ['gs3', [false, false, false, true]],
    ])('%s matches exactly the right questions', (slug, expected) => {
      expect(matching(slug)).toEqual(expected);
    });

    it('splits every question into exactly one of PYQ and practice', () => {
      const pyq = matching('pyq');
      const practice = matching('practice');
      expect(pyq.map((value, i) => value !== practice[i])).toEqual([true, true, true, true]);
    });
  });
});

describe('sortQuestions', () => {
  const entry = (id: string, data: Question) => ({ id, data });
  const order = (entries: { id: string; data: Question }[]) => sortQuestions(entries).map((e) => e.id);

  it('puts prelims PYQs, then mains PYQs, then practice MCQs, then practice mains', () => {
    expect(
      order([
        entry('practice-mains', q.practiceMains()),
        entry('practice-mcq', q.practiceMcq()),
        entry('mains-pyq', q.mainsPyq(2024)),
        entry('prelims-pyq', q.prelimsPyq(2010)),
      ]),
    ).toEqual(['prelims-pyq', 'mains-pyq', 'practice-mcq', 'practice-mains']);
  });

  it.each([
    ['prelims PYQs', (y: number) => q.prelimsPyq(y)],
    ['mains PYQs', (y: number) => q.mainsPyq(y)],
  ])('orders %s newest year first', (_what, make) => {
    expect(order([entry('2015', make(2015)), entry('2023', make(2023)), entry('2019', make(2019))])).toEqual([
      '2023',
      '2019',
      '2015',
    ]);
  });

  it('keeps the input order among questions of the same kind and year', () => {
    expect(
      order([entry('b', q.prelimsPyq(2020)), entry('a', q.prelimsPyq(2020)), entry('c', q.prelimsPyq(2020))]),
    ).toEqual(['b', 'a', 'c']);
  });

  it('keeps the input order among practice questions of one kind', () => {
    expect(order([entry('z', q.practiceMcq()), entry('y', q.practiceMcq())])).toEqual(['z', 'y']);
  });

  it('ranks kind above year: an old prelims PYQ comes before a new mains PYQ', () => {
    expect(order([entry('new-mains', q.mainsPyq(2024)), entry('old-prelims', q.prelimsPyq(1995))])).toEqual([
      'old-prelims',
      'new-mains',
    ]);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [entry('m', q.practiceMains()), entry('p', q.prelimsPyq(2020))];
    const output = sortQuestions(input);
    expect(output).not.toBe(input);
    expect(input.map((e) => e.id)).toEqual(['m', 'p']);
  });

  it('gives an empty list for no questions', () => {
    expect(sortQuestions([])).toEqual([]);
  });
});

describe('answerKeyCounts', () => {
  it.each([
    ['no questions', [], { a: 0, b: 0, c: 0, d: 0 }],
    ['mains questions only (no letters)', [q.practiceMains(), q.mainsPyq(2020)], { a: 0, b: 0, c: 0, d: 0 }],
    [
      'a mix of letters',
      [q.prelimsPyq(2020), q.practiceMcq('direct', 'd'), q.practiceMcq('direct', 'd'), q.practiceMcq()],
      { a: 1, b: 1, c: 0, d: 2 },
    ],
  ])('counts %s', (_what, questions, expected) => {
    expect(answerKeyCounts(questions)).toEqual(expected);
  });
});

describe('formatCounts', () => {
  it.each([
    ['no questions', [], { direct: 0, statements: 0, 'how-many': 0, 'statement-i-ii': 0, 'match-pairs': 0 }],
    [
      'MCQs and a mains question (which has no format)',
      [q.practiceMcq('how-many'), q.practiceMcq('how-many'), q.prelimsPyq(2020), q.practiceMains()],
      { direct: 1, statements: 0, 'how-many': 2, 'statement-i-ii': 0, 'match-pairs': 0 },
    ],
  ])('counts %s', (_what, questions, expected) => {
    expect(formatCounts(questions)).toEqual(expected);
  });
});

describe('questionListPages', () => {
  const entries = (questions: Question[]) => questions.map((data, i) => ({ id: `q${i}`, data }));
  const summary = (questions: Question[]) =>
    questionListPages(entries(questions)).map((list) => [
      list.facet?.slug ?? 'all',
      list.page,
      list.pages,
      list.questions.length,
    ]);

  it('gives a short list and each of its facets one page', () => {
    expect(summary([q.prelimsPyq(2020), q.practiceMcq()])).toEqual([
      ['all', 1, 1, 2],
      ['pyq', 1, 1, 1],
      ['practice', 1, 1, 1],
      ['2020', 1, 1, 1],
      ['prelims', 1, 1, 2],
      ['direct', 1, 1, 2],
    ]);
  });

  it('splits a list longer than a page, and each facet by its own length', () => {
    const many = [
      ...Array.from({ length: QUESTIONS_PER_PAGE }, () => q.prelimsPyq(2020)),
      ...Array.from({ length: 10 }, () => q.practiceMains()),
    ];
    expect(summary(many)).toEqual([
      ['all', 1, 2, 60],
      ['all', 2, 2, 60],
      ['pyq', 1, 1, 50],
      ['practice', 1, 1, 10],
      ['2020', 1, 1, 50],
      ['prelims', 1, 1, 50],
      ['gs3', 1, 1, 10],
      ['direct', 1, 1, 50],
    ]);
  });

  it('gives every page of a list the whole list, in order', () => {
    const many = entries(Array.from({ length: QUESTIONS_PER_PAGE * 2 + 1 }, (_, i) => q.prelimsPyq(2000 + (i % 3))));
    const all = questionListPages(many).filter((list) => list.facet === undefined);
    expect(all.map((list) => list.page)).toEqual([1, 2, 3]);
    for (const list of all) expect(list.questions).toEqual(many);
  });

  it('has no facet whose slug is a path segment of its own: page, q', () => {
    const all = [q.prelimsPyq(2020), q.mainsPyq(2019, 'gs1'), q.practiceMcq('statements'), q.practiceMains()];
    const slugs = questionListPages(entries(all)).map((list) => list.facet?.slug);
    expect(slugs).not.toContain('page');
    expect(slugs).not.toContain('q');
  });
});
