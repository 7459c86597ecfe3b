import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGEFIND_GLOB } from '../lib/pagefind-glob.ts';

/** Builds the search index into `pagefind/` with Pagefind's Node API when Astro has written the pages. */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { close, createIndex } = await import('pagefind');
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir), glob: PAGEFIND_GLOB });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indexed ${added.page_count} pages in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
