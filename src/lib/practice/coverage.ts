// What /progress/ and the flashcard deck compute from stored progress and the site's notes and questions.
import { REVIEW_INTERVALS, type Attempt, type Progress } from '../../schemas/progress.ts';
import { addDays } from './spaced.ts';

/** A share of a whole: `done` of `total`. */
export interface Share {
  id: string;
  label: string;
  done: number;
  total: number;
}

/** For each group (syllabus line, topic), how many of its notes are marked revised. */
export function coverage(
  groups: readonly { id: string; label: string; notes: readonly string[] }[],
  revised: Progress['revised'],
): Share[] {
  return groups
    .filter((group) => group.notes.length > 0)
    .map((group) => ({
      id: group.id,
      label: group.label,
      done: group.notes.filter((note) => revised[note] !== undefined).length,
      total: group.notes.length,
    }));
}

/** Topics ordered weakest first by the reader's latest answer to each question; topics never tried are left out. */
export function topicAccuracy(
  questions: readonly { id: string; topics: readonly string[] }[],
  answers: Readonly<Record<string, readonly Attempt[]>>,
  labels: ReadonlyMap<string, string>,
): Share[] {
  const byTopic = new Map<string, Share>();
  for (const question of questions) {
    const latest = answers[question.id]?.at(-1);
    if (!latest) continue;
    for (const topic of question.topics) {
      const share = byTopic.get(topic) ?? { id: topic, label: labels.get(topic) ?? topic, done: 0, total: 0 };
      share.total += 1;
      if (latest.correct) share.done += 1;
      byTopic.set(topic, share);
    }
  }
  return [...byTopic.values()].sort((a, b) => a.done / a.total - b.done / b.total || b.total - a.total);
}

/** Weak topics: fewer than WEAK_BELOW of their questions answered right. */
export const WEAK_BELOW = 0.6;
export const weakTopics = (shares: readonly Share[]) => shares.filter((s) => s.done / s.total < WEAK_BELOW);

/** The day a revised note is due again: each revision moves it one step along REVIEW_INTERVALS. */
export function noteDueDay(revised: { count: number; last: string }): string {
  const step = Math.min(revised.count, REVIEW_INTERVALS.length) - 1;
  return addDays(revised.last, REVIEW_INTERVALS[step] ?? 1);
}

/** Revised notes due again on or before `today`, most overdue first. */
export function notesDue(revised: Progress['revised'], today: string): { note: string; due: string }[] {
  return Object.entries(revised)
    .map(([note, r]) => ({ note, due: noteDueDay(r) }))
    .filter((item) => item.due <= today)
    .sort((a, b) => a.due.localeCompare(b.due));
}
