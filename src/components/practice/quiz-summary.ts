// The end of a practice round: the total with UPSC marking, the table by topic, and the review: every question
// not got right is shown again with the reader's answer, the right one, the explanation and the note to read.
// Peeked answers count as not answered and are said so.
import type { Translate } from '../../lib/i18n/messages.ts';
import type { QuizItem } from '../../lib/practice/quiz-set.ts';
import { formatMarks, maxThirds, tally, type Outcome } from '../../lib/practice/scoring.ts';
import { settleQuestion } from './quiz-question.ts';

/** What the summary is drawn from. */
export interface RoundResult {
  round: readonly QuizItem[];
  outcome: (item: QuizItem) => Outcome;
  /** The questions whose answer the reader opened before choosing. */
  peeked: ReadonlySet<string>;
  /** The option the reader chose, by question. */
  choices: ReadonlyMap<string, string>;
  /** Topic labels by id. */
  labels: Readonly<Record<string, string>>;
}

/** The numbers of a score line ("Score 4.67 of 10 · 3 right, 1 wrong, 1 not answered"), as message parameters. */
export function scoreParams(outcomes: readonly Outcome[]) {
  const sum = tally(outcomes);
  return {
    score: formatMarks(sum.thirds),
    max: formatMarks(maxThirds(outcomes.length)),
    right: sum.right,
    wrong: sum.wrong,
    unanswered: sum.unanswered,
  };
}

/** Fills the summary's total (`total`) and table body (`rows`). */
export function renderSummary(t: Translate<string>, result: RoundResult, total: HTMLElement, rows: HTMLElement): void {
  const { round, outcome, peeked, labels } = result;
  total.textContent =
    t('quiz.js.total', scoreParams(round.map(outcome))) +
    (peeked.size > 0 ? t('quiz.js.peekedCount', { count: peeked.size }) : '');
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

/**
 * Shows every question not got right (with its answer and explanation open) and hides the rest, and lists them in
 * `target` as links, each saying what the reader did and what the answer is.
 */
export function renderReview(
  t: Translate<string>,
  result: RoundResult,
  elementOf: (item: QuizItem) => HTMLElement | undefined,
  target: HTMLElement,
): void {
  const { round, outcome, peeked, choices } = result;
  const links = round.flatMap((item, i) => {
    const el = elementOf(item);
    if (!el) return [];
    const right = outcome(item) === 'right';
    el.hidden = right;
    for (const button of el.querySelectorAll<HTMLButtonElement>('.options button')) button.disabled = true;
    if (right) return [];
    const answer = el.dataset['answer'] ?? '';
    const choice = choices.get(item.id);
    const verdict = choice
      ? t('quiz.js.reviewWrong', { choice, answer })
      : peeked.has(item.id)
        ? t('quiz.js.reviewPeeked', { answer })
        : t('quiz.js.reviewBlank', { answer });
    if (!choice && !peeked.has(item.id)) settleQuestion(el, null, verdict, 'unanswered');
    el.querySelector('[data-number]')!.textContent = t('quiz.js.number', { n: i + 1 });
    el.querySelector<HTMLDetailsElement>('[data-answer-details]')!.open = true;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${el.id}`;
    a.textContent = t('quiz.js.number', { n: i + 1 });
    li.append(a, ` ${verdict}`);
    return [li];
  });
  target.replaceChildren(...links);
  target.hidden = links.length === 0;
  document.getElementById(`${target.id}-none`)!.hidden = links.length > 0;
}
