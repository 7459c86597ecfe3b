import { z } from 'zod';
import { idListSchema } from './common.ts';

/** Letters that label the options of a multiple-choice question. */
export const OPTION_LETTERS = ['a', 'b', 'c', 'd'] as const;

/** A previous-year or practice question in content/questions/. */
export const questionSchema = z
  .strictObject({
    /** Previous-year (PYQ) or practice, prelims MCQ or mains descriptive. */
    kind: z.enum(['prelims-pyq', 'mains-pyq', 'practice-mcq', 'practice-mains']),
    /** Year of the examination, for previous-year questions only. */
    year: z.number().int().min(1979, 'expected the year of a civil services examination').max(2100).optional(),
    /** Paper the question belongs to: prelims or a GS paper of the mains. */
    paper: z.enum(['prelims', 'gs1', 'gs2', 'gs3', 'gs4']),
    /** Who set the question ("UPSC CSE Prelims", "Drishti IAS", "Our practice set"). */
    setBy: z.string().trim().min(1, 'say who set the question'),
    /** The question as asked. */
    text: z.string().trim().min(1, 'give the question text'),
    /** The four options of a multiple-choice question, in order (a) to (d). */
    options: z.array(z.string().trim().min(1, 'an option is empty')).optional(),
    /** Letter of the correct option of a multiple-choice question. */
    answer: z.enum(OPTION_LETTERS).optional(),
    /** Why the answer is right, or the points a good mains answer makes. */
    explanation: z.string().trim().min(1, 'explain the answer'),
    /** Marks the question carries (mains questions: 10 or 15). */
    marks: z.number().int().positive('marks must be a positive whole number').optional(),
    /** Word limit of a mains answer (150 or 250). */
    words: z.number().int().positive('the word limit must be a positive whole number').optional(),
    /** A model answer in Markdown, within the word limit (mains questions only). */
    modelAnswer: z.string().trim().min(1, 'the model answer is empty').optional(),
    /** Prelims topic ids the question tests. */
    topics: idListSchema('topic'),
  })
  .superRefine((q, ctx) => {
    const isMcq = q.kind === 'prelims-pyq' || q.kind === 'practice-mcq';
    const isPyq = q.kind === 'prelims-pyq' || q.kind === 'mains-pyq';
    if (isPyq && q.year === undefined) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'a previous-year question needs the year it was asked' });
    }
    if (!isPyq && q.year !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'only previous-year questions carry an exam year' });
    }
    if (isMcq) {
      if (q.options?.length !== 4) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `a multiple-choice question needs exactly 4 options, found ${q.options?.length ?? 0}`,
        });
      }
      if (q.answer === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: 'a multiple-choice question needs an answer letter a-d',
        });
      } else if (q.options && OPTION_LETTERS.indexOf(q.answer) >= q.options.length) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer "${q.answer}" is not among the options` });
      }
      if (q.paper !== 'prelims') {
        ctx.addIssue({
          code: 'custom',
          path: ['paper'],
          message: 'a multiple-choice question belongs to the prelims paper',
        });
      }
    } else {
      if (q.options !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'a mains question has no options' });
      }
      if (q.answer !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: 'a mains question has no answer letter; put the key points in explanation',
        });
      }
      if (q.paper === 'prelims') {
        ctx.addIssue({ code: 'custom', path: ['paper'], message: 'a mains question belongs to a GS paper (gs1-gs4)' });
      }
    }
  });

export type Question = z.infer<typeof questionSchema>;
