import { markerProblem } from '../../beyond-source.ts';
import { dangerousHtml, headingProblems } from '../body.ts';
import { describeValue, type Problem } from '../problem.ts';
import type { ContentSet } from '../read.ts';

/** Markdown bodies: heading levels, known `[!NAME]` markers, and no raw HTML that could run code or load a page. */
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
      for (const html of entry.facts.html) {
        const danger = dangerousHtml(html.value);
        if (danger)
          problems.push({
            severity: 'error',
            file: entry.file,
            line: html.line,
            field: 'body',
            message: `raw HTML with ${danger} is not allowed in Markdown`,
            found: describeValue(html.value.trim()),
          });
      }
    }
  }
  return problems;
}
