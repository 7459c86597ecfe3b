import type { Page } from '@playwright/test';
import { QUESTIONS_PER_PAGE } from '../../src/lib/constants.ts';
import { pageCount } from '../../src/lib/paging.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

// These check the site as it is, whatever its number of questions: a list of more than QUESTIONS_PER_PAGE pages,
// numbered on from the page before. (tests/unit/scripts/build-paging.test.ts builds a fixture with many pages.)

/** The count the lede states, e.g. 51 from "51 questions · page 1 of 2. Try each one…". */
async function statedCount(page: Page): Promise<number> {
  const [, count] = /^([\d,]+) questions?\b/.exec((await page.locator('.lede').textContent()) ?? '') ?? [];
  return Number(count?.replaceAll(',', ''));
}

/** A list page shows its share of the stated count, says which page it is when there are several, and has a pager then. */
async function expectFirstPage(page: Page, label: string): Promise<{ total: number; pages: number }> {
  const total = await statedCount(page);
  const pages = pageCount(total, QUESTIONS_PER_PAGE);
  expect(total, label).toBeGreaterThan(0);
  expect(await page.locator('article.question').count(), label).toBe(Math.min(total, QUESTIONS_PER_PAGE));
  await expect(page.locator('article.question').first().locator('.q-head'), label).toContainText('Q1.');
  const pager = page.getByRole('navigation', { name: 'Pages' });
  if (pages === 1) {
    await expect(page.locator('.lede'), label).not.toContainText('page 1 of');
    await expect(pager, label).toHaveCount(0);
  } else {
    await expect(page.locator('.lede'), label).toContainText(`page 1 of ${pages}`);
    await expect(pager, label).toHaveCount(1);
  }
  return { total, pages };
}

test('the questions page lists its questions numbered from Q1, a page of them at a time', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.questions);
  const { total, pages: last } = await expectFirstPage(page, 'questions/');
  if (last === 1) return;
  // The last page numbers on from the pages before it and holds the rest.
  await open(page, site, `questions/page/${last}/`);
  const first = (last - 1) * QUESTIONS_PER_PAGE + 1;
  await expect(page.locator('article.question').first().locator('.q-head')).toContainText(`Q${first}.`);
  expect(await page.locator('article.question').count()).toBe(total - first + 1);
});

test('every question filter page states the number of questions it lists, and pages only when it must', async ({
  page,
  site,
}) => {
  // A dozen page loads in one test: on a busy machine that outgrows the default 30 s.
  test.slow();
  await open(page, site, PAGE_TYPES.questions);
  const filters = page.getByRole('navigation', { name: 'Filter questions' });
  const hrefs = await filters
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) {
    await page.goto(href);
    await expectFirstPage(page, href);
  }
});

test('the home page states exactly how many previous-year and practice questions there are', async ({ page, site }) => {
  await open(page, site, 'questions/pyq/');
  const pyqs = await statedCount(page);
  await open(page, site, PAGE_TYPES.questions);
  const all = await statedCount(page);
  expect(pyqs).toBeGreaterThan(0);
  await open(page, site, PAGE_TYPES.home);
  await expect(page.locator('.hero .lede')).toContainText(
    `${pyqs} previous-year question${pyqs === 1 ? '' : 's'} and ${all - pyqs} practice questions`,
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the question filters fold into a Filters toggle that opens from the keyboard', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.questions);
    const filters = page.getByRole('navigation', { name: 'Filter questions' });
    const chip = filters.getByRole('link', { name: 'Previous-year questions' });
    await expect(chip).toBeHidden();
    await expect(page.locator('article.question').first()).toBeInViewport();
    await filters.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(chip).toBeVisible();
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/questions\/pyq\/$/);
  });

  test("a filter page's Filters toggle says one filter is on", async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.questionFacet);
    await expect(page.locator('.question-filters summary')).toHaveText('Filters (1)');
  });
});

test('on a wide screen the question filters show inline, with no toggle', async ({ page, site }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, site, PAGE_TYPES.questionFacet);
  const filters = page.getByRole('navigation', { name: 'Filter questions' });
  await expect(filters.locator('summary')).toBeHidden();
  await expect(filters.getByRole('link', { name: 'Previous-year questions' })).toHaveAttribute('aria-current', 'page');
  await expect(filters.getByRole('link', { name: 'Match the pairs' })).toBeVisible();
});
