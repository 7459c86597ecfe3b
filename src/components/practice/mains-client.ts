// Mains writing practice in the browser: live word count, the optional timer (it survives a reload: its end time is
// kept for this tab), and the draft kept on the device.
// Its words come from the list's data-messages (MainsPractice.astro), in the page's language.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { wordsTyped } from '../../lib/practice/mains.ts';
import { formatClock } from '../../lib/practice/scoring.ts';
import { loadProgress, updateProgress } from '../progress/store.ts';

/** sessionStorage key of a running timer's end (ms since the epoch) for one question. */
const timerKey = (id: string) => `mains-timer:${id}`;

function storedEnd(id: string): number | undefined {
  try {
    const end = Number(sessionStorage.getItem(timerKey(id)));
    return end > Date.now() ? end : undefined;
  } catch {
    return undefined; // storage blocked: the timer lasts this page
  }
}

function storeEnd(id: string, end: number): void {
  try {
    sessionStorage.setItem(timerKey(id), String(end));
  } catch {
    /* storage blocked: the timer lasts this page */
  }
}

export function startMains(): void {
  const drafts = loadProgress().drafts;
  const list = document.querySelector<HTMLElement>('.mains-list');
  const t = clientTranslator(list?.dataset['messages'], document.documentElement.lang);
  for (const article of document.querySelectorAll<HTMLElement>('[data-mains]')) {
    const id = article.dataset['mains'] ?? '';
    const limit = Number(article.dataset['limit']);
    const minutes = Number(article.dataset['minutes']);
    const box = article.querySelector<HTMLTextAreaElement>('[data-draft]')!;
    const count = article.querySelector<HTMLElement>('[data-count]')!;
    const saved = article.querySelector<HTMLElement>('[data-saved]')!;
    const clock = article.querySelector<HTMLElement>('[data-clock]')!;
    const button = article.querySelector<HTMLButtonElement>('[data-timer]')!;
    article.querySelector<HTMLElement>('[data-tools]')!.hidden = false;
    const showCount = () => {
      const n = wordsTyped(box.value);
      count.textContent = t(n > limit ? 'practice.mains.js.over' : 'practice.mains.js.count', { n, limit });
      count.toggleAttribute('data-over', n > limit);
    };
    box.value = drafts[id]?.text ?? '';
    showCount();
    let pending: number | undefined;
    box.addEventListener('input', () => {
      showCount();
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        const text = box.value;
        updateProgress((p) => ({ ...p, drafts: { ...p.drafts, [id]: { text, saved: new Date().toISOString() } } }));
        saved.textContent = t('practice.mains.js.saved');
      }, 500);
    });
    let timer: number | undefined;
    const run = (end: number) => {
      window.clearInterval(timer);
      const tick = () => {
        const left = (end - Date.now()) / 1000;
        clock.textContent = left > 0 ? t('quiz.js.timeLeft', { clock: formatClock(left) }) : t('practice.mains.js.up');
        if (left <= 0) window.clearInterval(timer);
      };
      tick();
      timer = window.setInterval(tick, 1000);
      button.textContent = t('practice.mains.js.restart', { minutes });
    };
    button.addEventListener('click', () => {
      const end = Date.now() + minutes * 60_000;
      storeEnd(id, end);
      run(end);
    });
    // A reload (or a slip of the thumb) does not reset the clock of an answer being written.
    const running = storedEnd(id);
    if (running) run(running);
  }
}
