import type { Citation } from '../../../schemas/citation.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type ContentSet, type Entry } from '../read.ts';

/**
 * One source, one citation: every file declares its own citations, so the same page is written out in many files.
 * Across notes, topics and mains an id names one page (same URL, title and date everywhere) and a URL has one id,
 * so a correction made in one file cannot leave a stale copy in another, and an id means the same thing in all.
 */
export function citationProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, { entry: Entry; citation: Citation }>();
  const byUrl = new Map<string, { entry: Entry; citation: Citation }>();
  const entries = [content.entries.notes, content.entries.topics, content.entries.mains]
    .flatMap((map) => [...map.values()])
    .sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of entries) {
    const citations = (entry.data as { citations?: Citation[] } | undefined)?.citations ?? [];
    citations.forEach((citation, i) => {
      const sameId = byId.get(citation.id);
      if (!sameId) byId.set(citation.id, { entry, citation });
      else {
        const differs = (['url', 'title', 'date', 'publisher'] as const).find(
          (key) => String(citation[key]) !== String(sameId.citation[key]),
        );
        if (differs)
          problems.push(
            problemAt(
              entry,
              ['citations', i, differs],
              `the citation "${citation.id}" has a different ${differs} in ${sameId.entry.file}; an id names one source, so copy the one that is right to both files`,
            ),
          );
      }
      const url = citation.url.replace(/\/+$/, '');
      const sameUrl = byUrl.get(url);
      if (!sameUrl) byUrl.set(url, { entry, citation });
      else if (sameUrl.citation.id !== citation.id)
        problems.push(
          problemAt(
            entry,
            ['citations', i, 'id'],
            `this page is cited as "${sameUrl.citation.id}" in ${sameUrl.entry.file}; use that id here too, so one source has one citation`,
          ),
        );
    });
  }
  return problems;
}
