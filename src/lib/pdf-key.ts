import { createHash } from 'node:crypto';

/** Links to the PDFs themselves: a page gains them once its PDF exists, which changes nothing that is printed. */
const PDF_LINK = /<a\b[^>]*\bhref="[^"]*\/pdf\/[^"]*\.pdf"[^>]*>[\s\S]*?<\/a>/g;

/**
 * What a printed page depends on, as a short key: its HTML (which names its hashed stylesheets, so a CSS change
 * changes it too), without the links to PDFs. `npm run pdf` prints a page again only when its key changed.
 */
export function printKey(html: string): string {
  return createHash('sha256').update(html.replace(PDF_LINK, '')).digest('base64url');
}
