import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { config } from '../lib/config.ts';

/**
 * With PDF_LINKS=1, pages link their PDFs and this copies the PDFs `npm run pdf` made into `pdf/`. Whether pages
 * link PDFs is configuration, never what happens to be on disk; the output check then proves each linked file exists.
 */
export function pdfs(): AstroIntegration {
  return {
    name: 'pdfs',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pdfLinks, pdfSourceDir } = config();
        if (!pdfLinks) return;
        if (!existsSync(pdfSourceDir)) {
          logger.warn(`PDF_LINKS=1 but ${pdfSourceDir}/ does not exist: run npm run pdf first`);
          return;
        }
        cpSync(pdfSourceDir, fileURLToPath(new URL('pdf/', dir)), { recursive: true });
      },
    },
  };
}
