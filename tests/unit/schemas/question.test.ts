import { describe, expect, it } from 'vitest';
import {
  OPTION_LETTERS,
  QUESTION_FORMATS,
  STATEMENT_I_II_OPTIONS,
  questionSchema,
} from '../../../src/schemas/question.ts';
import { expectIssue, expectParsed } from './issues.ts';

const options = ['Only one', 'Only two', 'All three', 'None'];
/** A model answer of `n` words. */
const answerOf = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const basis = { note: 'indo-pacific-regional-cooperation', section: 'minilateral-and-multilateral-platforms' };

const prelimsPyq = {
  kind: 'prelims-pyq',
  year: 2020,
  paper: 'prelims',
  setBy: 'UPSC CSE Prelims',
  text: 'In the context of the G20, consider the following statements.',
  options,
  format: 'direct',
  answer: 'a',
  explanation: 'Only the first statement is correct.',
  basis,
  topics: ['g20'],
};
const practiceMcq = { ...prelimsPyq, kind: 'practice-mcq', setBy: 'Our practice set', year: undefined, answer: 'b' };
const mainsPyq = {
  kind: 'mains-pyq',
  year: 2020,
  paper: 'gs2',
  setBy: 'UPSC CSE Mains',
  text: 'The new tri-nation partnership AUKUS is aimed at countering China’s ambitions in the Indo-Pacific region. Discuss.',
  explanation: 'Key points: origins, aims, effect on the Quad.',
  basis,
  marks: 10,
  words: 150,
  modelAnswer: answerOf(140),
  topics: ['quad', 'indo-pacific'],
};
const practiceMains = { ...mainsPyq, kind: 'practice-mains', setBy: 'Our practice set', year: undefined, paper: 'gs3' };

const omit = (value: Record<string, unknown>, key: string) => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

describe('questionSchema: valid questions', () => {
  it.each([
    ['a prelims PYQ', prelimsPyq],
    ['a practice MCQ', practiceMcq],
    ['a mains PYQ', mainsPyq],
    ['a practice mains question', practiceMains],
  ])('accepts %s and keeps its fields', (_what, input) => {
    const question = expectParsed(questionSchema, input);
    expect(question.kind).toBe(input.kind);
    expect(question.paper).toBe(input.paper);
    expect(question.year).toBe(input.year);
    expect(question.topics).toEqual(input.topics);
  });

  it('keeps the four options in order and the answer letter', () => {
    const question = expectParsed(questionSchema, { ...prelimsPyq, answer: 'd' });
    expect(question.options).toEqual(options);
    expect(question.answer).toBe('d');
  });

  it.each(OPTION_LETTERS)('accepts answer letter %s for a four-option MCQ', (letter) => {
    expect(expectParsed(questionSchema, { ...practiceMcq, answer: letter }).answer).toBe(letter);
  });

  it.each(['gs1', 'gs2', 'gs3', 'gs4'])('accepts a mains question on %s', (paper) => {
    expect(expectParsed(questionSchema, { ...practiceMains, paper }).paper).toBe(paper);
  });

  it('leaves a mains question without options or an answer letter', () => {
    const question = expectParsed(questionSchema, mainsPyq);
    expect(question.options).toBeUndefined();
    expect(question.answer).toBeUndefined();
  });

  it('trims the text, the options, who set it and the explanation', () => {
    const question = expectParsed(questionSchema, {
      ...practiceMcq,
      text: '  Which is correct?\n',
      setBy: ' Our practice set ',
      options: [' one ', 'two', 'three', ' four'],
      explanation: ' Because. ',
    });
    expect(question).toMatchObject({
      text: 'Which is correct?',
      setBy: 'Our practice set',
      options: ['one', 'two', 'three', 'four'],
      explanation: 'Because.',
    });
  });

  it.each([1979, 2100])('accepts the boundary exam year %i', (year) => {
    expect(expectParsed(questionSchema, { ...prelimsPyq, year }).year).toBe(year);
  });
});

describe('questionSchema: invalid questions', () => {
  it.each([
    ['an unknown key', { ...prelimsPyq, difficulty: 'hard' }, [], 'Unrecognized key: "difficulty"'],
    ['no kind', omit(prelimsPyq, 'kind'), ['kind'], 'expected one of'],
    [
      'an unknown kind',
      { ...prelimsPyq, kind: 'pyq' },
      ['kind'],
      'expected one of "prelims-pyq", "mains-pyq", "practice-mcq", "practice-mains"',
    ],
    ['no paper', omit(prelimsPyq, 'paper'), ['paper'], 'expected one of'],
    ['an unknown paper', { ...mainsPyq, paper: 'gs5' }, ['paper'], 'expected one of "prelims"|"gs1"|"gs2"|"gs3"|"gs4"'],
    ['no setBy', omit(prelimsPyq, 'setBy'), ['setBy'], 'expected string'],
    ['an empty setBy', { ...prelimsPyq, setBy: ' ' }, ['setBy'], 'say who set the question'],
    ['no text', omit(prelimsPyq, 'text'), ['text'], 'expected string'],
    ['empty text', { ...prelimsPyq, text: '' }, ['text'], 'give the question text'],
    ['no explanation', omit(mainsPyq, 'explanation'), ['explanation'], 'expected string'],
    ['an empty explanation', { ...mainsPyq, explanation: '\n' }, ['explanation'], 'explain the answer'],
    ['no topics', omit(prelimsPyq, 'topics'), ['topics'], 'expected array'],
    ['an empty topics list', { ...prelimsPyq, topics: [] }, ['topics'], 'list at least one topic'],
    [
      'a topic listed twice',
      { ...prelimsPyq, topics: ['g20', 'quad', 'g20'] },
      ['topics'],
      'the same topic is listed twice',
    ],
    [
      'a topic id that is not kebab-case',
      { ...prelimsPyq, topics: ['G20'] },
      ['topics', 0],
      'expected a kebab-case id',
    ],
    [
      'a year before the first civil services exam',
      { ...prelimsPyq, year: 1978 },
      ['year'],
      'expected the year of a civil services examination',
    ],
    ['a year after 2100', { ...prelimsPyq, year: 2101 }, ['year'], 'Too big'],
    ['a fractional year', { ...prelimsPyq, year: 2020.5 }, ['year'], 'expected int'],
    ['a year written as text', { ...prelimsPyq, year: '2020' }, ['year'], 'expected number'],
    ['an empty option', { ...prelimsPyq, options: ['one', '', 'three', 'four'] }, ['options', 1], 'an option is empty'],
    ['options given as one string', { ...prelimsPyq, options: 'a, b, c, d' }, ['options'], 'expected array'],
    ['an answer letter beyond d', { ...prelimsPyq, answer: 'e' }, ['answer'], 'expected one of "a"|"b"|"c"|"d"'],
    ['an upper-case answer letter', { ...prelimsPyq, answer: 'B' }, ['answer'], 'expected one of "a"|"b"|"c"|"d"'],
    ['an answer given as a number', { ...prelimsPyq, answer: 2 }, ['answer'], 'expected one of'],
  ])('rejects a question with %s', (_what, input, path, message) => {
    expectIssue(questionSchema, input, { path, message });
  });
});

describe('questionSchema: rules between fields', () => {
  it.each([
    [
      'a prelims PYQ without a year',
      omit(prelimsPyq, 'year'),
      ['year'],
      'a previous-year question needs the year it was asked',
    ],
    [
      'a mains PYQ without a year',
      omit(mainsPyq, 'year'),
      ['year'],
      'a previous-year question needs the year it was asked',
    ],
    [
      'a practice MCQ with a year',
      { ...practiceMcq, year: 2024 },
      ['year'],
      'only previous-year questions carry an exam year',
    ],
    [
      'a practice mains question with a year',
      { ...practiceMains, year: 2024 },
      ['year'],
      'only previous-year questions carry an exam year',
    ],
    [
      'an MCQ with 3 options',
      { ...prelimsPyq, options: options.slice(0, 3) },
      ['options'],
      'a multiple-choice question needs exactly 4 options, found 3',
    ],
    [
      'an MCQ with 5 options',
      { ...practiceMcq, options: [...options, 'Both'] },
      ['options'],
      'a multiple-choice question needs exactly 4 options, found 5',
    ],
    [
      'an MCQ with no options',
      omit(practiceMcq, 'options'),
      ['options'],
      'a multiple-choice question needs exactly 4 options, found 0',
    ],
    ['an MCQ with an empty option list', { ...practiceMcq, options: [] }, ['options'], 'found 0'],
    [
      'an MCQ without an answer',
      omit(prelimsPyq, 'answer'),
      ['answer'],
      'a multiple-choice question needs an answer letter a-d',
    ],
    ['a practice MCQ without an answer', omit(practiceMcq, 'answer'), ['answer'], 'needs an answer letter a-d'],
    [
      'an answer letter beyond the options given',
      { ...prelimsPyq, options: options.slice(0, 3), answer: 'd' },
      ['answer'],
      'answer "d" is not among the options',
    ],
    [
      'an MCQ on a GS paper',
      { ...prelimsPyq, paper: 'gs2' },
      ['paper'],
      'a multiple-choice question belongs to the prelims paper',
    ],
    ['a mains question with options', { ...mainsPyq, options }, ['options'], 'a mains question has no options'],
    [
      'a mains question with an empty option list',
      { ...practiceMains, options: [] },
      ['options'],
      'a mains question has no options',
    ],
    [
      'a mains question with an answer letter',
      { ...practiceMains, answer: 'a' },
      ['answer'],
      'a mains question has no answer letter; put the key points in explanation',
    ],
    [
      'a mains question on the prelims paper',
      { ...mainsPyq, paper: 'prelims' },
      ['paper'],
      'a mains question belongs to a GS paper (gs1-gs4)',
    ],
  ])('rejects %s', (_what, input, path, message) => {
    expectIssue(questionSchema, input, { path, message });
  });

  it.each([
    ['the same wording', ['One', 'Two', 'One', 'Four'], 2, 'options[2] repeats option (a)'],
    ['a different case and spacing', ['One', 'Two', 'Three', '  two '], 3, 'options[3] repeats option (b)'],
  ])('rejects an MCQ whose options repeat one another (%s)', (_what, opts, index, message) => {
    expectIssue(questionSchema, { ...practiceMcq, options: opts }, { path: ['options', index], message });
  });

  it('reports only the option count when an MCQ has 3 options and answer a', () => {
    const issues = expectIssue(
      questionSchema,
      { ...prelimsPyq, options: options.slice(0, 3), answer: 'a' },
      {
        path: ['options'],
        message: 'found 3',
      },
    );
    expect(issues).toHaveLength(1);
  });

  it('reports every broken rule of a mains question at once', () => {
    const result = questionSchema.safeParse({ ...mainsPyq, year: undefined, options, answer: 'a', paper: 'prelims' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'answer',
      'options',
      'paper',
      'year',
    ]);
  });

  it('reports every broken rule of an MCQ at once', () => {
    const result = questionSchema.safeParse({
      ...practiceMcq,
      year: 2019,
      options: ['x'],
      answer: undefined,
      paper: 'gs1',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'a multiple-choice question needs an answer letter a-d',
      'only previous-year questions carry an exam year',
      'a multiple-choice question belongs to the prelims paper',
      'a multiple-choice question needs exactly 4 options, found 1',
    ]);
  });
});

describe('questionSchema: formats', () => {
  const statementIII = { ...practiceMcq, format: 'statement-i-ii', options: [...STATEMENT_I_II_OPTIONS] };

  it.each(QUESTION_FORMATS.filter((format) => format !== 'statement-i-ii'))(
    'accepts an MCQ in the %s format',
    (format) => {
      const text = 'How many of the statements given above are correct?';
      expect(expectParsed(questionSchema, { ...practiceMcq, format, text }).format).toBe(format);
    },
  );

  it('accepts a Statement-I/Statement-II question with the four standard options', () => {
    expect(expectParsed(questionSchema, statementIII).options).toEqual(STATEMENT_I_II_OPTIONS);
  });

  it.each([
    ['an MCQ without a format', omit(practiceMcq, 'format'), ['format'], 'say how the question is put: one of direct'],
    ['an unknown format', { ...practiceMcq, format: 'assertion-reason' }, ['format'], 'expected one of "direct"'],
    ['a mains question with a format', { ...mainsPyq, format: 'direct' }, ['format'], 'a mains question has no format'],
    [
      'a Statement-I/Statement-II question with home-made options',
      { ...statementIII, options: [...STATEMENT_I_II_OPTIONS.slice(0, 3), 'Neither statement is correct'] },
      ['options'],
      'uses the four standard UPSC options',
    ],
    [
      'a Statement-I/Statement-II question with the standard options out of order',
      { ...statementIII, options: [...STATEMENT_I_II_OPTIONS].reverse() },
      ['options'],
      'in order',
    ],
    [
      'a how-many question that does not ask how many',
      { ...practiceMcq, format: 'how-many', text: 'Which of the statements given above are correct?' },
      ['text'],
      'asks "How many',
    ],
  ])('rejects %s', (_what, input, path, message) => {
    expectIssue(questionSchema, input, { path, message });
  });
});

describe('questionSchema: the note section a question rests on', () => {
  it('keeps the note and the heading id', () => {
    expect(expectParsed(questionSchema, prelimsPyq).basis).toEqual(basis);
  });

  it('keeps the id of a Hindi heading, vowel signs and virama included', () => {
    const hindi = { ...basis, section: 'भारत-जापान-संबंध-और-क्वाड' };
    expect(expectParsed(questionSchema, { ...prelimsPyq, basis: hindi }).basis).toEqual(hindi);
  });

  it.each([
    ['no basis', omit(prelimsPyq, 'basis'), ['basis'], 'expected object'],
    [
      'a basis without a section',
      { ...prelimsPyq, basis: { note: basis.note } },
      ['basis', 'section'],
      'expected string',
    ],
    [
      'a section written with "#"',
      { ...prelimsPyq, basis: { ...basis, section: '#quad' } },
      ['basis', 'section'],
      'without "#"',
    ],
    [
      'a section in capitals',
      { ...prelimsPyq, basis: { ...basis, section: 'Quad' } },
      ['basis', 'section'],
      'heading id',
    ],
    [
      'a note id that is not kebab-case',
      { ...prelimsPyq, basis: { ...basis, note: 'Notes/x' } },
      ['basis', 'note'],
      'kebab-case',
    ],
  ])('rejects %s', (_what, input, path, message) => {
    expectIssue(questionSchema, input, { path, message });
  });
});

describe('questionSchema: marks, word limit and model answer of mains questions', () => {
  it.each([
    [10, 150, 150],
    [10, 150, 100],
    [15, 250, 250],
    [15, 250, 167],
  ])('accepts %i marks, %i words and a model answer of %i words', (marks, words, length) => {
    const question = expectParsed(questionSchema, { ...practiceMains, marks, words, modelAnswer: answerOf(length) });
    expect([question.marks, question.words]).toEqual([marks, words]);
  });

  it('counts words as the reading time does, ignoring Markdown marks', () => {
    const modelAnswer = `**Introduction** — ${answerOf(148)}`;
    expect(expectParsed(questionSchema, { ...mainsPyq, modelAnswer }).modelAnswer).toBe(modelAnswer);
  });

  it.each([
    [
      'no marks',
      omit(mainsPyq, 'marks'),
      ['marks'],
      'a mains question needs its marks (10 marks with 150 words or 15 marks with 250 words)',
    ],
    ['no word limit', omit(practiceMains, 'words'), ['words'], 'a mains question needs its word limit'],
    [
      'marks and words that do not go together',
      { ...mainsPyq, marks: 15 },
      ['words'],
      '15 marks and 150 words do not go together',
    ],
    [
      'no model answer',
      omit(practiceMains, 'modelAnswer'),
      ['modelAnswer'],
      'needs a model answer within its word limit',
    ],
    [
      'a model answer over the limit',
      { ...mainsPyq, modelAnswer: answerOf(151) },
      ['modelAnswer'],
      'has 151 words, over the limit of 150',
    ],
    [
      'a model answer far too short',
      { ...mainsPyq, modelAnswer: answerOf(99) },
      ['modelAnswer'],
      'has 99 words; use at least 100 of the 150 allowed',
    ],
    ['an MCQ with marks', { ...practiceMcq, marks: 2 }, ['marks'], 'a multiple-choice question has no marks'],
    ['an MCQ with a model answer', { ...prelimsPyq, modelAnswer: 'x' }, ['modelAnswer'], 'has no modelAnswer'],
  ])('rejects %s', (_what, input, path, message) => {
    expectIssue(questionSchema, input, { path, message });
  });
});
