// Flashcards in the browser: the cards due today, then a few new ones (NEW_CARDS_PER_DAY), one at a time. The
// reader turns the card first; then "Knew it" moves it along the 1, 3, 7, 21-day schedule and "Didn't" brings it
// back tomorrow. Which cards are due comes from the index on /practice/; the cards
// themselves are fetched from their deck pages a few due cards ahead of the one shown. Its words come from the
// status's data-messages (Flashcards.astro), in the page's language.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { deckPath } from '../../lib/practice/banks.ts';
import { isCardOf } from '../../lib/practice/cards.ts';
import { DECK_PARAM, TOPIC_DECK_PARAM } from '../../lib/practice/links.ts';
import { decksToLoad, indexedCards, parsePracticeIndex } from '../../lib/practice/practice-index.ts';
import { NEW_CARDS_PER_DAY } from '../../lib/constants.ts';
import { localDay, review, todaysCards } from '../../lib/practice/spaced.ts';
import { loadProgress, updateProgress } from '../progress/store.ts';
import { adoptFrom, loadWithStatus } from './page-loader.ts';

/** Due cards whose decks are fetched before they are needed: the one shown and the next few. */
const LOOK_AHEAD = 3;

export function startFlashcards(): void {
  const root = document.getElementById('flashcards');
  if (!root) return;
  const status = document.getElementById('flash-status')!;
  const t = clientTranslator(status.dataset['messages'], document.documentElement.lang);
  const list = document.getElementById('flash-cards')!;
  const today = localDay();
  const states = loadProgress().cards;
  const index = parsePracticeIndex(document.getElementById('practice-index')?.textContent);
  const all = indexedCards(index);
  // ?deck=<note> (a note page's "Flashcards from this note") or ?topic=<topic> (a topic page's): those cards, all
  // of them, not a few new a day.
  const query = new URLSearchParams(location.search);
  const note = query.get(DECK_PARAM);
  const topic = note ? null : query.get(TOPIC_DECK_PARAM);
  const chosen = note ? all.filter((card) => isCardOf(card.id, note)) : topic ? indexedCards(index, topic) : [];
  const [intro, done] = note
    ? ['practice.flash.js.deck', 'practice.flash.js.deckDone']
    : ['practice.flash.js.topic', 'practice.flash.js.topicDone'];
  let due = chosen.length
    ? todaysCards(chosen, states, today, chosen.length)
    : todaysCards(all, states, today, NEW_CARDS_PER_DAY);
  document.getElementById('flash-deck')!.hidden = chosen.length === 0;
  const loaded = new Set<number>();
  const cards = new Map<string, HTMLElement>();

  const fetchDecks = async (decks: readonly number[]) => {
    for (const el of await adoptFrom(decks.map(deckPath), '[data-card]')) cards.set(el.dataset['card'] ?? '', el);
    for (const deck of decks) loaded.add(deck);
  };
  let landed = false;
  const show = () => {
    // A card its deck no longer holds (a deck cached from another build) is skipped, not shown as a blank.
    due = due.filter((card) => !loaded.has(card.deck) || cards.has(card.id));
    const first = due[0] && cards.get(due[0].id);
    if (first && first.parentElement !== list) list.append(first);
    for (const card of list.querySelectorAll<HTMLElement>('[data-card]')) card.hidden = card !== first;
    if (first) {
      const details = first.querySelector('details')!;
      const grade = first.querySelector<HTMLElement>('[data-grade]')!;
      details.open = false;
      // Graded only once turned: recalling comes before judging.
      grade.hidden = true;
      details.addEventListener('toggle', () => (grade.hidden = !details.open));
    }
    // A link to #flash-heading lands before the quiz above has laid out and pushed the heading down: bring it back
    // into view once the first card is in place.
    if (!landed && location.hash === '#flash-heading') document.getElementById('flash-heading')?.scrollIntoView();
    landed = true;
    const count = { count: due.length };
    status.textContent = chosen.length
      ? due.length
        ? t(intro) + t('practice.flash.js.due', count)
        : t(done)
      : due.length
        ? t('practice.flash.js.due', count)
        : t('practice.flash.js.none');
  };
  /** Shows the first due card, fetching its deck first when needed, and the next decks in the background. */
  const advance = () => {
    const ready = () => {
      show();
      const ahead = decksToLoad(due, loaded, LOOK_AHEAD);
      // A deck that fails here is fetched again, with the status and Retry, when its card comes up.
      if (ahead.length > 0) fetchDecks(ahead).catch(() => undefined);
    };
    const needed = decksToLoad(due, loaded, 1);
    if (needed.length === 0) return ready();
    void loadWithStatus(
      'flash',
      'the flashcards',
      () => fetchDecks(needed).then(ready),
      () => list.querySelector<HTMLElement>('[data-card]:not([hidden]) summary'),
    );
  };

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-knew]') : null;
    const card = button?.closest<HTMLElement>('[data-card]');
    if (!button || !card) return;
    const id = card.dataset['card'] ?? '';
    const knew = button.dataset['knew'] === 'yes';
    updateProgress((p) => ({ ...p, cards: { ...p.cards, [id]: review(p.cards[id], knew, today) } }));
    due = due.filter((c) => c.id !== id);
    card.remove();
    advance();
  });
  advance();
}
