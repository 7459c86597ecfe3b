import type { Question } from '../../../schemas/question.ts';
import { closest, describeValue, type Problem } from '../problem.ts';
import { problemAt, type ContentSet } from '../read.ts';

/**
 * Every question names the note section its explanation rests on (`basis`): that note must have a heading with the
 * given id (the id the page gives it, a GitHub-style slug). An unknown note is a reference problem (the collection
 * table lists `basis.note`); a note that could not be read has no known headings, and its own error says so.
 */
export function basisProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries.questions.values()) {
    const basis = (entry.data as Question | undefined)?.basis;
    const headings = basis && content.entries.notes.get(basis.note)?.facts?.headings;
    if (!basis || !headings) continue;
    const slugs = headings.map((h) => h.slug);
    if (slugs.includes(basis.section)) continue;
    const hint = closest(basis.section, slugs);
    problems.push({
      ...problemAt(
        entry,
        ['basis', 'section'],
        `note "${basis.note}" has no heading with the id "${basis.section}"${hint ? ` (did you mean "${hint}"?)` : `; its headings are ${slugs.join(', ')}`}`,
      ),
      found: describeValue(basis.section),
    });
  }
  return problems;
}
