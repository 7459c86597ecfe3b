import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linksBelow } from '../build/files.ts';
import { locateLink, modelMismatch } from '../build/site-model.ts';
import { verifyCacheFile, verifySite } from '../build/verify-site.ts';
import { config } from '../lib/config.ts';
import { readContent } from '../lib/content-check/read.ts';
import { isInside } from '../lib/content-check/safe-paths.ts';
import { routeContent, routeFiles } from '../lib/content-check/routes.ts';
import { sitePages } from '../lib/site-urls.ts';

/**
 * After the build: every internal link and #fragment resolves, html-validate finds no error on any page, and the
 * pages built are exactly the pages the URL model (src/lib/site-urls.ts) predicts, so the editor-time link check
 * can trust it. A broken link in a content page is reported at its line in the Markdown source.
 */
export function verifyOutput(): AstroIntegration {
  let base = '/';
  return {
    name: 'verify-output',
    hooks: {
      'astro:config:done': ({ config: astro }) => {
        base = astro.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (config().skipVerify) return logger.warn('SKIP_VERIFY=1: links and HTML were not checked');
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Results are kept for content in the repository; a content folder elsewhere (a test's temporary one) is
        // validated afresh, so it leaves no cache file behind it.
        const { contentDir } = config();
        const cache = isInside(contentDir, process.cwd()) ? verifyCacheFile(`${contentDir}\n${base}`) : undefined;
        const result = await verifySite(root, base, { cache });
        const content = readContent(config().contentDir, process.cwd());
        const { pages, unmodelled } = sitePages(routeFiles(), routeContent(content));
        const problems = [
          ...result.html,
          ...result.links.map((broken) => locateLink(broken, pages, content, base)),
          ...unmodelled.map(
            (file) => `src/pages/${file}: a route with no entry in the page-type registry (src/lib/page-types.ts)`,
          ),
          ...modelMismatch(pages, result.built, result.files),
          ...linksBelow(root).map(
            ({ path, target }) =>
              `${path}: a link (to ${target}) in the built site; only files inside the repository are published, as files`,
          ),
        ];
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (problems.length) throw new Error(`The built site has ${problems.length} problems:\n${problems.join('\n')}`);
        logger.info(
          `${result.pages} pages (${result.validated} validated, the rest unchanged): every internal link and #fragment resolves, HTML is valid, pages match the URL model (${seconds} s)`,
        );
      },
    },
  };
}
