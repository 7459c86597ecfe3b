import { z } from 'zod';
import { citationsSchema } from './citation.ts';

/** Frontmatter of a prelims topic tag in content/topics/; the body is a short explanatory note. */
export const topicSchema = z.strictObject({
  /** Display name of the topic ("JIMEX"). */
  title: z.string().trim().min(1, 'give the topic a title'),
  /** Other names readers search for ("Japan-India Maritime Exercise"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** One-sentence description used in lists and search (at most 200 characters). */
  summary: z.string().trim().min(1, 'give the topic a summary').max(200, 'keep the summary to 200 characters or fewer'),
  /** Sources of the facts the topic adds beyond the news article, named by its `[!BEYOND]` blocks. */
  citations: citationsSchema,
});

export type Topic = z.infer<typeof topicSchema>;
