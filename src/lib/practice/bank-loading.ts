// Which question banks a practice round fetches, and when. Read one question at a time, a round fetches the bank
// holding the question on show and, in the background, the banks of the next few questions, so the first question
// shows after one bank instead of every bank of the set (20 banks, about 1.7 MB of HTML, at 1,000 notes). Read as a
// list, the reader asked for every question on one screen, so every bank of the set is fetched before it shows.
import { pagesOf } from './banks.ts';

/** Questions after the one on show whose banks are fetched before the reader gets there. */
export const QUESTIONS_AHEAD = 5;

/** The banks to fetch: `wait` before the question can show, `soon` in the background. */
export interface BankPlan {
  wait: number[];
  soon: number[];
}

/**
 * The fetch plan for a round whose questions live in banks `roundBanks` (in round order), with the question at
 * `position` on show (or about to be) and banks `loaded` already: the question's own bank is waited for, and the
 * banks of the `ahead` questions after it come in the background, each in the order the round reaches it.
 * In list mode the round shows all at once: every bank is waited for.
 */
export function planBanks(
  roundBanks: readonly number[],
  position: number,
  loaded: ReadonlySet<number>,
  { list = false, ahead = QUESTIONS_AHEAD }: { list?: boolean; ahead?: number } = {},
): BankPlan {
  const missing = (banks: readonly number[]) => banks.filter((bank) => !loaded.has(bank));
  if (list) return { wait: missing(pagesOf(roundBanks)), soon: [] };
  const at = Math.max(0, Math.min(position, roundBanks.length - 1));
  const here = roundBanks[at];
  if (here === undefined) return { wait: [], soon: [] };
  const wait = missing([here]);
  const soon = missing([...new Set(roundBanks.slice(at + 1, at + 1 + Math.max(0, ahead)))]).filter(
    (bank) => bank !== here,
  );
  return { wait, soon };
}
