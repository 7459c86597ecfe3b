import type { Note } from '../../schemas/note.ts';
import type { SyllabusPaper } from '../../schemas/taxonomy.ts';
import type { ContentSet } from './read.ts';

/** One official syllabus line and the published notes mapped to it. */
export interface LineCoverage {
  paper: string;
  line: string;
  text: string;
  notes: string[];
}

/** Every syllabus line with the published notes that map to it (`gs` of each note), in syllabus order. */
export function syllabusCoverage(content: ContentSet): LineCoverage[] {
  const byLine = new Map<string, string[]>();
  for (const entry of content.entries.notes.values()) {
    const note = entry.data as Note | undefined;
    if (!note || note.draft) continue;
    for (const { line } of note.gs) byLine.set(line, [...(byLine.get(line) ?? []), entry.id]);
  }
  return [...content.entries.syllabus.values()].flatMap((entry) => {
    const paper = entry.data as SyllabusPaper;
    return paper.lines.map((line) => ({
      paper: paper.id,
      line: line.id,
      text: line.text,
      notes: (byLine.get(line.id) ?? []).sort(),
    }));
  });
}

/** The coverage report editors read: per paper, the lines with their notes, and the lines no note covers yet. */
export function formatCoverage(coverage: readonly LineCoverage[]): string[] {
  const covered = coverage.filter((c) => c.notes.length).length;
  const lines = [`syllabus coverage: ${covered} of ${coverage.length} lines have a note`];
  for (const paper of [...new Set(coverage.map((c) => c.paper))]) {
    lines.push('', `${paper}:`);
    for (const c of coverage.filter((x) => x.paper === paper))
      lines.push(
        `  ${c.notes.length ? '✓' : '✗'} ${c.line}  ${c.text}${c.notes.length ? `\n      ${c.notes.join(', ')}` : ''}`,
      );
  }
  const missing = coverage.filter((c) => !c.notes.length);
  if (missing.length)
    lines.push('', `no note yet (${missing.length}):`, ...missing.map((c) => `  ${c.line}  ${c.text}`));
  return lines;
}
