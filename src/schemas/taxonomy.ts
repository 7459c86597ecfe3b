import { z } from 'zod';
import { gsPaperSchema, httpsUrlSchema, idSchema, publicationIdSchema } from './common.ts';

/** One official line of the syllabus, quoted verbatim. */
export const syllabusLineSchema = z.strictObject({
  /** Stable id used by notes (`gs2-bilateral`). */
  id: idSchema,
  /** The line exactly as the official syllabus words it. */
  text: z.string().trim().min(1, 'quote the syllabus line'),
});

/** One GS paper of the mains syllabus (an entry of content/taxonomy/syllabus.yaml). */
export const syllabusPaperSchema = z.strictObject({
  /** Paper id, `gs1` to `gs4`. */
  id: gsPaperSchema,
  /** Short name ("GS Paper II"). */
  name: z.string().trim().min(1),
  /** The paper's official heading, verbatim. */
  heading: z.string().trim().min(1),
  /** Official lines of the paper that notes map to; an empty list is allowed. */
  lines: z.array(syllabusLineSchema).default([]),
});

/** A publication notes cite (an entry of content/taxonomy/publications.yaml). */
export const publicationSchema = z.strictObject({
  /** Short id in capitals (`TH`). */
  id: publicationIdSchema,
  /** Full name ("The Hindu"). */
  name: z.string().trim().min(1),
  /** Home page of the publication. */
  url: httpsUrlSchema,
});

export type SyllabusPaper = z.infer<typeof syllabusPaperSchema>;
export type SyllabusLine = z.infer<typeof syllabusLineSchema>;
export type Publication = z.infer<typeof publicationSchema>;
