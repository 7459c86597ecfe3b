/** Site-wide constants: names, labels and tuning numbers live here and nowhere else. */

/** Average silent reading speed for study material (words per minute). */
export const WORDS_PER_MINUTE = 200;
/** How many related notes a note page shows. */
export const RELATED_LIMIT = 3;
/**
 * How many notes the home page lists in reading order; a larger set continues from the last of them (each note links
 * the next) and is listed in full topic by topic on /topics/. Our real set (12 notes) is listed whole.
 */
export const HOME_READING_LIMIT = 24;
/** How many notes the home page lists as latest. */
export const LATEST_LIMIT = 5;
/** Questions on one page of /questions/ and its filters: about 90 KB of HTML, a quick first page on a phone. */
export const QUESTIONS_PER_PAGE = 50;

/** localStorage key for the reader's theme choice. */
export const THEME_STORAGE_KEY = 'theme';

/**
 * Practice questions on one question-bank page (/practice/questions/<n>/). It bounds that page's size (about 2.2 kB
 * a question) and what a practice set downloads: a set fetches only the banks holding its questions.
 */
export const QUESTIONS_PER_BANK = 50;
/** Flashcards never seen before that /practice/ deals in one day, besides the reviews that are due. */
export const NEW_CARDS_PER_DAY = 15;
/** Notes whose flashcards share one deck page (/practice/cards/<n>/); a note has at most 10 quick-revision lines. */
export const NOTES_PER_DECK = 20;
