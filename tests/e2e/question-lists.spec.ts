import type { Page } from '@playwright/test';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

// Paging itself (page 2, numbering from Q51, the pager) needs more questions than our content has: the build test
// tests/unit/scripts/build-paging.test.ts builds a fixture with enough of them. These check the site as it is.

/** The count the lede states, e.g. 43 from "43 questions. Try each one…". */
async function statedCount(page: Page): Promise<number> {
  const [, count] = /^([\d,]+) questions?\b/.exec((await page.locator('.lede').textContent()) ?? '') ?? [];
  return Number(count?.replaceAll(',', ''));
}

test('the questions page lists every question on one page, numbered from Q1, with no pager', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.questions);
  const cards = page.locator('article.question');
  expect(await cards.count()).toBe(await statedCount(page));
  await expect(page.locator('.lede')).not.toContainText('page 1 of');
  await expect(cards.first().locator('.q-head')).toContainText('Q1.');
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
});

test('every question filter page states the number of questions it lists and has no pager', async ({ page, site }) => {
  // A dozen page loads in one test: on a busy machine that outgrows the default 30 s.
  test.slow();
  await open(page, site, PAGE_TYPES.questions);
  const filters = page.getByRole('navigation', { name: 'Filter questions' }).getByRole('link');
  const hrefs = await filters.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) {
    await page.goto(href);
    expect(await page.locator('article.question').count(), href).toBe(await statedCount(page));
    await expect(page.getByRole('navigation', { name: 'Pages' }), href).toHaveCount(0);
  }
});

test('the home page states exactly how many previous-year and practice questions there are', async ({ page, site }) => {
  await open(page, site, 'questions/pyq/');
  const pyqs = await page.locator('article.question').count();
  await open(page, site, PAGE_TYPES.questions);
  const all = await page.locator('article.question').count();
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
