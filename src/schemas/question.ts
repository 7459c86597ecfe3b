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
    .regex(/^[\p{Ll}\p{Lo}\p{N}_-]+$/u, 'expected a heading id such as "1-trade-imbalance-despite-cepa", without "#"'),
});
export type QuestionBasis = z.infer<typeof basisSchema>;

/** A previous-year or practice question in content/questions/. */
export const questionSchema = z
  .strictObject({
    /** Previous-year (PYQ) or practice, prelims MCQ or mains descriptive. */
    kind: z.enum(QUESTION_KINDS),
    /** Year of the examination, for previous-year questions only. */
    year: z.number().int().min(1979, 'expected the year of a civil services examination').max(2100).optional(),
    /** Paper the question belongs to: prelims or a GS paper of the mains. */
    paper: z.enum(['prelims', ...gsPaperSchema.options]),
    /** Who set the question ("UPSC CSE Prelims", "Drishti IAS", "Our practice set"). */
    setBy: z.string().trim().min(1, 'say who set the question'),
    /** The question as asked. */
    text: z.string().trim().min(1, 'give the question text'),
    /** Format of a multiple-choice question (see QUESTION_FORMATS); mains questions have none. */
    format: z.enum(QUESTION_FORMATS).optional(),
    /** The four options of a multiple-choice question, in order (a) to (d). */
    options: z.array(z.string().trim().min(1, 'an option is empty')).optional(),
    /** Letter of the correct option of a multiple-choice question. */
    answer: z.enum(OPTION_LETTERS).optional(),
    /** Why the answer is right, or the points a good mains answer makes; names the note section it rests on. */
    explanation: z.string().trim().min(1, 'explain the answer'),
    /** The note section the explanation rests on; `npm run check` verifies the note and heading exist. */
    basis: basisSchema,
    /** Marks the question carries (mains questions: 10 or 15). */
    marks: z.number().int().positive('marks must be a positive whole number').optional(),
    /** Word limit of a mains answer (150 for 10 marks, 250 for 15). */
    words: z.number().int().positive('the word limit must be a positive whole number').optional(),
    /** A model answer (mains questions only), within the word limit; paragraphs separated by a blank line. */
    modelAnswer: z.string().trim().min(1, 'the model answer is empty').optional(),
    /** Prelims topic ids the question tests. */
    topics: idListSchema('topic'),
  })
  .superRefine((q, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const isMcq = isMcqKind(q.kind);
    const isPyq = isPyqKind(q.kind);
    if (isPyq && q.year === undefined) issue(['year'], 'a previous-year question needs the year it was asked');
    if (!isPyq && q.year !== undefined) issue(['year'], 'only previous-year questions carry an exam year');
    if (isMcq) {
      if (q.options?.length !== 4) {
        issue(['options'], `a multiple-choice question needs exactly 4 options, found ${q.options?.length ?? 0}`);
      }
      q.options?.forEach((option, i) => {
        const first = q.options?.findIndex((other) => sameOption(other) === sameOption(option)) ?? i;
        if (first < i) issue(['options', i], `options[${i}] repeats option (${OPTION_LETTERS[first]})`);
      });
      if (q.answer === undefined) {
        issue(['answer'], 'a multiple-choice question needs an answer letter a-d');
      } else if (q.options && OPTION_LETTERS.indexOf(q.answer) >= q.options.length) {
        issue(['answer'], `answer "${q.answer}" is not among the options`);
      }
      if (q.paper !== 'prelims') issue(['paper'], 'a multiple-choice question belongs to the prelims paper');
      if (q.format === undefined)
        issue(['format'], `say how the question is put: one of ${QUESTION_FORMATS.join(', ')}`);
      if (q.format === 'statement-i-ii' && q.options?.length === 4) {
        const standard = q.options.every((option, i) => option === STATEMENT_I_II_OPTIONS[i]);
        if (!standard)
          issue(['options'], 'a Statement-I/Statement-II question uses the four standard UPSC options, in order');
      }
      if (q.format === 'how-many' && !/how many/i.test(q.text)) {
        issue(['text'], 'a "how-many" question asks "How many of the ... given above ...?"');
      }
      for (const field of ['marks', 'words', 'modelAnswer'] as const) {
        if (q[field] !== undefined)
          issue([field], `a multiple-choice question has no ${field}; it belongs to mains questions`);
      }
    } else {
      if (q.options !== undefined) issue(['options'], 'a mains question has no options');
      if (q.answer !== undefined) {
        issue(['answer'], 'a mains question has no answer letter; put the key points in explanation');
      }
      if (q.paper === 'prelims') issue(['paper'], 'a mains question belongs to a GS paper (gs1-gs4)');
      if (q.format !== undefined)
        issue(['format'], 'a mains question has no format; formats are for multiple-choice questions');
      mainsLimits(q, issue);
    }
  });

/** Marks, word limit and model answer of a mains question, checked against each other. */
function mainsLimits(
  q: { marks?: number | undefined; words?: number | undefined; modelAnswer?: string | undefined },
  issue: (path: PropertyKey[], message: string) => void,
) {
  const pairs = Object.entries(MAINS_WORD_LIMITS)
    .map(([marks, words]) => `${marks} marks with ${words} words`)
    .join(' or ');
  if (q.marks === undefined) issue(['marks'], `a mains question needs its marks (${pairs})`);
  if (q.words === undefined) issue(['words'], `a mains question needs its word limit (${pairs})`);
  if (q.marks !== undefined && q.words !== undefined && MAINS_WORD_LIMITS[q.marks] !== q.words) {
    issue(['words'], `${q.marks} marks and ${q.words} words do not go together; UPSC sets ${pairs}`);
  }
  if (q.modelAnswer === undefined) {
    issue(['modelAnswer'], 'a mains question needs a model answer within its word limit');
  } else if (q.words !== undefined) {
    const count = countWords(q.modelAnswer);
    const least = Math.ceil(q.words * MODEL_ANSWER_MIN_SHARE);
    if (count > q.words) issue(['modelAnswer'], `the model answer has ${count} words, over the limit of ${q.words}`);
    else if (count < least) {
      issue(['modelAnswer'], `the model answer has ${count} words; use at least ${least} of the ${q.words} allowed`);
    }
  }
}

export type Question = z.infer<typeof questionSchema>;
