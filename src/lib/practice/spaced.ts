// Spaced repetition for flashcards: each "knew it" in a row moves a card one step along REVIEW_INTERVALS
// (1, 3, 7, 21 days); "didn't" sends it back to tomorrow.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { formatDate } from '../dates.ts';
import { REVIEW_INTERVALS, type CardState } from '../../schemas/progress.ts';

/** `day` plus `days` calendar days, both `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in the reader's own time zone as `YYYY-MM-DD` (en-CA writes dates that way). */
export const localDay = (now: Date = new Date()) => now.toLocaleDateString('en-CA');

/** The card's state after a review on `today`. A card never seen before starts at step 0, seen today. */
export function review(card: CardState | undefined, knew: boolean, today: string): CardState {
  const last = REVIEW_INTERVALS.length - 1;
  const step = !knew ? 0 : card === undefined ? 0 : Math.min(card.step + 1, last);
  const seen = card ? card.seen : today;
  return { step, due: addDays(today, REVIEW_INTERVALS[step] ?? 1), last: today, ...(seen ? { seen } : {}) };
}

/**
 * The cards to deal on `today`, in order: reviews whose day has come, most overdue first, then cards never seen, in
 * reading order, but only as many as keep the day's new cards at `newPerDay` (a first visit is not 100 cards).
 */
export function todaysCards<C extends { id: string }>(
  cards: readonly C[],
  states: Readonly<Record<string, CardState>>,
  today: string,
  newPerDay: number,
): C[] {
  const reviews = cards
    .filter((card) => states[card.id] !== undefined && isDue(states[card.id], today))
    .sort((a, b) => (states[a.id]?.due ?? '').localeCompare(states[b.id]?.due ?? ''));
  const fresh = cards.filter((card) => states[card.id] === undefined);
  return [...reviews, ...fresh.slice(0, newAllowance(states, today, newPerDay))];
}

/** How many never-seen cards may still be dealt on `today`: the day's allowance less those already seen today. */
const newAllowance = (states: Readonly<Record<string, CardState>>, today: string, newPerDay: number) =>
  Math.max(0, newPerDay - Object.values(states).filter((state) => state.seen === today).length);

/** How many cards todaysCards() deals, from the states alone and the number of cards the site has. */
export function todaysCardCount(
  states: Readonly<Record<string, CardState>>,
  total: number,
  today: string,
  newPerDay: number,
): number {
  const reviews = Object.values(states).filter((state) => isDue(state, today)).length;
  const unseen = Math.max(0, total - Object.keys(states).length);
  return reviews + Math.min(unseen, newAllowance(states, today, newPerDay));
}

/** A card is due when it was never reviewed or its due day has come. */
export const isDue = (card: CardState | undefined, today: string) => card === undefined || card.due <= today;

/** `25 November 2026` for a stored `YYYY-MM-DD` day. */
export const formatDay = (day: string, locale: Locale = DEFAULT_LOCALE) =>
  formatDate(new Date(`${day}T00:00:00Z`), locale);
