import type { Note } from '../../../schemas/note.ts';
import type { SyllabusPaper } from '../../../schemas/taxonomy.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type ContentSet } from '../read.ts';

/** A note's syllabus line must belong to the paper it is filed under (an unknown line is a reference problem). */
export function syllabusProblems(content: ContentSet): Problem[] {
  if (!content.complete.syllabus) return [];
  const paperOfLine = new Map(
    [...content.entries.syllabus.values()].flatMap((e) =>
      (e.data as SyllabusPaper).lines.map((line) => [line.id, e.id] as const),
    ),
  );
  const problems: Problem[] = [];
  for (const entry of content.entries.notes.values()) {
    (entry.data as Note | undefined)?.gs.forEach((gs, i) => {
      const paper = paperOfLine.get(gs.line);
      if (paper && paper !== gs.paper)
        problems.push(
          problemAt(
            entry,
            ['gs', i, 'line'],
            `syllabus line "${gs.line}" belongs to ${paper}, not ${gs.paper}; change the paper or pick a ${gs.paper} line`,
          ),
        );
    });
  }
  return problems;
}
