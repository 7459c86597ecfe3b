// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pdfs } from './src/integrations/pdfs.ts';
import { verifyOutput } from './src/integrations/verify-output.ts';
import { config, LOCAL_SITE } from './src/lib/config.ts';
import { markdownOptions } from './src/markdown/options.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/csp.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { DEFAULT_LOCALE, LANG_TAG, LOCALES } from './src/lib/i18n/locales.ts';

// Every environment variable is read and checked in src/lib/config.ts.
const { site, siteUrl, base, outDir, cacheDir, benchTimings } = config();
if (!siteUrl && process.argv.includes('build'))
  console.warn(
    `\n\u001b[33m⚠ SITE_URL is not set: canonical URLs, the sitemap and RSS point at ${LOCAL_SITE}. ` +
      'This build is for this machine only; set SITE_URL=https://your.domain to deploy it.\u001b[0m\n',
  );

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // English at the root, every other language under /<code>/ (src/lib/i18n/locales.ts); Astro.currentLocale tells
  // each page its language.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  outDir,
  // Every page's CSS in cached files, never inline: a reader's second note downloads only its HTML (the inline
  // <style> was 5 kB raw on every note page).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages whose getStaticPaths() key (src/lib/page-keys.ts) is unchanged are copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // The benchmark keeps its content-layer cache apart from the project's.
  ...(cacheDir ? { cacheDir } : {}),
  // After the pages: sitemap, PDFs, then the search index, and last the check of everything written.
  integrations: [
    contentCheck(),
    // Each page lists its twin in the other language (xhtml:link alternates), as its <head> does.
    sitemap({ i18n: { defaultLocale: DEFAULT_LOCALE, locales: { ...LANG_TAG } } }),
    pdfs(),
    pagefind(),
    // After Pagefind, so the precache list includes the search index (search works offline).
    serviceWorker(),
    verifyOutput(),
    ...(benchTimings ? [buildTimings(benchTimings)] : []),
  ],
  security: {
    // Astro hashes every script and style it renders into a CSP <meta>; no 'unsafe-inline' anywhere.
    csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: CSP_SCRIPT_RESOURCES } },
  },
  markdown: {
    // Notes carry no code to colour, and Shiki's inline styles would break the CSP: no highlighter at all.
    syntaxHighlight: false,
    processor: unified(markdownOptions(base)),
  },
});
