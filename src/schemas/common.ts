import { z } from 'zod';

/** Kebab-case identifier used in file names and URLs (`summit-2025-outcomes`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "summit-2025-outcomes"');

/** True when `yyyy-mm-dd` names a day that exists on the calendar (rejects 2025-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * True unless `yyyy-mm-dd` is later than today where any editor is (UTC + 14 h, the earliest time zone), so a note
 * or a source is never dated after it was written (a typo such as 2062 for 2026).
 */
export function isNotInFuture(value: string, now: number = Date.now()): boolean {
  return value <= new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A calendar date written `YYYY-MM-DD`, not after today, normalised to a UTC-midnight `Date`. Every date in the
 * content records something that has happened (published, updated, a change, a source's date).
 * YAML loaders may hand us a `Date` already; it is turned back into text so one rule checks both.
 */
export const dateSchema = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'expected a date written as YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
      .refine(isRealDate, 'not a real calendar date')
      .refine((value) => isNotInFuture(value), 'a date after today: give the day it happened (YYYY-MM-DD)'),
  )
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** Id of a publication in content/taxonomy/publications.yaml, in capitals (`TH` is The Hindu). */
export const publicationIdSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*$/, 'expected a publication id in capitals such as "TH"');

/** An absolute https URL. */
export const httpsUrlSchema = z
  .url({ error: 'expected an absolute URL such as https://example.org/page' })
  .refine((value) => value.startsWith('https://'), 'expected an https:// URL');

/** A list of ids with at least one entry and no repeats. */
export const idListSchema = (what: string) =>
  z
    .array(idSchema)
    .min(1, `list at least one ${what}`)
    .refine((ids) => new Set(ids).size === ids.length, `the same ${what} is listed twice`);

/** The four General Studies papers of the mains examination. */
export const gsPaperSchema = z.enum(['gs1', 'gs2', 'gs3', 'gs4']);
export type GsPaper = z.infer<typeof gsPaperSchema>;
