import { z } from 'zod';
import { DEVANAGARI } from '../lib/search/normalise.ts';
import { idSchema } from './common.ts';

/** One key term in content/glossary.yaml: English ↔ Hindi, a one-line meaning and the topic it belongs to. */
export const glossaryTermSchema = z.strictObject({
  /** Stable kebab-case id of the term (`special-strategic-global-partnership`). */
  id: idSchema,
  /** The term in English as the notes use it. */
  term: z.string().trim().min(1, 'give the English term'),
  /** The term used in Hindi-medium material, in Devanagari script. */
  hindi: z.string().trim().min(1, 'give the Hindi term').regex(DEVANAGARI, 'write the Hindi term in Devanagari script'),
  /** What the term means, in one line (at most 200 characters). */
  meaning: z.string().trim().min(1, 'give a one-line meaning').max(200, 'keep the meaning to 200 characters or fewer'),
  /** The meaning in Hindi, for the Hindi site (which shows the English meaning, marked English, until it is written). */
  hindiMeaning: z
    .string()
    .trim()
    .min(1, 'the Hindi meaning is empty: write it, or leave the field out')
    .max(200, 'keep the Hindi meaning to 200 characters or fewer')
    .regex(DEVANAGARI, 'write the Hindi meaning in Devanagari script')
    .optional(),
  /** Id of the prelims topic (content/topics/) the term belongs to. */
  topic: idSchema,
  /** Other names or spellings readers type for the term ("bullet train"). */
  aliases: z.array(z.string().trim().min(1, 'an alias is empty')).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
