// The end of a practice round: the total with UPSC marking and the table by topic. Peeked answers count as not
// answered and are said so.
import type { Translate } from '../../lib/i18n/messages.ts';
import type { QuizItem } from '../../lib/practice/quiz-set.ts';
import { formatMarks, maxThirds, tally, type Outcome } from '../../lib/practice/scoring.ts';

/** What the summary is drawn from. */
export interface RoundResult {
  round: readonly QuizItem[];
  outcome: (item: QuizItem) => Outcome;
  /** How many questions the reader opened the answer of before choosing. */
  peeked: number;
  /** Topic labels by id. */
  labels: Readonly<Record<string, string>>;
}

/** Fills the summary's total (`total`) and table body (`rows`). */
export function renderSummary(t: Translate<string>, result: RoundResult, total: HTMLElement, rows: HTMLElement): void {
  const { round, outcome, peeked, labels } = result;
  const all = tally(round.map(outcome));
  total.textContent =
    t('quiz.js.total', {
      score: formatMarks(all.thirds),
      max: formatMarks(maxThirds(round.length)),
      right: all.right,
      wrong: all.wrong,
      unanswered: all.unanswered,
    }) + (peeked > 0 ? t('quiz.js.peekedCount', { count: peeked }) : '');
  const topics = [...new Set(round.flatMap((item) => item.topics))];
  rows.replaceChildren(
    ...topics.map((topic) => {
      const tt = tally(round.filter((item) => item.topics.includes(topic)).map(outcome));
      const row = document.createElement('tr');
      for (const value of [labels[topic] ?? topic, tt.right, tt.wrong, tt.unanswered, formatMarks(tt.thirds)]) {
        const cell = document.createElement('td');
        cell.textContent = String(value);
        row.append(cell);
      }
      return row;
    }),
  );
}
