import { isMcq, type Question } from '../schemas/question.ts';
import { sortQuestions } from './questions.ts';

/** True for the question kinds a mains page lists: previous-year and practice descriptive questions. */
export const isMainsQuestion = (question: Question): boolean => !isMcq(question);

/**
 * The mains questions a mains page shows: first those its angles name (in the order the angles give them), then
 * every other mains question the page's notes list, previous-year questions first. Ids with no published
 * question are skipped, so a page never links to a question that is not built.
 */
export function mainsQuestions<T extends { id: string; data: Question }>(
  askedIds: readonly (string | undefined)[],
  notes: readonly { data: { questions: readonly string[] } }[],
  published: ReadonlyMap<string, T>,
): T[] {
  const pick = (ids: Iterable<string | undefined>) =>
    [...new Set(ids)].flatMap((id) => {
      const question = id === undefined ? undefined : published.get(id);
      return question && isMainsQuestion(question.data) ? [question] : [];
    });
  const asked = pick(askedIds);
  const seen = new Set(asked.map((q) => q.id));
  const fromNotes = pick(notes.flatMap((note) => note.data.questions)).filter((q) => !seen.has(q.id));
  return [...asked, ...sortQuestions(fromNotes)];
}
