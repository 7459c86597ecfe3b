// Flashcards in the browser: the cards due today, one at a time; "Knew it" moves a card along the 1, 3, 7, 21-day
// schedule and "Didn't" brings it back tomorrow.
import { isDue, localDay, review } from '../../lib/practice/spaced.ts';
import { loadProgress, updateProgress } from '../progress/store.ts';

export function startFlashcards(): void {
  const root = document.getElementById('flashcards');
  if (!root) return;
  const status = document.getElementById('flash-status')!;
  const cards = [...root.querySelectorAll<HTMLElement>('[data-card]')];
  const today = localDay();
  const states = loadProgress().cards;
  let due = cards.filter((card) => isDue(states[card.dataset['card'] ?? ''], today));
  const show = () => {
    for (const card of cards) card.hidden = card !== due[0];
    const first = due[0];
    if (first) {
      first.querySelector('details')!.open = false;
      first.querySelector<HTMLElement>('[data-grade]')!.hidden = false;
    }
    status.textContent = due.length
      ? `${due.length} card${due.length === 1 ? '' : 's'} due today. Recall the point, open the card, then grade yourself.`
      : 'No cards due today. Cards you knew come back after 1, 3, 7 and 21 days.';
  };
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-knew]') : null;
    const card = button?.closest<HTMLElement>('[data-card]');
    if (!button || !card) return;
    const id = card.dataset['card'] ?? '';
    const knew = button.dataset['knew'] === 'yes';
    updateProgress((p) => ({ ...p, cards: { ...p.cards, [id]: review(p.cards[id], knew, today) } }));
    due = due.filter((c) => c !== card);
    show();
  });
  show();
}
