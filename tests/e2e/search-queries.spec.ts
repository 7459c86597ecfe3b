import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, isSiteScript, open, PAGE_TYPES, test } from './support/fixtures.ts';

/** Titles of the first three entries of the results list (best bets first), once the search has answered. */
async function topThree(page: Page): Promise<string[]> {
  await expect(page.locator('#search-status')).toContainText(/results?|No results/);
  return (await page.locator('#results-list .result-link').allTextContents()).slice(0, 3).map((t) => t.trim());
}

const TWO_PLUS_TWO = '2+2 Ministerial Dialogue';
const MAHSR = 'Mumbai-Ahmedabad High-Speed Rail (MAHSR)';
const SSGP = 'Special Strategic and Global Partnership';

for (const [query, topic] of [
  ['2+2', TWO_PLUS_TWO],
  ['two plus two', TWO_PLUS_TWO],
  ['jimx', 'JIMEX'],
  ['japn', SSGP],
  ['जापान', SSGP],
  ['बुलेट ट्रेन', MAHSR],
  ['bullet train', MAHSR],
  ['shinkansen', MAHSR],
] as const) {
  test(`searching "${query}" puts the topic "${topic}" in the first three results`, async ({ page, site }) => {
    await open(page, site, `search/?q=${encodeURIComponent(query)}`);
    expect(await topThree(page)).toContain(topic);
  });
}

test('a topic the query names is shown first as a best-bet card', async ({ page, site }) => {
  await open(page, site, `search/?q=${encodeURIComponent('2+2')}`);
  const first = page.locator('#results-list > li').first();
  await expect(first).toHaveClass(/best-bet/);
  await expect(first.locator('.result-link')).toHaveText(TWO_PLUS_TWO);
});

test('a misspelt query shows its correction and a link to search exactly as typed', async ({ page, site }) => {
  await open(page, site, 'search/?q=jimx');
  const rewrite = page.locator('#search-rewrite');
  await expect(rewrite).toContainText('Showing results for JIMEX (searched for jimx)');
  await rewrite.getByRole('link', { name: 'Search for “jimx” instead' }).click();
  await expect(page).toHaveURL(/\?q=jimx&exact=1$/);
  await expect(page.locator('#search-status')).toContainText('for “jimx”');
  await expect(rewrite).toBeEmpty();
});

test('a Hindi query says in Hindi that notes are in English and reaches the English topic', async ({ page, site }) => {
  await open(page, site, `search/?q=${encodeURIComponent('बुलेट ट्रेन')}`);
  const hindi = page.locator('#search-rewrite [lang="hi"]');
  await expect(hindi).toContainText('अंग्रेज़ी');
  await page.locator('#results-list .result-link', { hasText: MAHSR }).first().click();
  await expect(page).toHaveURL(/\/topics\/mahsr\/$/);
});

test('on a 360×800 phone the result count and the first result are on the first screen', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await open(page, site, 'search/?q=exercise');
  const status = page.locator('#search-status');
  await expect(status).toContainText('results');
  const first = page.locator('#results-list > li').first();
  await expect(first).toBeVisible();
  for (const box of [await status.boundingBox(), await first.locator('.result-link').boundingBox()])
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThan(800);
  await context.close();
});

test('on a phone the filters sit behind one "Filters (n)" control that opens and closes', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await open(page, site, 'search/?q=exercise&topic=jimex');
  const toggle = page.locator('#filters > summary');
  await expect(toggle).toHaveText(/Filters\s*\(1\)/);
  await expect(page.locator('details[data-facet="type"]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove filter Prelims topic: JIMEX' })).toBeVisible();
  await toggle.click();
  await expect(page.locator('details[data-facet="type"]')).toBeVisible();
  await toggle.click();
  await expect(page.locator('details[data-facet="type"]')).toBeHidden();
  await context.close();
});

test('on a wide screen the filters are an open side column with no toggle', async ({ page, site }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, site, 'search/?q=exercise');
  await expect(page.locator('#filters > summary')).toBeHidden();
  await expect(page.locator('details[data-facet="type"] > summary')).toBeVisible();
});

test('"Show more" is absent when every result is shown', async ({ page, site }) => {
  // A filter keeps the set small as notes grow (the query alone matched 7 once more notes named the dialogue).
  await open(page, site, 'search/?q=two+plus+two&type=topic');
  await expect(page.locator('#search-status')).toContainText(/^[1-5] results? /);
  const shown = Number((await page.locator('#search-status').textContent())?.match(/^\d+/)?.[0]);
  await expect(page.locator('#results-list > li')).toHaveCount(shown);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await open(page, site, 'search/');
  await expect(page.locator('#search-status')).toContainText('Type a word');
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

test('"Show more" appears when there are more results and adds them', async ({ page, site }) => {
  await open(page, site, 'search/?q=japan');
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(more).toBeVisible();
  const before = await page.locator('#results-list > li').count();
  await more.click();
  await expect.poll(() => page.locator('#results-list > li').count()).toBeGreaterThan(before);
});

test('arriving on the search page from a search elsewhere puts focus in the search field', async ({ page, site }) => {
  await open(page, site, 'search/?q=quad');
  await expect(page.locator('#site-search')).toBeFocused();
});

test('keyboard hints are left out on a touch phone', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await open(page, site, 'search/?q=quad');
  await expect(page.locator('.hint')).toBeHidden();
  await open(page, site, PAGE_TYPES.note);
  await expect(page.locator('.header-search .shortcut')).toBeHidden();
  await context.close();
});

test('Ctrl+K opens the search dialog with focus in its field, and Escape closes it', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(page.locator('#search-dialog-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the header search opens a dialog whose search needs no page change, and Enter opens the best match', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  const url = page.url();
  await page
    .locator('.header-search')
    .getByRole('button', { name: /Search/ })
    .click();
  await page.keyboard.type('bullet train');
  const first = page.locator('.search-dialog .result-link').first();
  await expect(first).toHaveText(MAHSR);
  // Typing searched without leaving the page.
  expect(page.url()).toBe(url);
  await expect(page.locator('.search-dialog [data-full]')).toHaveAttribute('href', /\/search\/\?q=bullet\+train$/);
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('Enter in the dialog with no match opens the full search page for the query', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.keyboard.press('/');
  await page.keyboard.type('abcdefghij');
  // Searched, and nothing found.
  await expect(page.locator('.search-dialog .status')).not.toHaveText(/^(|Searching…)$/);
  await expect(page.locator('.search-dialog .result-link')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=abcdefghij$/);
});

test('the dialog script loads only when the dialog first opens', async ({ page, site }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if ((r.resourceType() === 'script' || /\.m?js$/.test(r.url())) && !isSiteScript(r.url())) scripts.push(r.url());
  });
  await open(page, site, PAGE_TYPES.note);
  expect(scripts).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#search-dialog-input')).toBeFocused();
  await expect.poll(() => scripts.some((s) => /search-dialog/.test(s))).toBe(true);
});

test('without JavaScript the header search is a link to the search page', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page, site, PAGE_TYPES.note);
  const link = page.locator('.header-search').getByRole('link', { name: 'Search' });
  await expect(link).toHaveAttribute('href', /\/search\/$/);
  await expect(page.locator('.header-search [data-search-open]')).toBeHidden();
  await context.close();
});

test('axe finds no violation in the open search dialog with results', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('jimx');
  await expect(page.locator('.search-dialog .search-rewrite')).toContainText('Showing results for');
  const axe = await new AxeBuilder({ page })
    .include('.search-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('axe finds no violation on the search page with a correction, a best bet and the filters closed on a phone', async ({
  browser,
  site,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await open(page, site, 'search/?q=jimx');
  await expect(page.locator('#search-rewrite')).toContainText('Showing results for');
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('on the search page Ctrl+K puts focus in its own search field', async ({ page, site }) => {
  await open(page, site, 'search/?q=quad');
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
});

test('a Hindi query with no glossary match says so in Hindi and offers the topics', async ({ page, site }) => {
  await open(page, site, `search/?q=${encodeURIComponent('नमस्ते')}`);
  await expect(page.locator('#search-rewrite [lang="hi"]')).toContainText('अंग्रेज़ी');
  await expect(page.locator('#search-rewrite').getByRole('link', { name: /Browse all topics/ })).toHaveAttribute(
    'href',
    /\/topics\/$/,
  );
});

test('a word no page has finds nothing, not pages with a short prefix of it (Pagefind backtracks)', async ({
  page,
  site,
}) => {
  for (const q of ['abcdefghij', '9999999']) {
    await open(page, site, `search/?q=${q}`);
    await expect(page.locator('#search-status')).toContainText(/No results/);
    await expect(page.locator('#results-list > li')).toHaveCount(0);
  }
  // A real word still finds its pages.
  await open(page, site, 'search/?q=partnerships');
  await expect(page.locator('#results-list > li').first()).toBeVisible();
});
