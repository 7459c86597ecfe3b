import { CARD_ID } from '../lib/practice/cards.ts';
import { z } from 'zod';
import { idSchema, isRealDate } from './common.ts';
import { OPTION_LETTERS } from './question.ts';

/** Names this site's progress files, so a file from anywhere else is recognised and refused. */
export const PROGRESS_FORMAT = 'india-japan-notes/progress';
/** The version of the stored format this release writes; older versions are migrated on load. */
export const PROGRESS_VERSION = 1;
/** Days after which a flashcard comes back, one step per "knew it" in a row. */
export const REVIEW_INTERVALS = [1, 3, 7, 21] as const;

/** A calendar day `YYYY-MM-DD` in the reader's time zone. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day written as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** A flashcard id: the note id and the card's kind and position (`defence-and-security/2`, `…/t0`, `…/f1`). */
export const cardIdSchema = z.string().regex(CARD_ID, 'expected a card id note-id/n, note-id/tn or note-id/fn');

/** How often and when a note was marked as revised. */
export const revisedSchema = z.strictObject({
  /** How many times the reader marked the note as revised. */
  count: z.number().int().min(1),
  /** Day of the first revision. */
  first: daySchema,
  /** Day of the latest revision. */
  last: daySchema,
});

/** One attempt at a multiple-choice question. */
export const attemptSchema = z.strictObject({
  /** Day of the attempt. */
  day: daySchema,
  /** The option chosen; null when the question was left unanswered. */
  choice: z.enum(OPTION_LETTERS).nullable(),
  /** Whether the choice was the right answer. */
  correct: z.boolean(),
});

/** Where a flashcard stands in the spaced-repetition schedule. */
export const cardStateSchema = z.strictObject({
  /** Index into REVIEW_INTERVALS of the gap last scheduled. */
  step: z
    .number()
    .int()
    .min(0)
    .max(REVIEW_INTERVALS.length - 1),
  /** Day the card is due again. */
  due: daySchema,
  /** Day the card was last reviewed. */
  last: daySchema,
  /** Day the card was first reviewed: new cards are dealt a few a day, counted by it (absent in older files). */
  seen: daySchema.optional(),
});

/** A mains answer draft kept on the device. */
export const draftSchema = z.strictObject({
  /** The text written so far. */
  text: z.string().max(20_000, 'a draft is longer than 20,000 characters'),
  /** When it was last saved (ISO date-time). */
  saved: z.iso.datetime(),
});

/** Everything this device remembers about the reader's study: stored in localStorage and exported as JSON. */
export const progressSchema = z.strictObject({
  /** Always PROGRESS_FORMAT: tells our files from any other JSON. */
  format: z.literal(PROGRESS_FORMAT),
  /** Format version, PROGRESS_VERSION after migration. */
  version: z.literal(PROGRESS_VERSION),
  /** Notes marked as revised, by note id. */
  revised: z.record(idSchema, revisedSchema).default({}),
  /** Bookmarked note ids, newest last. */
  bookmarks: z
    .array(idSchema)
    .refine((ids) => new Set(ids).size === ids.length, 'the same note is bookmarked twice')
    .default([]),
  /** The last note opened, for "continue where you left off": its id and when (milliseconds since 1970). */
  lastVisit: z.strictObject({ note: idSchema, at: z.number().int().nonnegative() }).optional(),
  /** Attempts at each multiple-choice question, oldest first (at most 20 kept). */
  answers: z.record(idSchema, z.array(attemptSchema).max(20)).default({}),
  /** Flashcard schedule by card id. */
  cards: z.record(cardIdSchema, cardStateSchema).default({}),
  /** Mains answer drafts by question id. */
  drafts: z.record(idSchema, draftSchema).default({}),
});

export type Progress = z.infer<typeof progressSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type CardState = z.infer<typeof cardStateSchema>;
export type Revised = z.infer<typeof revisedSchema>;
