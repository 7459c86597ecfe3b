import { test as base, expect, type Page } from '@playwright/test';
import { samplePaths } from '../../../src/lib/site-urls.ts';

/**
 * Representative pages of every page type, relative to the site root: the samples of the page-type registry
 * (src/lib/page-types.ts), so a new page type's sample is tested with no change here.
 */
export const PAGE_TYPES = samplePaths();

interface Fixtures {
  /** Root URL of the site under test, ending in `/`. */
  site: string;
  /** Console errors, page errors and CSP violations seen during the test; checked after it. */
  problems: string[];
}

export const test = base.extend<Fixtures>({
  // An option fixture: base-path.spec.ts overrides it with the base-path server's URL.
  site: [process.env['SITE_URL_UNDER_TEST'] ?? 'http://127.0.0.1:4321/', { option: true }],
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // The 404 page is meant to answer 404; Chromium logs that status as a console error.
        if (message.type() === 'error' && !/status of 404/.test(message.text()))
          problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'no console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The one script file every page loads (deferred, cached after the first page): the site script of
 * src/components/site-script.ts. Any other script on a page's first load is an enhancement loaded too early.
 */
export const isSiteScript = (url: string) => /\/_astro\/site-script-[\w-]+\.js$/.test(url);

/** Opens a page of the site under test and waits until it and its requests have settled. */
export async function open(page: Page, site: string, path: string): Promise<void> {
  await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
}
