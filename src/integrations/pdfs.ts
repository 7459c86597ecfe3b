import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { config } from '../lib/config.ts';
import { filesLeaving } from '../lib/content-check/safe-paths.ts';

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
        // Only the repository is published: a PDF folder, or a file in it, that resolves outside fails the build.
        const outside = filesLeaving(pdfSourceDir, process.cwd());
        if (outside.length)
          throw new Error(
            `PDF_SOURCE_DIR: ${outside.map(({ file, target }) => `${file} resolves to ${target}`).join('; ')}, outside the repository; only files inside it are published`,
          );
        // Links are copied as the files they name (checked above to be inside), never as links into the builder.
        cpSync(pdfSourceDir, fileURLToPath(new URL('pdf/', dir)), { recursive: true, dereference: true });
      },
    },
  };
}
