import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

/** A4 in PDF points, and the margins print.css sets (18 mm top, 20 mm bottom), in points. */
const PAGE_HEIGHT = 842;
const TOP = PAGE_HEIGHT - (18 / 25.4) * 72;
const BOTTOM = (20 / 25.4) * 72;

/** Lays the page out for paper and waits for any font only paper uses (print-only text) to load before printing. */
export async function fontsForPrint(page: Page): Promise<void> {
  await page.evaluate(async () => {
    void document.body.offsetHeight;
    await document.fonts.ready;
  });
}

/** The open page printed as `npm run pdf` prints it (A4, print media, tagged, with an outline). */
export async function printedPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await fontsForPrint(page);
  return page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true });
}

/**
 * A PDF's text as a PDF reader gives it: poppler's pdftotext uses the ActualText Chromium writes for each shaped
 * Devanagari cluster (a conjunct such as क्ष is one glyph on the page), which pdf.js (printToPdf's reader) ignores.
 */
export function readerText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the open page as `npm run pdf` does (A4, print media) and reads the PDF back: text, pages, outline. */
export async function printToPdf(page: Page) {
  const pdf = await getDocumentProxy(new Uint8Array(await printedPdf(page)));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const outline = (await pdf.getOutline()) ?? [];
  return { pdf, totalPages, text: text.replace(/\s+/g, ' '), outline };
}

/**
 * The print density rule: A4 in the print type holds about 450 words of running text; tables, timelines, questions
 * and citations take more room, so a printed page carries at least 300 words on average. The most pages `text`
 * (a printed PDF's text) may take.
 */
export function pageBound(text: string): number {
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.ceil(words / 300);
}

/**
 * How far down each page's text reaches, as a share of the printable height (0–1): the lowest line of text inside
 * the margins, so the running header and page-number footer do not count.
 */
export async function pageFill(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<number[]> {
  const fills: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const ys = content.items.flatMap((item) =>
      'transform' in item && item.str.trim() ? [item.transform[5] as number] : [],
    );
    const inside = ys.filter((y) => y > BOTTOM && y < TOP);
    const lowest = inside.length ? Math.min(...inside) : TOP;
    fills.push((TOP - lowest) / (TOP - BOTTOM));
  }
  return fills;
}
