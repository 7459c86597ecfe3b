import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { gsPaperSchema, idSchema } from './common.ts';

/** One line of text an editor writes: trimmed, never empty. */
const line = (what: string) => z.string().trim().min(1, `${what} is empty`);

/** A list of one-line entries with at least `min` of them and no line written twice. */
const lines = (what: string, min = 1) =>
  z
    .array(line(`a ${what}`))
    .min(min, `list at least ${min === 1 ? `one ${what}` : `${min} ${what}s`}`)
    .refine(
      (items) => new Set(items.map((s) => s.toLowerCase())).size === items.length,
      `the same ${what} is listed twice`,
    );

/** One angle examiners take on the theme, with the question that asks it when there is one. */
export const mainsAskSchema = z.strictObject({
  /** The angle in one line ("Is the Quad more than a security grouping?"). */
  angle: line('the angle'),
  /** Id of the previous-year or practice mains question (content/questions/) that asks this angle. */
  question: idSchema.optional(),
});

/** One dimension of the body of an answer: a heading, the points to make, and the notes holding the data. */
export const mainsDimensionSchema = z.strictObject({
  /** Heading of the dimension ("Strategic", "Economic"). */
  heading: line('the heading'),
  /** Points to make, each with the data point that backs it, one line each. */
  points: lines('point'),
  /** Ids of the notes (content/notes/) the data points come from. */
  notes: z.array(idSchema).default([]),
});

/** The skeleton of an answer, from opening to closing line. */
export const mainsFrameworkSchema = z.strictObject({
  /** Ways to open the answer, one option a line. */
  introduction: lines('introduction option'),
  /** The dimensions the body covers, in the order to write them (at least two). */
  body: z.array(mainsDimensionSchema).min(2, 'give the body at least 2 dimensions'),
  /** Arguments on the other side, or limits, that a balanced answer acknowledges. */
  counterViews: lines('counter-view'),
  /** Steps that would move things forward. */
  wayForward: lines('way-forward step'),
  /** Ways to close the answer, one option a line. */
  conclusion: lines('conclusion option'),
});

/** A line worth quoting, word for word, with who said it and when. */
export const mainsQuoteSchema = z.strictObject({
  /** The exact words, without quotation marks. */
  text: line('the quote'),
  /** Who said or wrote it ("Shinzo Abe, Prime Minister of Japan"). */
  speaker: line('the speaker'),
  /** Year it was said or published. */
  year: z.number().int().min(1900, 'expected a year such as 2007').max(2100, 'expected a year such as 2007'),
  /** Where it was said and how to use it in an answer. */
  context: line('the context'),
});

/** Frontmatter of a mains topic in content/mains/: an answer-writing page. The body adds optional prose. */
export const mainsSchema = z.strictObject({
  /** Heading as the syllabus or the source phrases it. */
  title: z.string().trim().min(1, 'give the mains topic a title'),
  /** What an answer on this topic should cover (at most 300 characters). */
  summary: z
    .string()
    .trim()
    .min(1, 'give the mains topic a summary')
    .max(300, 'keep the summary to 300 characters or fewer'),
  /** GS papers in which questions on this theme are set. */
  papers: z
    .array(gsPaperSchema)
    .min(1, 'name at least one GS paper, such as gs2')
    .refine((items) => new Set(items).size === items.length, 'the same GS paper is listed twice'),
  /** What examiners ask about the theme: the angles, each with its question when one exists. */
  asks: z.array(mainsAskSchema).min(1, 'list at least one angle examiners ask'),
  /** The answer framework. */
  framework: mainsFrameworkSchema,
  /** Terms that earn marks when used correctly in an answer. */
  keywords: lines('keyword', 5),
  /** Exact quotations with their speaker and year; only lines whose wording is certain. */
  quotes: z.array(mainsQuoteSchema).default([]),
  /** Sources of the facts the page adds beyond the news article, named by its `[!BEYOND]` blocks. */
  citations: citationsSchema,
});

export type MainsTopic = z.infer<typeof mainsSchema>;
export type MainsDimension = z.infer<typeof mainsDimensionSchema>;
export type MainsQuote = z.infer<typeof mainsQuoteSchema>;
