import { z } from 'zod';
import { countWords } from '../lib/reading.ts';
import { gsPaperSchema, idListSchema, idSchema } from './common.ts';

/** The kinds of question: previous-year (PYQ) or practice, prelims multiple-choice or mains descriptive. */
export const QUESTION_KINDS = ['prelims-pyq', 'mains-pyq', 'practice-mcq', 'practice-mains'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** A multiple-choice (prelims) kind, previous-year or practice. */
export const isMcqKind = (kind: QuestionKind): boolean => kind === 'prelims-pyq' || kind === 'practice-mcq';
/** A previous-year kind, prelims or mains. */
export const isPyqKind = (kind: QuestionKind): boolean => kind === 'prelims-pyq' || kind === 'mains-pyq';

/** Letters that label the options of a multiple-choice question. */
export const OPTION_LETTERS = ['a', 'b', 'c', 'd'] as const;
export type OptionLetter = (typeof OPTION_LETTERS)[number];

/**
 * How a multiple-choice question is put, so the set can be counted and filtered by format:
 * - `direct`: one question, four candidate answers;
 * - `statements`: numbered statements, the options name which are correct ("1 and 3 only");
 * - `how-many`: numbered statements or pairs, the options count the correct ones ("Only two");
 * - `statement-i-ii`: the Statement-I / Statement-II format UPSC has used since 2023, with its four standard options;
 * - `match-pairs`: two lists to match, or numbered pairs to judge.
 */
export const QUESTION_FORMATS = ['direct', 'statements', 'how-many', 'statement-i-ii', 'match-pairs'] as const;
export type QuestionFormat = (typeof QUESTION_FORMATS)[number];

/** The four options UPSC prints, word for word, under every Statement-I / Statement-II question. */
export const STATEMENT_I_II_OPTIONS = [
  'Both Statement-I and Statement-II are correct and Statement-II is the correct explanation for Statement-I',
  'Both Statement-I and Statement-II are correct and Statement-II is not the correct explanation for Statement-I',
  'Statement-I is correct but Statement-II is incorrect',
  'Statement-I is incorrect but Statement-II is correct',
] as const;

/** Word limit of a mains answer for each mark value UPSC sets in the GS papers. */
export const MAINS_WORD_LIMITS: Readonly<Record<number, number>> = { 10: 150, 15: 250 };

/** "10 marks with 150 words or 15 marks with 250 words", for messages. */
const MARK_PAIRS = Object.entries(MAINS_WORD_LIMITS)
  .map(([marks, words]) => `${marks} marks with ${words} words`)
  .join(' or ');

/** A model answer shorter than this share of its word limit does not show how to use the space. */
export const MODEL_ANSWER_MIN_SHARE = 2 / 3;

/** Options compare equal when they differ only in case and spacing. */
const sameOption = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The note section a question rests on: the answer can be revised there. */
export const basisSchema = z.strictObject({
  /** Id of the note (content/notes/<id>.md). */
  note: idSchema,
  /** Id of a heading in that note, as on the page: the GitHub-style slug of the heading text, without "#". */
  section: z
    .string()
    .trim()
    // \p{M}: a Hindi heading's slug keeps its vowel signs and virama ("भारत-जापान-संबंध").
    .regex(
      /^[\p{Ll}\p{Lo}\p{M}\p{N}_-]+$/u,
      'expected a heading id such as "1-trade-imbalance-despite-cepa", without "#"',
    ),
});
export type QuestionBasis = z.infer<typeof basisSchema>;

type Issue = (path: PropertyKey[], message: string) => void;
const issuer =
  (ctx: { addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string }) => void }): Issue =>
  (path, message) =>
    ctx.addIssue({ code: 'custom', path, message });

/** What every question has, multiple-choice or mains. */
const shared = {
  /** Year of the examination, for previous-year questions only. */
  year: z.number().int().min(1979, 'expected the year of a civil services examination').max(2100).optional(),
  /** Who set the question ("UPSC CSE Prelims", "Drishti IAS", "Our practice set"). */
  setBy: z.string().trim().min(1, 'say who set the question'),
  /** The question as asked. */
  text: z.string().trim().min(1, 'give the question text'),
  /** Why the answer is right, or the points a good mains answer makes; names the note section it rests on. */
  explanation: z.string().trim().min(1, 'explain the answer'),
  /** The note section the explanation rests on; `npm run check` verifies the note and heading exist. */
  basis: basisSchema,
  /** Prelims topic ids the question tests. */
  topics: idListSchema('topic'),
};

/** A message for a required field left out; other mistakes keep zod's own message ("expected one of …"). */
const whenMissing = (message: string) => (iss: { input: unknown }) => (iss.input === undefined ? message : undefined);

/** A field one shape of question never has, with the sentence that says so. */
const absent = (message: string) => z.never({ error: message }).optional();

/**
 * Rules between fields run even when a field failed, so an editor sees every mistake at once; they read the raw
 * object, so each guards the types it relies on.
 */
const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

/** A year only on previous-year questions. */
function yearRule(q: { kind: QuestionKind; year?: number | undefined }, issue: Issue) {
  const isPyq = isPyqKind(q.kind);
  if (isPyq && q.year === undefined) issue(['year'], 'a previous-year question needs the year it was asked');
  if (!isPyq && q.year !== undefined) issue(['year'], 'only previous-year questions carry an exam year');
}

/** A prelims multiple-choice question, previous-year or practice. */
export const mcqQuestionSchema = z
  .strictObject({
    /** Previous-year or practice multiple-choice question. */
    kind: z.enum(['prelims-pyq', 'practice-mcq']),
    ...shared,
    /** Always the prelims paper. */
    paper: z.enum(['prelims', ...gsPaperSchema.options]),
    /** How the question is put (see QUESTION_FORMATS). */
    format: z.enum(QUESTION_FORMATS, {
      error: whenMissing(`say how the question is put: one of ${QUESTION_FORMATS.join(', ')}`),
    }),
    /** The four options, in order (a) to (d). */
    options: z.array(z.string().trim().min(1, 'an option is empty'), {
      error: whenMissing('a multiple-choice question needs exactly 4 options, found 0'),
    }),
    /** Letter of the correct option. */
    answer: z.enum(OPTION_LETTERS, { error: whenMissing('a multiple-choice question needs an answer letter a-d') }),
    /** Mains questions only. */
    marks: absent('a multiple-choice question has no marks; it belongs to mains questions'),
    /** Mains questions only. */
    words: absent('a multiple-choice question has no words; it belongs to mains questions'),
    /** Mains questions only. */
    modelAnswer: absent('a multiple-choice question has no modelAnswer; it belongs to mains questions'),
  })
  .superRefine((q, ctx) => {
    const issue = issuer(ctx);
    yearRule(q, issue);
    if (q.paper !== 'prelims') issue(['paper'], 'a multiple-choice question belongs to the prelims paper');
    const options = Array.isArray(q.options) ? q.options : undefined;
    if (options && options.length !== 4)
      issue(['options'], `a multiple-choice question needs exactly 4 options, found ${options.length}`);
    options?.forEach((option, i) => {
      const first = options.findIndex((other) => sameOption(other) === sameOption(option));
      if (first < i) issue(['options', i], `options[${i}] repeats option (${OPTION_LETTERS[first]})`);
    });
    if (options && q.answer && OPTION_LETTERS.indexOf(q.answer) >= options.length)
      issue(['answer'], `answer "${q.answer}" is not among the options`);
    if (q.format === 'statement-i-ii' && options?.length === 4) {
      if (!options.every((option, i) => option === STATEMENT_I_II_OPTIONS[i]))
        issue(['options'], 'a Statement-I/Statement-II question uses the four standard UPSC options, in order');
    }
    if (q.format === 'how-many' && typeof q.text === 'string' && !/how many/i.test(q.text))
      issue(['text'], 'a "how-many" question asks "How many of the ... given above ...?"');
  }, always);

/** A mains (descriptive) question, previous-year or practice, with its model answer. */
export const mainsQuestionSchema = z
  .strictObject({
    /** Previous-year or practice mains question. */
    kind: z.enum(['mains-pyq', 'practice-mains']),
    ...shared,
    /** The GS paper it is set in. */
    paper: z.enum(['prelims', ...gsPaperSchema.options]),
    /** Marks the question carries (10 or 15). */
    marks: z
      .number({ error: whenMissing(`a mains question needs its marks (${MARK_PAIRS})`) })
      .int()
      .positive('marks must be a positive whole number'),
    /** Word limit of the answer (150 for 10 marks, 250 for 15). */
    words: z
      .number({ error: whenMissing(`a mains question needs its word limit (${MARK_PAIRS})`) })
      .int()
      .positive('the word limit must be a positive whole number'),
    /** A model answer within the word limit; paragraphs separated by a blank line. */
    modelAnswer: z
      .string({ error: whenMissing('a mains question needs a model answer within its word limit') })
      .trim()
      .min(1, 'the model answer is empty'),
    /** Multiple-choice questions only. */
    format: absent('a mains question has no format; formats are for multiple-choice questions'),
    /** Multiple-choice questions only. */
    options: absent('a mains question has no options'),
    /** Multiple-choice questions only. */
    answer: absent('a mains question has no answer letter; put the key points in explanation'),
  })
  .superRefine((q, ctx) => {
    const issue = issuer(ctx);
    yearRule(q, issue);
    if (q.paper === 'prelims') issue(['paper'], 'a mains question belongs to a GS paper (gs1-gs4)');
    mainsLimits(q, issue);
  }, always);

/**
 * A previous-year or practice question in content/questions/: by its `kind`, a multiple-choice shape or a mains
 * shape, so a page that holds an MCQ knows it has options and an answer, and a mains page its marks.
 */
export const questionSchema = z.discriminatedUnion('kind', [mcqQuestionSchema, mainsQuestionSchema], {
  error: `expected one of ${QUESTION_KINDS.map((k) => `"${k}"`).join(', ')}`,
});

/** Marks, word limit and model answer of a mains question, checked against each other (each guarded: see always). */
function mainsLimits(q: { marks: unknown; words: unknown; modelAnswer: unknown }, issue: Issue) {
  if (typeof q.marks === 'number' && typeof q.words === 'number' && MAINS_WORD_LIMITS[q.marks] !== q.words) {
    issue(['words'], `${q.marks} marks and ${q.words} words do not go together; UPSC sets ${MARK_PAIRS}`);
  }
  if (typeof q.words === 'number' && typeof q.modelAnswer === 'string') {
    const count = countWords(q.modelAnswer);
    const least = Math.ceil(q.words * MODEL_ANSWER_MIN_SHARE);
    if (count > q.words) issue(['modelAnswer'], `the model answer has ${count} words, over the limit of ${q.words}`);
    else if (count < least) {
      issue(['modelAnswer'], `the model answer has ${count} words; use at least ${least} of the ${q.words} allowed`);
    }
  }
}

export type Question = z.infer<typeof questionSchema>;
export type McqQuestion = z.infer<typeof mcqQuestionSchema>;
export type MainsQuestion = z.infer<typeof mainsQuestionSchema>;

/** The one test of "is this a multiple-choice question": by its kind, narrowing the type. */
export const isMcq = (q: Question): q is McqQuestion => isMcqKind(q.kind);
