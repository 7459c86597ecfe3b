import type { Problem } from '../problem.ts';
import { problemAt, type ContentSet, type Entry } from '../read.ts';

/**
 * No two published notes share a title: the revision sheets, the flashcard decks and the booklets put notes side
 * by side and name each part by its note's title, so two of one title would be two landmarks of one name (which
 * html-validate fails) and a reader could not tell them apart. Compared without case and extra spaces.
 */
export function titleProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, Entry>();
  const entries = [...content.entries.notes.values()].sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of entries) {
    const data = entry.data as { title?: string; draft?: boolean } | undefined;
    if (!data?.title || data.draft) continue;
    const key = data.title.replace(/\s+/g, ' ').trim().toLowerCase();
    const twin = first.get(key);
    if (!twin) {
      first.set(key, entry);
      continue;
    }
    problems.push(
      problemAt(
        entry,
        ['title'],
        `${twin.file} has the title "${(twin.data as { title: string }).title}" too; pages that list notes side by side name each by its title, so give this note a title of its own`,
      ),
    );
  }
  return problems;
}
