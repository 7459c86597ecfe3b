// Keeps the practice round for this tab in sessionStorage (src/lib/practice/quiz-session.ts says what is kept).
import { parseRound, type SavedRound } from '../../lib/practice/quiz-session.ts';

/** The kept round for `key`, or null (none, unreadable, or naming questions this build does not have). */
export function loadRound(key: string, known: ReadonlySet<string>): SavedRound | null {
  try {
    return parseRound(sessionStorage.getItem(key), known);
  } catch {
    return null;
  }
}

/** Keeps the round; when the browser refuses, the round still runs and a reload starts it afresh. */
export function keepRound(key: string, round: SavedRound): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(round));
  } catch {
    /* nothing kept */
  }
}
