import { QUESTIONS_PER_PAGE } from './constants.ts';
import { gsPaperSchema } from '../schemas/common.ts';
import type { UiKey } from './i18n/index.ts';
import type { Translate } from './i18n/messages.ts';
import { pageCount, pageNumbers } from './paging.ts';
import {
  isPyqKind,
  QUESTION_FORMATS,
  type OptionLetter,
  type Question,
  type QuestionFormat,
} from '../schemas/question.ts';

/**
 * A static filter page of /questions/: its slug, what names it, the group it sits in (an id, which the filters name)
 * and which questions match. The name is an interface string, or for a year the year itself; the page shows it in
 * its language with facetLabel(). No string is looked up here: urls.ts brings this module into the browser's
 * bundles through page-types.ts, and the strings files must not follow it there.
 */
export interface QuestionFacet {
  slug: string;
  name: UiKey | { text: string };
  group: 'Type' | 'Year' | 'Paper' | 'Format';
  test: (question: Question) => boolean;
}

const isPyq = (q: Question) => isPyqKind(q.kind);

/** Facets that have at least one question: PYQ / practice, each exam year, each paper, each MCQ format. */
export function questionFacets(questions: readonly Question[]): QuestionFacet[] {
  const facets: QuestionFacet[] = [
    { slug: 'pyq', name: 'questions.facet.pyq', group: 'Type', test: isPyq },
    { slug: 'practice', name: 'questions.facet.practice', group: 'Type', test: (q) => !isPyq(q) },
  ];
  const years = [...new Set(questions.flatMap((q) => (q.year === undefined ? [] : [q.year])))].sort((a, b) => b - a);
  for (const year of years)
    facets.push({ slug: String(year), name: { text: String(year) }, group: 'Year', test: (q) => q.year === year });
  for (const paper of ['prelims', ...gsPaperSchema.options] as const) {
    facets.push({ slug: paper, name: `questions.paper.${paper}`, group: 'Paper', test: (q) => q.paper === paper });
  }
  for (const format of QUESTION_FORMATS) {
    facets.push({
      slug: format,
      name: `questions.format.${format}`,
      group: 'Format',
      test: (q) => q.format === format,
    });
  }
  return facets.filter((facet) => questions.some(facet.test));
}

/** What a facet is called in the page's language (`t` from useTranslations). */
export const facetLabel = (facet: Pick<QuestionFacet, 'name'>, t: Translate<UiKey>): string =>
  typeof facet.name === 'string' ? t(facet.name) : facet.name.text;

/** How many questions carry each answer letter, a to d (letters nobody uses count 0). */
export function answerKeyCounts(questions: readonly Question[]): Record<OptionLetter, number> {
  const counts = { a: 0, b: 0, c: 0, d: 0 };
  for (const q of questions) if (q.answer) counts[q.answer]++;
  return counts;
}

/** How many multiple-choice questions use each format (formats nobody uses count 0). */
export function formatCounts(questions: readonly Question[]): Record<QuestionFormat, number> {
  const counts = Object.fromEntries(QUESTION_FORMATS.map((format) => [format, 0])) as Record<QuestionFormat, number>;
  for (const q of questions) if (q.format) counts[q.format]++;
  return counts;
}

/** Orders questions: previous-year first (newest year first), then practice, prelims before mains. */
export function sortQuestions<T extends { data: Question }>(questions: readonly T[]): T[] {
  const rank = { 'prelims-pyq': 0, 'mains-pyq': 1, 'practice-mcq': 2, 'practice-mains': 3 } as const;
  return [...questions].sort(
    (a, b) => rank[a.data.kind] - rank[b.data.kind] || (b.data.year ?? 0) - (a.data.year ?? 0),
  );
}

/** One page of a question list: the facet it filters by (none: every question), its questions, its page number. */
export interface QuestionListPage<T> {
  facet: QuestionFacet | undefined;
  /** The whole list, every page's questions. */
  questions: T[];
  page: number;
  pages: number;
}

/**
 * Every page of /questions/ and of each facet, QUESTIONS_PER_PAGE questions to a page. The page-type registry
 * (page-types.ts) makes both the routes' pages and the URL model's from this one function.
 */
export function questionListPages<T extends { data: Question }>(questions: readonly T[]): QuestionListPage<T>[] {
  const lists = [
    { facet: undefined, questions: [...questions] },
    ...questionFacets(questions.map((q) => q.data)).map((facet) => ({
      facet,
      questions: questions.filter((q) => facet.test(q.data)),
    })),
  ];
  return lists.flatMap((list) => {
    const pages = pageCount(list.questions.length, QUESTIONS_PER_PAGE);
    return pageNumbers(pages).map((page) => ({ ...list, page, pages }));
  });
}
