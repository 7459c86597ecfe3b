// Importing a progress file must never lose what the device holds: by default the file is merged into the
// device's progress, each kind of record by its own rule, so that importing an older export, the same export twice,
// or the devices' files in either order all end with the same union. Pure: the browser code stores the result.
import type { Attempt, Progress } from '../../schemas/progress.ts';
import { ATTEMPTS_KEPT } from './progress-format.ts';

const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);

/**
 * Union of two records, keys sorted: `pick` for keys in both; `alone` for keys in one (so every value comes out in
 * the same normal form, and merging again changes nothing).
 */
function unionBy<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  pick: (x: T, y: T) => T,
  alone: (x: T) => T = (x) => x,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [a[key], b[key]];
    out[key] = x !== undefined && y !== undefined ? pick(x, y) : alone((x ?? y) as T);
  }
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => x.localeCompare(y)));
}

/** The later of two records by `order` (compared field by field), so a tie never depends on which came first. */
function latest<T>(x: T, y: T, order: (v: T) => string[]): T {
  const [a, b] = [order(x), order(y)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] ?? '') > (a[i] ?? '') ? y : x;
  return x;
}

const attemptKey = (a: Attempt) => `${a.day}|${a.choice ?? '-'}|${a.correct ? 1 : 0}`;

/**
 * Both devices' attempts at one question, oldest first: an attempt recorded on both (same day, choice and result)
 * counts once per time it appears on the device that has it most, so the same file imported twice adds nothing.
 */
function mergeAttempts(a: readonly Attempt[], b: readonly Attempt[]): Attempt[] {
  const count = (list: readonly Attempt[]) => {
    const m = new Map<string, number>();
    for (const x of list) m.set(attemptKey(x), (m.get(attemptKey(x)) ?? 0) + 1);
    return m;
  };
  const [ca, cb] = [count(a), count(b)];
  const byKey = new Map([...a, ...b].map((x) => [attemptKey(x), x]));
  const merged = [...byKey.entries()].flatMap(([key, attempt]) =>
    Array.from({ length: Math.max(ca.get(key) ?? 0, cb.get(key) ?? 0) }, () => attempt),
  );
  return merged
    .sort((x, y) => x.day.localeCompare(y.day) || attemptKey(x).localeCompare(attemptKey(y)))
    .slice(-ATTEMPTS_KEPT);
}

/**
 * The device's progress with an imported file merged in: every bookmark of either (the device's order first), each
 * note's revisions with the higher count, the earlier first day and the later last day, every attempt of either,
 * each flashcard and mains draft as last reviewed or saved, and the later of the two last visits.
 */
export function mergeProgress(device: Progress, imported: Progress): Progress {
  const lastVisit =
    device.lastVisit && imported.lastVisit
      ? latest(device.lastVisit, imported.lastVisit, (v) => [String(v.at).padStart(16, '0'), v.note])
      : (device.lastVisit ?? imported.lastVisit);
  return {
    format: device.format,
    version: device.version,
    revised: unionBy(device.revised, imported.revised, (x, y) => ({
      count: Math.max(x.count, y.count),
      first: earlier(x.first, y.first),
      last: later(x.last, y.last),
    })),
    bookmarks: [...new Set([...device.bookmarks, ...imported.bookmarks])],
    ...(lastVisit ? { lastVisit } : {}),
    answers: unionBy(device.answers, imported.answers, mergeAttempts, (x) => mergeAttempts(x, [])),
    cards: unionBy(device.cards, imported.cards, (x, y) => latest(x, y, (c) => [c.last, c.due, String(c.step)])),
    drafts: unionBy(device.drafts, imported.drafts, (x, y) => latest(x, y, (d) => [d.saved, d.text])),
  };
}

/** How much a progress record holds, by kind: what an import screen shows before and after. */
export interface ProgressCounts {
  revised: number;
  bookmarks: number;
  answered: number;
  cards: number;
  drafts: number;
}

export const progressCounts = (p: Progress): ProgressCounts => ({
  revised: Object.keys(p.revised).length,
  bookmarks: p.bookmarks.length,
  answered: Object.keys(p.answers).length,
  cards: Object.keys(p.cards).length,
  drafts: Object.keys(p.drafts).length,
});

/** True when the two records hold nothing different: an import that would change nothing. */
export const sameProgress = (a: Progress, b: Progress) => JSON.stringify(a) === JSON.stringify(b);
