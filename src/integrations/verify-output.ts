import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { verifyCacheFile, verifySite } from '../build/verify-site.ts';
import { config } from '../lib/config.ts';
import type { BrokenLink } from '../lib/build/links.ts';
import { readContent, type ContentSet } from '../lib/content-check/read.ts';
import { routeContent, routeFiles } from '../lib/content-check/routes.ts';
import { sitePages, type SitePage } from '../lib/site-urls.ts';

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
        const result = await verifySite(root, base, { cache: verifyCacheFile(`${config().contentDir}\n${base}`) });
        const content = readContent(config().contentDir, process.cwd());
        const { pages, unmodelled } = sitePages(routeFiles(), routeContent(content));
        const problems = [
          ...result.html,
          ...result.links.map((broken) => locate(broken, pages, content)),
          ...unmodelled.map(
            (file) => `src/pages/${file}: a dynamic route with no entry in DYNAMIC_ROUTES (src/lib/site-urls.ts)`,
          ),
          ...modelMismatch(pages, result.built, result.files),
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

/** A broken link, at its line in the content file its page is made from when it can be found there. */
function locate(broken: BrokenLink, pages: readonly SitePage[], content: ContentSet): string {
  const source = pages.find((page) => page.path === broken.page)?.source;
  const [collection = '', id = ''] = source?.split('/') ?? [];
  const entry = content.entries[collection as keyof ContentSet['entries']]?.get(id);
  if (entry) {
    const prefix = config().base.replace(/\/+$/, '');
    const link = prefix && broken.link.startsWith(`${prefix}/`) ? broken.link.slice(prefix.length) : broken.link;
    const written = link.split('#')[0] ?? '';
    const lines = readFileSync(entry.file, 'utf8').split('\n');
    const at = written ? lines.findIndex((line) => line.includes(`(${written}`)) : -1;
    if (at !== -1) return `${entry.file}:${at + 1}: ${broken.message} (on ${broken.page})`;
  }
  return `${broken.page}: ${broken.message}`;
}

/** Pages built that the URL model does not know, and pages it predicts that were not built. */
function modelMismatch(pages: readonly SitePage[], built: readonly string[], files: ReadonlySet<string>): string[] {
  const expected = new Set(pages.map((page) => page.path));
  return [
    ...built
      .filter((path) => !expected.has(path))
      .map((path) => `${path}: built, but not in the URL model (src/lib/site-urls.ts)`),
    ...[...expected]
      .filter((path) => !files.has(path))
      .map((path) => `${path}: in the URL model (src/lib/site-urls.ts), but not built`),
  ];
}
