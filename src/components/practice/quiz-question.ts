// One question of the practice round in the browser: its options as buttons, locked once settled (the right one
// marked, and the reader's choice when there was one), and reset for a new round.
import type { Translate } from '../../lib/i18n/messages.ts';
import type { Outcome } from '../../lib/practice/scoring.ts';

/** Turns a question's options into buttons. */
export function prepare(el: HTMLElement): void {
  for (const li of el.querySelectorAll<HTMLLIElement>('.options li')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['letter'] = li.dataset['letter'] ?? '';
    button.append(...li.childNodes);
    li.append(button);
  }
}

/** Locks the options, marks the right one and the reader's choice (`null`: peeked), and shows `text`. */
export function settleQuestion(el: HTMLElement, letter: string | null, text: string, state: string): void {
  const answer = el.dataset['answer'] ?? '';
  for (const button of el.querySelectorAll<HTMLButtonElement>('.options button')) {
    button.disabled = true;
    const l = button.dataset['letter'];
    if (l === answer) button.dataset['state'] = 'right';
    else if (l === letter) button.dataset['state'] = 'wrong';
    button.setAttribute('aria-pressed', String(l === letter));
  }
  const feedback = el.querySelector<HTMLElement>('[data-feedback]')!;
  feedback.hidden = false;
  feedback.dataset['state'] = state;
  feedback.textContent = text;
}

/** Hides the question and makes it answerable again. */
export function resetQuestion(el: HTMLElement): void {
  el.hidden = true;
  el.querySelector<HTMLElement>('[data-feedback]')!.hidden = true;
  el.querySelector<HTMLDetailsElement>('[data-answer-details]')!.open = false;
  for (const button of el.querySelectorAll<HTMLButtonElement>('.options button')) {
    button.disabled = false;
    button.removeAttribute('aria-pressed');
    delete button.dataset['state'];
  }
}

/** What a settled question says under its options: the choice to mark, the text and its state. */
export function verdictOf(
  t: Translate<string>,
  el: HTMLElement,
  outcome: Outcome | undefined,
  choice: string | undefined,
  peeked: boolean,
): [string | null, string, string] {
  if (peeked) return [null, t('quiz.js.peeked'), 'peeked'];
  return outcome === 'right'
    ? [choice ?? null, t('quiz.js.right'), 'right']
    : [choice ?? null, t('quiz.js.wrong', { answer: el.dataset['answer'] ?? '' }), 'wrong'];
}

/** Takes the reader to the question on show (below the sticky score bar) and focuses its heading. */
export function focusShown(): void {
  const head = document.querySelector<HTMLElement>('.quiz-question:not([hidden]) .q-head');
  if (!head) return;
  head.tabIndex = -1;
  head.focus({ preventScroll: true });
  head.scrollIntoView({ block: 'start' });
}
