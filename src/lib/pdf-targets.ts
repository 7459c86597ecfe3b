import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One PDF to make: the page to print and the file it becomes under pdf/. */
export interface PdfTarget {
  /** File name without extension: a note id, `booklet`, or `topic-<id>`. */
  id: string;
  /** Site path of the page to print, from the root: `/notes/x/`. */
  path: string;
  /** What to call it in progress lines. */
  label: string;
}

/** The PDFs `npm run pdf` makes: every note, the whole booklet, and one booklet per topic. */
export function pdfTargets(noteIds: readonly string[], topicIds: readonly string[]): PdfTarget[] {
  return [
    ...noteIds.map((id) => ({ id, path: `/notes/${id}/`, label: `note ${id}` })),
    { id: 'booklet', path: '/print/', label: 'booklet' },
    ...topicIds.map((id) => ({ id: `topic-${id}`, path: `/topics/${id}/print/`, label: `topic booklet ${id}` })),
  ];
}

/** Folder `npm run pdf` writes to and the build copies into dist/pdf/ (outside dist so a rebuild keeps them). */
export function pdfSourceDir(env: Record<string, string | undefined> = process.env): string {
  return env['PDF_SOURCE_DIR'] || '.pdf-out';
}

/** Id of the PDF made for `id` by the last `npm run pdf`, or undefined when there is none to link. */
export function madePdf(id: string, dir = pdfSourceDir()): string | undefined {
  return existsSync(join(dir, `${id}.pdf`)) ? id : undefined;
}
