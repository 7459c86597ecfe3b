import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  planPrecache,
  PRECACHE_MANIFEST,
  versionInput,
  type OutputFile,
  type PrecachePlan,
} from '../lib/offline/precache.ts';
import type { Locale } from '../lib/i18n/locales.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Lists the built site in `dir` and writes sw-precache.json, the list public/sw.js precaches. Call it after every
 * step that adds files to the output: from this integration's astro:build:done and again after Pagefind has
 * written its index, so that the search index is precached and search works offline.
 */
export function writePrecacheManifest(dir: string): PrecachePlan {
  const files: OutputFile[] = listFiles(dir).map((full) => {
    const body = readFileSync(full);
    return {
      path: relative(dir, full).split(sep).join('/'),
      bytes: body.length,
      hash: createHash('sha256').update(body).digest('hex'),
    };
  });
  const version = createHash('sha256').update(versionInput(files)).digest('hex').slice(0, 16);
  const plan = planPrecache(files, version);
  writeFileSync(join(dir, PRECACHE_MANIFEST), `${JSON.stringify(plan)}\n`);
  return plan;
}

/** Writes the service worker's precache list when Astro has finished writing the site. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const plan = writePrecacheManifest(fileURLToPath(dir));
        logger.info(`precache: shell ${plan.precache.length} files, ${plan.bytes} bytes`);
        for (const [locale, language] of Object.entries(plan.languages)) {
          logger.info(
            `precache (${locale}): ${language.precache.length} files, ${language.bytes} bytes (pages ${language.pageBytes} of a ${plan.budget[locale as Locale]}-byte budget; the menu, notes and what they link to are ${language.requiredBytes}); ${language.deferred} pages cached on first view`,
          );
          if (language.requiredBytes > plan.budget[locale as Locale])
            logger.warn(
              `(${locale}) the menu, the notes and the pages they link to are ${language.requiredBytes} bytes, over the ${plan.budget[locale as Locale]}-byte budget: a first visit saves what fits, and "Save everything for offline" or a first view saves the rest`,
            );
        }
      },
    },
  };
}
