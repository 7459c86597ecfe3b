// Mains answer-writing practice: the word limit a question carries and the time an aspirant has for it.
import { countWords } from '../reading.ts';

/** Minutes the examination allows for an answer of a given word limit (about 7 for 150 words, 11 for 250). */
export const MAINS_MINUTES: Readonly<Record<number, number>> = { 150: 7, 250: 11 };
/** Minutes for an answer of `words` words, in proportion for limits the table does not list. */
export const minutesFor = (words: number) => MAINS_MINUTES[words] ?? Math.round((words / 250) * 11);

/** Words typed so far, counted the way notes are counted. */
export const wordsTyped = (text: string) => countWords(text);
