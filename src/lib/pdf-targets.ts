import { config } from './config.ts';
import { DEFAULT_LOCALE, splitLocalePath } from './i18n/locales.ts';
import { pdfFileId } from './urls.ts';
import { matchPage } from './site-urls.ts';

/** One PDF to make: the page to print and the file it becomes under pdf/. */
export interface PdfTarget {
  /** File name without extension: a note id, `booklet`, `topic-<id>` or `topic-<id>-<part>`. */
  id: string;
  /** Site path of the page to print, from the root: `/notes/x/`. */
  path: string;
  /** What to call it in progress lines. */
  label: string;
}

/**
 * The PDFs `npm run pdf` makes of the built pages at `paths` (site paths): one for each page whose type has a PDF
 * in the page-type registry (every note, the whole booklet, each topic booklet and its parts), in the given order.
 */
export function pdfTargets(paths: readonly string[]): PdfTarget[] {
  return paths.flatMap((path) => {
    const page = matchPage(path);
    const pdf = page?.type.pdf?.(page.params);
    const { locale } = splitLocalePath(path);
    return pdf
      ? [
          {
            id: pdfFileId(pdf.id, locale),
            path,
            label: `${pdf.label}${locale === DEFAULT_LOCALE ? '' : ` (${locale})`}`,
          },
        ]
      : [];
  });
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

/** The PDF the page of `type` with `params` links (its id), or undefined when pages link no PDFs (madePdf). */
export function pagePdf<T>(
  type: { pdf?: (params: T) => { id: string } },
  params: T,
  links = config().pdfLinks,
): string | undefined {
  const pdf = type.pdf?.(params);
  return pdf && madePdf(pdf.id, links);
}
