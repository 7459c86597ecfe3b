// UPSC prelims marking: +2 for a right answer, a third of that (2/3) taken off for a wrong one, 0 when left blank.
// Scores are kept in whole thirds of a mark so that no floating-point sum ever drifts (3 wrong answers = exactly −2).
import { DEFAULT_LOCALE, LANG_TAG, type Locale } from '../i18n/locales.ts';

/** Thirds of a mark for a right answer (+2). */
export const RIGHT_THIRDS = 6;
/** Thirds of a mark for a wrong answer (−2/3). */
export const WRONG_THIRDS = -2;
/** Exam pace of prelims GS Paper I: 100 questions in 120 minutes. */
export const EXAM_PACE_SECONDS_PER_QUESTION = (120 * 60) / 100;

/** The outcome of one question in a round. */
export type Outcome = 'right' | 'wrong' | 'unanswered';

/** A round's totals; `thirds` is the exact score in thirds of a mark. */
export interface Tally {
  right: number;
  wrong: number;
  unanswered: number;
  thirds: number;
}

/** Adds up outcomes with UPSC marking. */
export function tally(outcomes: readonly Outcome[]): Tally {
  const right = outcomes.filter((o) => o === 'right').length;
  const wrong = outcomes.filter((o) => o === 'wrong').length;
  return {
    right,
    wrong,
    unanswered: outcomes.length - right - wrong,
    thirds: right * RIGHT_THIRDS + wrong * WRONG_THIRDS,
  };
}

/** The most a round of `questions` questions can score, in thirds. */
export const maxThirds = (questions: number) => questions * RIGHT_THIRDS;

/** Each language's marks format, made on first use (a round formats a score per answer). */
const marks: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** A score in thirds written as marks in `locale`: 14 → "4.67", −4 → "−1.33", 12 → "4". */
export function formatMarks(thirds: number, locale: Locale = DEFAULT_LOCALE): string {
  marks[locale] ??= new Intl.NumberFormat(LANG_TAG[locale], { maximumFractionDigits: 2, signDisplay: 'negative' });
  return marks[locale].format(thirds / 3).replace('-', '−');
}

/** Seconds allowed for `questions` questions at exam pace. */
export const examPaceSeconds = (questions: number) => Math.round(questions * EXAM_PACE_SECONDS_PER_QUESTION);

/** `m:ss` for a countdown. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
