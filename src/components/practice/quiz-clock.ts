// The countdown of a timed practice round: exam pace, shown every second, ending the round at zero. It counts to a
// fixed moment, so a round resumed after a reload has only the time that was left.
import type { Translate } from '../../lib/i18n/messages.ts';
import { formatClock } from '../../lib/practice/scoring.ts';

/** Shows the time left until `end` in `el` every second and calls `onEnd` at zero; returns a function that stops it. */
export function runClock(el: HTMLElement, end: number, t: Translate<string>, onEnd: () => void): () => void {
  const timer = window.setInterval(tick, 1000);
  function tick() {
    const left = (end - Date.now()) / 1000;
    el.textContent = t('quiz.js.timeLeft', { clock: formatClock(left) });
    if (left > 0) return;
    window.clearInterval(timer);
    onEnd();
  }
  tick();
  return () => window.clearInterval(timer);
}
