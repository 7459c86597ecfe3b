import { PAPER_LABELS } from './constants.ts';
import type { Question } from '../schemas/question.ts';

/** A static filter page of /questions/: its slug, its label, the group it sits in, and which questions match. */
export interface QuestionFacet {
  slug: string;
  label: string;
  group: 'Type' | 'Year' | 'Paper';
  test: (question: Question) => boolean;
}

const isPyq = (q: Question) => q.kind === 'prelims-pyq' || q.kind === 'mains-pyq';

/** A multiple-choice (prelims) kind of question, previous-year or practice. */
export const isMcqKind = (kind: Question['kind']): boolean => kind === 'prelims-pyq' || kind === 'practice-mcq';

/** Facets that have at least one question: PYQ / practice, each exam year, each paper. */
export function questionFacets(questions: readonly Question[]): QuestionFacet[] {
  const facets: QuestionFacet[] = [
    { slug: 'pyq', label: 'Previous-year questions', group: 'Type', test: isPyq },
    { slug: 'practice', label: 'Practice questions', group: 'Type', test: (q) => !isPyq(q) },
  ];
  const years = [...new Set(questions.flatMap((q) => (q.year === undefined ? [] : [q.year])))].sort((a, b) => b - a);
  for (const year of years)
    facets.push({ slug: String(year), label: String(year), group: 'Year', test: (q) => q.year === year });
  for (const paper of Object.keys(PAPER_LABELS) as (keyof typeof PAPER_LABELS)[]) {
    facets.push({ slug: paper, label: PAPER_LABELS[paper], group: 'Paper', test: (q) => q.paper === paper });
  }
  return facets.filter((facet) => questions.some(facet.test));
}

/** Orders questions: previous-year first (newest year first), then practice, prelims before mains. */
export function sortQuestions<T extends { data: Question }>(questions: readonly T[]): T[] {
  const rank = { 'prelims-pyq': 0, 'mains-pyq': 1, 'practice-mcq': 2, 'practice-mains': 3 } as const;
  return [...questions].sort(
    (a, b) => rank[a.data.kind] - rank[b.data.kind] || (b.data.year ?? 0) - (a.data.year ?? 0),
  );
}
