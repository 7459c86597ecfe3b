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
  | { kind: 'topic'; id: string }
  | { kind: 'note'; id: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `?set=` (all, pyq, mistakes, topic:<id>, note:<id>); anything else means all questions. */
export function parseSet(value: string | null | undefined): QuizSet {
  if (value === 'pyq' || value === 'mistakes') return { kind: value };
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

/** The questions of a set, in the order given. */
export function selectQuestions<T extends QuizItem>(
  items: readonly T[],
  set: QuizSet,
  answers: Readonly<Record<string, readonly Attempt[]>> = {},
): T[] {
  switch (set.kind) {
    case 'all':
      return [...items];
    case 'pyq':
      return items.filter((item) => item.pyq);
    case 'mistakes':
      return items.filter((item) => isMistake(answers[item.id]));
    case 'topic':
      return items.filter((item) => item.topics.includes(set.id));
    case 'note':
      return items.filter((item) => item.notes.includes(set.id));
  }
}
