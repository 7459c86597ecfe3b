import { markerCitationProblem, markerProblem } from '../../beyond-source.ts';
import { dangerousHtml, disallowedHtml, headingProblems, unclosedTags } from '../body.ts';
import { describeValue, type Problem } from '../problem.ts';
import { problemAt, type ContentSet } from '../read.ts';

/** The citation ids an entry declares; undefined when its frontmatter did not validate (reported already). */
export function citationIds(data: unknown): Set<string> | undefined {
  const list = (data as { citations?: { id: string }[] } | undefined)?.citations;
  return Array.isArray(list) ? new Set(list.map((c) => c.id)) : undefined;
}

/** Citation ids named by `cite:` on frontmatter rows (timeline, figures, quick revision). */
function rowCitations(data: unknown): string[] {
  const rows = ['timeline', 'figures', 'quickRevision'].flatMap(
    (field) => ((data as Record<string, unknown> | undefined)?.[field] as { cite?: string }[] | undefined) ?? [],
  );
  return rows.flatMap((row) => (typeof row?.cite === 'string' ? [row.cite] : []));
}

/**
 * Markdown bodies: headings, known `[!NAME]` markers, and raw HTML only of the harmless inline kinds (none that
 * could run code, load a page, or make the page invalid).
 */
export function bodyProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const byId of Object.values(content.entries)) {
    for (const entry of byId.values()) {
      if (!entry.facts) continue;
      for (const { line, message } of headingProblems(entry.facts.headings))
        problems.push({ severity: 'error', file: entry.file, line, field: 'body', message });
      const citations = citationIds(entry.data);
      for (const marker of entry.facts.markers) {
        const message =
          markerProblem(marker.name, marker.empty) ??
          (citations ? markerCitationProblem(marker.name, marker.cites, citations) : undefined);
        if (message) problems.push({ severity: 'error', file: entry.file, line: marker.line, field: 'body', message });
      }
      if (citations) {
        const used = new Set([...entry.facts.markers.flatMap((m) => m.cites), ...rowCitations(entry.data)]);
        [...citations].forEach((id, index) => {
          if (!used.has(id))
            problems.push(
              problemAt(
                entry,
                ['citations', index, 'id'],
                `the citation "${id}" is cited nowhere; name it on a [!BEYOND] or [!CORRECTION] line or a cite: field, or remove it`,
              ),
            );
        });
      }
      for (const link of entry.facts.links)
        if (link.textless)
          problems.push({
            severity: 'error',
            file: entry.file,
            line: link.line,
            field: 'body',
            message:
              'a link with no text: write what it links to between the [ ], so a reader (and a screen reader) knows',
            found: describeValue(link.url),
          });
      for (const { name, line } of unclosedTags(entry.facts.html))
        problems.push({
          severity: 'error',
          file: entry.file,
          line,
          field: 'body',
          message: `<${name}> is opened here and never closed: close it with </${name}> in the same paragraph, or the page's HTML breaks after it`,
        });
      for (const html of entry.facts.html) {
        const danger = dangerousHtml(html.value);
        const message = danger ? `raw HTML with ${danger} is not allowed in Markdown` : disallowedHtml(html.value);
        if (message)
          problems.push({
            severity: 'error',
            file: entry.file,
            line: html.line,
            field: 'body',
            message,
            found: describeValue(html.value.trim()),
          });
      }
    }
  }
  return problems;
}
