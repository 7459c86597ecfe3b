import { z } from 'zod';
import { dateSchema, httpsUrlSchema, idSchema } from './common.ts';

/**
 * Where a fact beyond the news article comes from. A note, topic or mains page declares its citations once in the
 * frontmatter; a `> [!BEYOND] id` or `> [!CORRECTION] id` block and a `cite: id` row name them, and the page shows
 * the publisher, title, date and link beside the fact (on screen and on paper).
 */
export const citationSchema = z.strictObject({
  /** Id the body's markers and `cite:` fields name, kebab-case, unique within the file. */
  id: idSchema,
  /** Who published the cited page: a ministry, agency or newspaper of record ("Ministry of External Affairs"). */
  publisher: z.string().trim().min(1, 'name the publisher of the cited page'),
  /** The cited page's own title, as it is published. */
  title: z.string().trim().min(1, 'give the title of the cited page'),
  /** Date of the cited page (YYYY-MM-DD). */
  date: dateSchema,
  /** https link to the cited page itself. */
  url: httpsUrlSchema,
});

/** A file's citations: none by default, every id once. */
export const citationsSchema = z
  .array(citationSchema)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((citation, index) => {
      if (seen.has(citation.id))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `the citation id "${citation.id}" is used twice`,
        });
      seen.add(citation.id);
    });
  });

/** The id of a citation declared in the same file's `citations`. */
export const citeSchema = idSchema;

export type Citation = z.infer<typeof citationSchema>;
