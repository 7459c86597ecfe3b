import { z } from 'zod';

/** Frontmatter of a mains topic in content/mains/. */
export const mainsSchema = z.strictObject({
  /** Heading as the syllabus or the source phrases it. */
  title: z.string().trim().min(1, 'give the mains topic a title'),
  /** What an answer on this topic should cover (at most 300 characters). */
  summary: z
    .string()
    .trim()
    .min(1, 'give the mains topic a summary')
    .max(300, 'keep the summary to 300 characters or fewer'),
});

export type MainsTopic = z.infer<typeof mainsSchema>;
