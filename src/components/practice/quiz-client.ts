// The practice round in the browser: picks the set from the URL, fetches only the question banks holding it (one
// question at a time, the bank on show and the next few; as a list, all of them), turns options into buttons, locks
// and scores each answer with UPSC marking, keeps the history on the device, and ends with a summary by topic.
// The round, its score and its summary come from the index: a question whose bank is not fetched yet counts as not
// answered. Opening "Show answer" before choosing locks the question as not answered (0), as in a fair mock.
// The round is kept for the tab (quiz-session.ts): a reload resumes it where the reader was.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { planBanks } from '../../lib/practice/bank-loading.ts';
import { indexedQuestions, parsePracticeIndex, type BankedItem } from '../../lib/practice/practice-index.ts';
import { recordAttempt } from '../../lib/practice/progress-format.ts';
import { roundKey, type SavedRound } from '../../lib/practice/quiz-session.ts';
import { parseSet, selectQuestions, type QuizItem } from '../../lib/practice/quiz-set.ts';
import { examPaceSeconds, type Outcome } from '../../lib/practice/scoring.ts';
import { localDay } from '../../lib/practice/spaced.ts';
import type { OPTION_LETTERS } from '../../schemas/question.ts';
import { loadProgress, updateProgress } from '../progress/store.ts';
import { clearStatus, loadWithStatus } from './page-loader.ts';
import { questionBanks } from './quiz-banks.ts';
import { runClock } from './quiz-clock.ts';
import { keepRound, loadRound } from './round-store.ts';
import { focusShown, prepare, resetQuestion, settleQuestion, verdictOf } from './quiz-question.ts';
import { renderReview, renderSummary, scoreParams } from './quiz-summary.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
type Letter = (typeof OPTION_LETTERS)[number];

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
  const t = clientTranslator($('quiz-round').dataset['messages'], document.documentElement.lang);
  const indexed = indexedQuestions(parsePracticeIndex($('practice-index').textContent));
  // The day's set is a new round each day; any other set's round is kept until it is started again.
  const key = roundKey(set.kind === 'daily' ? `${location.search}&day=${localDay()}` : location.search);
  const saved = loadRound(key, new Set(indexed.map((item) => item.id)));
  let wanted: BankedItem[] = saved
    ? saved.ids.flatMap((id) => indexed.filter((item) => item.id === id))
    : selectQuestions(indexed, set, loadProgress().answers, localDay());
  const banks = questionBanks(new Set(wanted.map((item) => item.id)), prepare);
  const list = $('quiz-list');
  const elementOf = (item: QuizItem | undefined) => (item ? banks.elements.get(item.id) : undefined);

  let round: BankedItem[] = [];
  /** Every question the reader has settled: answered, or peeked at (then 'unanswered'). */
  let outcomes = new Map<string, Outcome>();
  let peeked = new Set<string>();
  /** The option the reader chose, by question. */
  let choices = new Map<string, Letter>();
  let current = 0;
  /** The position the reader is on or on the way to (its bank loading); -1 once the round is finished. */
  let heading = 0;
  let stopClock = () => {};
  /** When a timed round runs out; null when untimed. */
  let end: number | null = null;

  const save = () =>
    keepRound(key, {
      ids: round.map((item) => item.id),
      outcomes: Object.fromEntries(outcomes),
      choices: Object.fromEntries(choices),
      peeked: [...peeked],
      current,
      finished: heading === -1,
      end,
    });
  const verdict = (el: HTMLElement) => {
    const id = el.dataset['quizQuestion'] ?? '';
    return verdictOf(t, el, outcomes.get(id), choices.get(id), peeked.has(id));
  };

  const outcome = (item: QuizItem): Outcome => outcomes.get(item.id) ?? 'unanswered';
  const isMistake = (item: QuizItem) => outcome(item) === 'wrong' || peeked.has(item.id);
  const showScore = () => ($('quiz-score').textContent = t('quiz.js.score', scoreParams(round.map(outcome))));
  const showCurrent = () => {
    for (const [i, item] of round.entries()) {
      const el = elementOf(item);
      if (!el) continue;
      el.hidden = !listMode && i !== current;
      if (el.hidden) continue;
      el.querySelector('[data-number]')!.textContent = t('quiz.js.number', { n: i + 1 });
      // A question settled before a reload shows its verdict again once its bank is in.
      if (outcomes.has(item.id) && el.querySelector<HTMLElement>('[data-feedback]')!.hidden)
        settleQuestion(el, ...verdict(el));
    }
    const at = { n: current + 1, total: round.length };
    $('quiz-position').textContent = listMode ? '' : t('quiz.js.position', at);
    $('quiz-position-short').textContent = listMode ? '' : t('quiz.js.positionShort', at);
    $<HTMLButtonElement>('quiz-prev').hidden = listMode;
    $<HTMLButtonElement>('quiz-next').hidden = listMode;
    $<HTMLButtonElement>('quiz-prev').disabled = current === 0;
    $<HTMLButtonElement>('quiz-next').disabled = current === round.length - 1;
  };
  const settle = (el: HTMLElement) => {
    settleQuestion(el, ...verdict(el));
    showScore();
    save();
  };
  const inRound = (id: string) => heading !== -1 && !outcomes.has(id) && round.some((item) => item.id === id);
  const lock = (el: HTMLElement, letter: string) => {
    const id = el.dataset['quizQuestion'] ?? '';
    if (!inRound(id)) return;
    const answer = el.dataset['answer'] ?? '';
    const right = letter === answer;
    outcomes.set(id, right ? 'right' : 'wrong');
    choices.set(id, letter as Letter);
    el.querySelector<HTMLDetailsElement>('[data-answer-details]')!.open = true;
    updateProgress((p) =>
      recordAttempt(p, id, {
        day: localDay(),
        choice: letter as Letter,
        correct: right,
      }),
    );
    settle(el);
  };
  /** The answer opened before any choice: the question is settled as not answered, and kept as a mistake to retry. */
  const peek = (el: HTMLElement) => {
    const id = el.dataset['quizQuestion'] ?? '';
    if (!inRound(id)) return;
    outcomes.set(id, 'unanswered');
    peeked.add(id);
    updateProgress((p) => recordAttempt(p, id, { day: localDay(), choice: null, correct: false }));
    settle(el);
  };
  const finish = () => {
    stopClock();
    heading = -1;
    save();
    clearStatus('quiz');
    const result = { round, outcome, peeked, choices, labels };
    renderSummary(t, result, $('quiz-summary-total'), $('quiz-summary-rows'));
    renderReview(t, result, elementOf, $('quiz-review'));
    const mistakes = round.filter(isMistake).length;
    $<HTMLButtonElement>('quiz-retry').hidden = mistakes === 0;
    $('quiz-nav').hidden = true;
    const summary = $('quiz-summary');
    summary.hidden = false;
    summary.focus();
  };
  /** Starts a round of `questions`, or resumes the kept one. */
  const start = (questions: BankedItem[], resume?: SavedRound) => {
    stopClock();
    round = questions;
    outcomes = new Map(Object.entries(resume?.outcomes ?? {}));
    peeked = new Set(resume?.peeked);
    choices = new Map(Object.entries(resume?.choices ?? {}));
    current = resume?.current ?? 0;
    heading = current;
    for (const el of banks.elements.values()) resetQuestion(el);
    $('quiz-round').hidden = false;
    $('quiz-summary').hidden = true;
    const empty = $('quiz-empty');
    empty.hidden = round.length > 0;
    empty.textContent = set.kind === 'mistakes' ? t('quiz.js.noMistakes') : t('quiz.js.noQuestions');
    $('quiz-nav').hidden = round.length === 0;
    $('quiz-score').hidden = round.length === 0;
    showScore();
    showCurrent();
    if (round.length > 0) goTo(current);
    const clock = $('quiz-timer');
    clock.hidden = !timed || round.length === 0;
    end = timed && round.length > 0 ? (resume?.end ?? Date.now() + examPaceSeconds(round.length) * 1000) : null;
    if (end !== null) stopClock = runClock(clock, end, t, finish);
    save();
  };

  const firstOption = () => document.querySelector<HTMLElement>('.quiz-question:not([hidden]) .options button');
  /**
   * Puts newly fetched questions into the list, hidden until their turn. A question its bank no longer holds (a
   * bank cached from another build) leaves the set and the round, as it did when every bank was fetched up front.
   */
  const place = () => {
    const fresh = wanted.flatMap((item) => {
      const el = elementOf(item);
      return el && el.parentElement !== list ? [el] : [];
    });
    for (const el of fresh) el.hidden = true;
    list.append(...fresh);
    const present = (item: BankedItem) => !banks.loaded.has(item.bank) || banks.elements.has(item.id);
    if (round.every(present) && wanted.every(present)) return;
    const shown = round[current];
    wanted = wanted.filter(present);
    round = round.filter(present);
    const at = shown ? round.indexOf(shown) : -1;
    current = at >= 0 ? at : Math.max(0, Math.min(current, round.length - 1));
    showScore();
    showCurrent();
  };
  /** Fetches in the background the banks of the next few questions; one that fails comes again when it is due. */
  const prefetch = () => {
    const { soon } = planBanks(
      round.map((item) => item.bank),
      current,
      banks.loaded,
      { list: listMode },
    );
    // Placed even when one bank fails: the others of the batch are in and must be in the list before their turn.
    if (soon.length > 0)
      void banks
        .fetch(soon)
        .catch(() => undefined)
        .then(place);
  };
  /** Shows the question at `target`, first fetching its bank (with the loading status, error and Retry) if needed. */
  const goTo = (target: number): void => {
    heading = target;
    const item = round[target];
    const { wait } = planBanks(
      round.map((i) => i.bank),
      target,
      banks.loaded,
      { list: listMode },
    );
    const arrive = (): void => {
      if (heading !== target || !item) return;
      const at = round.indexOf(item);
      // Gone from its bank: the question now in its place is shown instead (or the last one).
      if (at < 0) {
        goTo(Math.min(target, round.length - 1));
        return;
      }
      current = at;
      showCurrent();
      save();
      prefetch();
    };
    if (wait.length === 0) {
      clearStatus('quiz');
      arrive();
      return;
    }
    void loadWithStatus(
      'quiz',
      'the questions',
      async () => {
        heading = target; // Retry is the reader going there again
        await banks.fetch(wait);
        place();
        arrive();
      },
      firstOption,
    );
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>('.quiz-question .options button');
    const question = button?.closest<HTMLElement>('[data-quiz-question]');
    if (button && question) lock(question, button.dataset['letter'] ?? '');
  });
  // Both move from the question on show: Next pressed again while its bank loads still means the next question.
  $('quiz-prev').addEventListener('click', () => goTo(Math.max(0, current - 1)));
  $('quiz-next').addEventListener('click', () => goTo(Math.min(round.length - 1, current + 1)));
  $('quiz-finish').addEventListener('click', finish);
  /** A new round from the summary: the reader is taken to its first question, which gets focus. */
  const restart = (questions: BankedItem[]) => {
    start(questions);
    focusShown();
  };
  // A peek is a mistake too: the reader did not know it.
  $('quiz-retry').addEventListener('click', () => restart(round.filter(isMistake)));
  document.addEventListener(
    'toggle',
    (event) => {
      const details = event.target instanceof HTMLDetailsElement ? event.target : null;
      const question =
        details?.open && details.matches('[data-answer-details]') && details.closest('[data-quiz-question]');
      if (question instanceof HTMLElement) peek(question);
    },
    true,
  );
  $('quiz-restart').addEventListener('click', () => restart(round));

  // One question at a time, only the bank of the question on show is waited for; as a list, or to show a finished
  // round's review again after a reload, every bank of the set.
  const first = planBanks(
    wanted.map((item) => item.bank),
    saved?.current ?? 0,
    banks.loaded,
    { list: listMode || saved?.finished === true },
  );
  void loadWithStatus(
    'quiz',
    'the questions',
    async () => {
      await banks.fetch(first.wait);
      place();
      start(wanted, saved ?? undefined);
      if (saved?.finished) finish();
    },
    firstOption,
  );
}
