// The practice round in the browser: picks the set from the URL, fetches only the question banks holding it,
// turns options into buttons, locks and scores each answer with UPSC marking, keeps the history on the device, and
// ends with a summary by topic.
import { bankPath, pagesOf } from '../../lib/practice/banks.ts';
import { indexedQuestions, parsePracticeIndex, type BankedItem } from '../../lib/practice/practice-index.ts';
import { recordAttempt } from '../../lib/practice/progress-format.ts';
import { parseSet, selectQuestions, type QuizItem } from '../../lib/practice/quiz-set.ts';
import {
  examPaceSeconds,
  formatClock,
  formatMarks,
  maxThirds,
  tally,
  type Outcome,
} from '../../lib/practice/scoring.ts';
import { localDay } from '../../lib/practice/spaced.ts';
import type { OPTION_LETTERS } from '../../schemas/question.ts';
import { loadProgress, updateProgress } from '../progress/store.ts';
import { adoptFrom, loadWithStatus } from './page-loader.ts';

interface Item extends QuizItem {
  el: HTMLElement;
  answer: string;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The set's question elements, fetched from their banks and placed in the quiz list in set order. */
async function loadQuestions(wanted: readonly BankedItem[]): Promise<Item[]> {
  const banks = pagesOf(wanted.map((item) => item.bank)).map(bankPath);
  const byId = new Map(
    (await adoptFrom(banks, '[data-quiz-question]')).map((el) => [el.dataset['quizQuestion'] ?? '', el]),
  );
  const items = wanted.flatMap((item) => {
    const el = byId.get(item.id);
    return el ? [{ ...item, el, answer: el.dataset['answer'] ?? '' }] : [];
  });
  $('quiz-list').replaceChildren(...items.map((item) => item.el));
  return items;
}

export function startQuiz(): void {
  const params = new URLSearchParams(location.search);
  const set = parseSet(params.get('set'));
  const listMode = params.get('mode') === 'list';
  const timed = params.get('timer') === 'on';
  const form = $<HTMLFormElement>('set-picker');
  const select = form.elements.namedItem('set') as HTMLSelectElement;
  select.value = params.get('set') ?? 'all';
  if (select.selectedIndex < 0) select.value = 'all';
  (form.querySelector(`input[name=mode][value=${listMode ? 'list' : 'one'}]`) as HTMLInputElement).checked = true;
  (form.elements.namedItem('timer') as HTMLInputElement).checked = timed;

  const labels: Record<string, string> = JSON.parse($('quiz-topics').textContent ?? '{}');
  const wanted = selectQuestions(
    indexedQuestions(parsePracticeIndex($('practice-index').textContent)),
    set,
    loadProgress().answers,
  );
  let items: Item[] = [];
  const prepare = () => {
    for (const item of items) {
      for (const li of item.el.querySelectorAll<HTMLLIElement>('.options li')) {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset['letter'] = li.dataset['letter'] ?? '';
        button.append(...li.childNodes);
        li.append(button);
      }
    }
  };

  let round: Item[] = [];
  let choices = new Map<string, string>();
  let current = 0;
  let timer: number | undefined;

  const outcome = (item: Item): Outcome => {
    const choice = choices.get(item.id);
    return choice === undefined ? 'unanswered' : choice === item.answer ? 'right' : 'wrong';
  };
  const showScore = () => {
    const t = tally(round.map(outcome));
    $('quiz-score').textContent =
      `Score ${formatMarks(t.thirds)} of ${formatMarks(maxThirds(round.length))} · ` +
      `${t.right} right, ${t.wrong} wrong, ${t.unanswered} not answered`;
  };
  const showCurrent = () => {
    for (const [i, item] of round.entries()) item.el.hidden = !listMode && i !== current;
    $('quiz-position').textContent = listMode ? '' : `Question ${current + 1} of ${round.length}`;
    $<HTMLButtonElement>('quiz-prev').hidden = listMode;
    $<HTMLButtonElement>('quiz-next').hidden = listMode;
    $<HTMLButtonElement>('quiz-prev').disabled = current === 0;
    $<HTMLButtonElement>('quiz-next').disabled = current === round.length - 1;
  };
  const lock = (item: Item, letter: string) => {
    if (choices.has(item.id) || !round.includes(item)) return;
    choices.set(item.id, letter);
    const right = letter === item.answer;
    for (const button of item.el.querySelectorAll<HTMLButtonElement>('.options button')) {
      button.disabled = true;
      const l = button.dataset['letter'];
      if (l === item.answer) button.dataset['state'] = 'right';
      else if (l === letter) button.dataset['state'] = 'wrong';
      button.setAttribute('aria-pressed', String(l === letter));
    }
    const feedback = item.el.querySelector<HTMLElement>('[data-feedback]')!;
    feedback.hidden = false;
    feedback.dataset['state'] = right ? 'right' : 'wrong';
    feedback.textContent = right ? '✓ Right: +2 marks.' : `✗ Wrong: the answer is (${item.answer}). −⅔ mark.`;
    item.el.querySelector<HTMLDetailsElement>('[data-answer-details]')!.open = true;
    updateProgress((p) =>
      recordAttempt(p, item.id, {
        day: localDay(),
        choice: letter as (typeof OPTION_LETTERS)[number],
        correct: right,
      }),
    );
    showScore();
  };
  const finish = () => {
    window.clearInterval(timer);
    for (const item of round)
      for (const button of item.el.querySelectorAll<HTMLButtonElement>('.options button')) button.disabled = true;
    const t = tally(round.map(outcome));
    $('quiz-summary-total').textContent =
      `${formatMarks(t.thirds)} of ${formatMarks(maxThirds(round.length))} marks: ` +
      `${t.right} right, ${t.wrong} wrong, ${t.unanswered} not answered.`;
    const topics = [...new Set(round.flatMap((item) => item.topics))];
    $('quiz-summary-rows').replaceChildren(
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
    $<HTMLButtonElement>('quiz-retry').hidden = t.wrong === 0;
    $('quiz-nav').hidden = true;
    const summary = $('quiz-summary');
    summary.hidden = false;
    summary.focus();
  };
  const start = (questions: Item[]) => {
    window.clearInterval(timer);
    round = questions;
    choices = new Map();
    current = 0;
    for (const item of items) {
      item.el.hidden = !round.includes(item);
      item.el.querySelector<HTMLElement>('[data-feedback]')!.hidden = true;
      item.el.querySelector<HTMLDetailsElement>('[data-answer-details]')!.open = false;
      for (const button of item.el.querySelectorAll<HTMLButtonElement>('.options button')) {
        button.disabled = false;
        button.removeAttribute('aria-pressed');
        delete button.dataset['state'];
      }
    }
    round.forEach((item, i) => (item.el.querySelector('[data-number]')!.textContent = `Q${i + 1}.`));
    $('quiz-round').hidden = false;
    $('quiz-summary').hidden = true;
    const empty = $('quiz-empty');
    empty.hidden = round.length > 0;
    empty.textContent =
      set.kind === 'mistakes'
        ? 'No mistakes recorded on this device yet: answer some questions first.'
        : 'No questions in this set.';
    $('quiz-nav').hidden = round.length === 0;
    $('quiz-score').hidden = round.length === 0;
    showScore();
    showCurrent();
    const clock = $('quiz-timer');
    clock.hidden = !timed || round.length === 0;
    if (timed && round.length > 0) {
      const end = Date.now() + examPaceSeconds(round.length) * 1000;
      const tick = () => {
        const left = (end - Date.now()) / 1000;
        clock.textContent = `Time left ${formatClock(left)}`;
        if (left <= 0) finish();
      };
      tick();
      timer = window.setInterval(tick, 1000);
    }
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>('.quiz-question .options button');
    if (button) {
      const item = items.find((i) => i.el.contains(button));
      if (item) lock(item, button.dataset['letter'] ?? '');
    }
  });
  $('quiz-prev').addEventListener('click', () => {
    current = Math.max(0, current - 1);
    showCurrent();
  });
  $('quiz-next').addEventListener('click', () => {
    current = Math.min(round.length - 1, current + 1);
    showCurrent();
  });
  $('quiz-finish').addEventListener('click', finish);
  $('quiz-retry').addEventListener('click', () => start(round.filter((item) => outcome(item) === 'wrong')));
  $('quiz-restart').addEventListener('click', () => start(round));

  void loadWithStatus(
    'quiz',
    'the questions',
    async () => {
      items = await loadQuestions(wanted);
      prepare();
      start(items);
    },
    () => document.querySelector<HTMLElement>('.quiz-question:not([hidden]) .options button'),
  );
}
