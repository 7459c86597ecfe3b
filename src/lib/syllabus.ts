import type { SyllabusPaper } from '../schemas/taxonomy.ts';

/** A syllabus line with the notes mapped to it; an empty `notes` list is a gap in coverage. */
export interface CoveredLine<N> {
  id: string;
  text: string;
  notes: N[];
}

/** Papers → lines → notes, keeping the syllabus order; notes keep the order they are passed in. */
export function syllabusCoverage<N extends { data: { gs: { paper: string; line: string }[] } }>(
  papers: readonly SyllabusPaper[],
  notes: readonly N[],
): (Omit<SyllabusPaper, 'lines'> & { lines: CoveredLine<N>[]; covered: number })[] {
  return papers.map((paper) => {
    const lines = paper.lines.map((line) => ({
      ...line,
      notes: notes.filter((note) => note.data.gs.some((gs) => gs.paper === paper.id && gs.line === line.id)),
    }));
    return { ...paper, lines, covered: lines.filter((line) => line.notes.length > 0).length };
  });
}

/**
 * What readers see of the syllabus: only the lines some note covers, and only papers with such a line (the gaps are
 * the editors' coverage report). The syllabus page and the links into it both use this, so no link names a paper
 * the page leaves out.
 */
export function readerSyllabus<N extends { data: { gs: { paper: string; line: string }[] } }>(
  papers: readonly SyllabusPaper[],
  notes: readonly N[],
): ReturnType<typeof syllabusCoverage<N>> {
  return syllabusCoverage(papers, notes)
    .map((paper) => ({ ...paper, lines: paper.lines.filter((line) => line.notes.length > 0) }))
    .filter((paper) => paper.lines.length > 0);
}
