import { test as base, expect, type Page } from '@playwright/test';

/** One representative URL per page type, relative to the site root. */
export const PAGE_TYPES = {
  home: '',
  note: 'notes/defence-and-security/',
  hub: 'notes/india-japan-relations-overview/',
  topics: 'topics/',
  topic: 'topics/jimex/',
  mainsIndex: 'mains/',
  mains: 'mains/strategic-partnerships-regional-security/',
  glossary: 'glossary/',
  syllabus: 'syllabus/',
  questions: 'questions/',
  questionFacet: 'questions/pyq/',
  question: 'questions/q/pyq-2020-prelims-g20/',
  search: 'search/?q=jimex',
  booklet: 'print/',
  topicBooklet: 'topics/jimex/print/',
  revision: 'revision/',
  revisionTopic: 'revision/jimex/',
  notFound: 'no-such-page/',
} as const;

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

/** Opens a page of the site under test and waits until it and its requests have settled. */
export async function open(page: Page, site: string, path: string): Promise<void> {
  await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
}
