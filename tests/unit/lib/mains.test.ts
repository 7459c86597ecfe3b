import { describe, expect, it } from 'vitest';
import { isMainsQuestion, mainsQuestions } from '../../../src/lib/mains.ts';
import type { Question } from '../../../src/schemas/question.ts';

const question = (id: string, kind: Question['kind'], year?: number) => ({
  id,
  data: {
    kind,
    ...(year === undefined ? {} : { year }),
    paper: kind.includes('mains') ? 'gs2' : 'prelims',
    setBy: 'Test',
    text: id,
    explanation: 'Why.',
    topics: ['quad'],
  } as Question,
});
const pyq2019 = question('pyq-2019', 'mains-pyq', 2019);
const pyq2020 = question('pyq-2020', 'mains-pyq', 2020);
const practice = question('practice', 'practice-mains');
const mcq = question('mcq', 'practice-mcq');
const published = new Map([pyq2019, pyq2020, practice, mcq].map((q) => [q.id, q]));
const note = (...questions: string[]) => ({ data: { questions } });

describe('isMainsQuestion', () => {
  it.each([
    ['mains-pyq', true],
    ['practice-mains', true],
    ['prelims-pyq', false],
    ['practice-mcq', false],
  ] as const)('says a %s question is a mains question: %s', (kind, expected) => {
    expect(isMainsQuestion({ kind } as Question)).toBe(expected);
  });
});

describe('mainsQuestions', () => {
  it.each([
    ['nothing asked and no notes', [], [], []],
    [
      'questions from the notes, newest PYQ first, then practice',
      [],
      [note('practice', 'pyq-2019'), note('pyq-2020')],
      ['pyq-2020', 'pyq-2019', 'practice'],
    ],
    [
      'asked questions first, in the order asked',
      ['practice', undefined, 'pyq-2019'],
      [note('pyq-2020', 'practice')],
      ['practice', 'pyq-2019', 'pyq-2020'],
    ],
    ['no prelims question, even when a note or an angle names one', ['mcq'], [note('mcq', 'practice')], ['practice']],
    ['no unpublished question', ['draft-question'], [note('missing')], []],
    ['each question once', ['pyq-2020', 'pyq-2020'], [note('pyq-2020'), note('pyq-2020')], ['pyq-2020']],
  ] as const)('lists %s', (_what, asked, notes, expected) => {
    expect(mainsQuestions(asked, notes, published).map((q) => q.id)).toEqual(expected);
  });
});
