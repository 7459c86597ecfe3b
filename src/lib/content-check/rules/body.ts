import { markerProblem } from '../../beyond-source.ts';
import { dangerousHtml, disallowedHtml, headingProblems } from '../body.ts';
import { describeValue, type Problem } from '../problem.ts';
import type { ContentSet } from '../read.ts';

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
      for (const marker of entry.facts.markers) {
        const message = markerProblem(marker.name, marker.empty);
        if (message) problems.push({ severity: 'error', file: entry.file, line: marker.line, field: 'body', message });
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
