import type { Question } from '../../schemas/question.ts';
import { closest, describeValue, type Problem } from './problem.ts';

/** What the rule needs to know about one question file. */
export interface QuestionFile {
  file: string;
  parsed: { lineOf: (path: PropertyKey[]) => number };
  /** Validated data; `undefined` when the file had errors of its own (reported elsewhere). */
  data: unknown;
}

/**
 * Every question names the note section its explanation rests on (`basis`); the note must exist and have a
 * heading with that id. `headingSlugs` maps `notes/<id>` to the heading ids of that note, as the checker reads them;
 * a note that could not be read has none, and its own error is reported already.
 */
export function basisProblems(
  questions: Iterable<QuestionFile>,
  notes: ReadonlySet<string>,
  headingSlugs: ReadonlyMap<string, ReadonlySet<string>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of questions) {
    const basis = (entry.data as Question | undefined)?.basis;
    if (!basis) continue;
    const slugs = headingSlugs.get(`notes/${basis.note}`);
    const at = (field: 'note' | 'section', message: string, value: string) =>
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.parsed.lineOf(['basis', field]),
        field: `basis.${field}`,
        message,
        found: describeValue(value),
      });
    if (!notes.has(basis.note)) {
      const hint = closest(basis.note, notes);
      at(
        'note',
        `unknown note "${basis.note}"; it must be an id in content/notes/${hint ? ` (did you mean "${hint}"?)` : ''}`,
        basis.note,
      );
    } else if (slugs && !slugs.has(basis.section)) {
      const hint = closest(basis.section, slugs);
      at(
        'section',
        `note "${basis.note}" has no heading with the id "${basis.section}"${hint ? ` (did you mean "${hint}"?)` : `; its headings are ${[...slugs].join(', ')}`}`,
        basis.section,
      );
    }
  }
  return problems;
}
