// Mains answer-writing practice: the word limit a question carries and the time an aspirant has for it.
import { countWords } from '../reading.ts';

/** Minutes the examination allows for an answer of a given word limit (about 7 for 150 words, 11 for 250). */
export const MAINS_MINUTES: Readonly<Record<number, number>> = { 150: 7, 250: 11 };
/** Word limit by marks when a question does not state one: 10 marks → 150 words, 15 marks → 250. */
const WORDS_BY_MARKS: Readonly<Record<number, number>> = { 10: 150, 15: 250 };

/** The word limit of a mains question: its own, else from its marks or "(250 words)" in its text, else 150. */
export function wordLimit(question: { words?: number | undefined; marks?: number | undefined; text: string }): number {
  const stated = /\((\d{2,3}) words\)/.exec(question.text)?.[1];
  return question.words ?? WORDS_BY_MARKS[question.marks ?? 0] ?? (stated ? Number(stated) : 150);
}

/** Minutes for an answer of `words` words, in proportion for limits the table does not list. */
export const minutesFor = (words: number) => MAINS_MINUTES[words] ?? Math.round((words / 250) * 11);

/** Words typed so far, counted the way notes are counted. */
export const wordsTyped = (text: string) => countWords(text);
