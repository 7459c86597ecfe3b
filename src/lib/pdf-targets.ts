import { config } from './config.ts';

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
export function pdfSourceDir(): string {
  return config().pdfSourceDir;
}

/**
 * Id of the PDF to link for `id`, or undefined when pages link no PDFs. Decided by configuration (PDF_LINKS=1),
 * never by what is on disk, so one commit builds the same HTML everywhere; the output check proves the file exists.
 */
export function madePdf(id: string, links = config().pdfLinks): string | undefined {
  return links ? id : undefined;
}
