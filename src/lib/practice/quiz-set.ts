// Which questions a practice round uses. The choice lives in the URL (`/practice/?set=topic:jimex`) so a note or a
// topic page can link straight to its own set, and the page works the same after a reload.
import type { Attempt } from '../../schemas/progress.ts';

/** What a question needs for set selection. */
export interface QuizItem {
  id: string;
  /** Previous-year question. */
  pyq: boolean;
  topics: readonly string[];
  notes: readonly string[];
}

export type QuizSet =
  | { kind: 'all' }
  | { kind: 'pyq' }
  | { kind: 'mistakes' }
  | { kind: 'daily' }
  | { kind: 'topic'; id: string }
  | { kind: 'note'; id: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `?set=` (all, pyq, mistakes, daily, topic:<id>, note:<id>); anything else means all questions. */
export function parseSet(value: string | null | undefined): QuizSet {
  if (value === 'pyq' || value === 'mistakes' || value === 'daily') return { kind: value };
  const match = /^(topic|note):(.+)$/.exec(value ?? '');
  if (match && ID.test(match[2] ?? '')) return { kind: match[1] as 'topic' | 'note', id: match[2] as string };
  return { kind: 'all' };
}

/** The `?set=` value for a set; the inverse of parseSet. */
export function serializeSet(set: QuizSet): string {
  return set.kind === 'topic' || set.kind === 'note' ? `${set.kind}:${set.id}` : set.kind;
}

/** True when the reader's latest attempt at the question was wrong. */
export function isMistake(attempts: readonly Attempt[] | undefined): boolean {
  const latest = attempts?.at(-1);
  return latest !== undefined && !latest.correct;
}

/** Questions in the day's set: a short round, like a daily prelims drill. */
export const DAILY_SET_SIZE = 10;

/** A number from a text (FNV-1a): the same day and question always give the same order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The day's set: DAILY_SET_SIZE questions, the reader's mistakes first, then questions never tried, then the rest;
 * each group in an order fixed for the day (`today`, `YYYY-MM-DD`), so a reload or a second device deals the same set.
 */
export function dailySet<T extends QuizItem>(
  items: readonly T[],
  answers: Readonly<Record<string, readonly Attempt[]>>,
  today: string,
): T[] {
  const group = (item: T) => (isMistake(answers[item.id]) ? 0 : answers[item.id]?.length ? 2 : 1);
  return [...items]
    .sort((a, b) => group(a) - group(b) || hash(`${today}:${a.id}`) - hash(`${today}:${b.id}`))
    .slice(0, DAILY_SET_SIZE);
}

/** The questions of a set, in the order given (the day's set in its own order, for `today`). */
export function selectQuestions<T extends QuizItem>(
  items: readonly T[],
  set: QuizSet,
  answers: Readonly<Record<string, readonly Attempt[]>> = {},
  today = '',
): T[] {
  switch (set.kind) {
    case 'all':
      return [...items];
    case 'pyq':
      return items.filter((item) => item.pyq);
    case 'mistakes':
      return items.filter((item) => isMistake(answers[item.id]));
    case 'daily':
      return dailySet(items, answers, today);
    case 'topic':
      return items.filter((item) => item.topics.includes(set.id));
    case 'note':
      return items.filter((item) => item.notes.includes(set.id));
  }
}
