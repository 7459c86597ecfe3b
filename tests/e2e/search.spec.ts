import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, isSiteScript, open, PAGE_TYPES, test } from './support/fixtures.ts';

async function results(page: Page) {
  await expect(page.locator('#search-status')).toContainText(/results?|No results/);
  return page.locator('#results-list > li');
}

test('searching "JIMEX" puts the JIMEX topic and the defence note in the top 3', async ({ page, site }) => {
  await open(page, site, 'search/?q=JIMEX');
  const titles = (await (await results(page)).locator('.result-link').allTextContents()).slice(0, 3);
  expect(titles).toContain('JIMEX');
  expect(titles.some((t) => t.startsWith('Defence and Security'))).toBe(true);
});

test('an alias finds its topic: "Japan-India Maritime Exercise" finds JIMEX', async ({ page, site }) => {
  await open(page, site, `search/?q=${encodeURIComponent('Japan-India Maritime Exercise')}`);
  const titles = (await (await results(page)).locator('.result-link').allTextContents()).slice(0, 3);
  expect(titles).toContain('JIMEX');
});

test('a topic filter narrows the results and every result carries that topic', async ({ page, site }) => {
  await open(page, site, 'search/?q=exercise');
  const before = await (await results(page)).count();
  await page.locator('details[data-facet="topic"] summary').click();
  await page.locator('details[data-facet="topic"] input[value="jimex"]').check();
  await expect(page).toHaveURL(/topic=jimex/);
  await expect(page.locator('#search-status')).toContainText('with the filters you chose');
  const items = page.locator('#results-list > li');
  const after = await items.count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const chips of await items.locator('.result-chips').all()) await expect(chips).toContainText('JIMEX');
  expect(await items.locator('.result-chips').count()).toBe(after);
});

test('facets show a count beside every value, and ticks within a facet widen (OR)', async ({ page, site }) => {
  await open(page, site, 'search/?type=note');
  await results(page);
  const noteCount = Number(await page.locator('[data-count-for="type:note"]').textContent());
  const topicCount = Number(await page.locator('[data-count-for="type:topic"]').textContent());
  expect(noteCount).toBe(12);
  expect(topicCount).toBeGreaterThan(30);
  await page.locator('details[data-facet="type"] input[value="topic"]').check();
  await expect(page.locator('#search-status')).toContainText(`${noteCount + topicCount} results`);
});

test('facets start closed and fetch their counts when opened', async ({ page, site }) => {
  await open(page, site, 'search/?q=JIMEX');
  await results(page);
  const topic = page.locator('details[data-facet="topic"]');
  await expect(topic).not.toHaveAttribute('open', '');
  await expect(page.locator('[data-count-for="topic:jimex"]')).toHaveText('');
  await topic.locator('summary').click();
  await expect(page.locator('[data-count-for="topic:jimex"]')).toHaveText(/^[1-9]\d*$/);
});

test('browsing by facets works with no query at all', async ({ page, site }) => {
  await open(page, site, 'search/?gs=gs3');
  const items = await results(page);
  expect(await items.count()).toBeGreaterThan(0);
  await expect(page.locator('#site-search')).toHaveValue('');
});

test('a reload keeps the search state from the URL', async ({ page, site }) => {
  await open(page, site, 'search/?q=rail&type=note');
  await results(page);
  const first = await page.locator('#results-list .result-link').allTextContents();
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.locator('#site-search')).toHaveValue('rail');
  await expect(page.locator('details[data-facet="type"] input[value="note"]')).toBeChecked();
  await results(page);
  await expect(page.locator('#results-list .result-link')).toHaveText(first);
});

test('back restores the previous search state', async ({ page, site }) => {
  await open(page, site, 'search/?q=CEPA');
  await results(page);
  const status = page.locator('#search-status');
  const before = await status.textContent();
  await page.locator('details[data-facet="type"] summary').click();
  await page.locator('details[data-facet="type"] input[value="note"]').check();
  await expect(page).toHaveURL(/type=note/);
  await expect(status).toContainText('with the filters you chose');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=CEPA$/);
  await expect(page.locator('details[data-facet="type"] input[value="note"]')).not.toBeChecked();
  await expect(status).toHaveText(before ?? '');
});

test('clear all empties the query and the filters', async ({ page, site }) => {
  await open(page, site, 'search/?q=quad&type=note');
  await results(page);
  await page.getByRole('link', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('#site-search')).toHaveValue('');
  await expect(page.locator('#results-list > li')).toHaveCount(0);
});

test('with no results the page offers to drop filters', async ({ page, site }) => {
  // Nothing tagged Buddhism mentions the JIMEX exercise.
  await open(page, site, 'search/?q=JIMEX&topic=buddhism');
  await expect(page.locator('#search-status')).toContainText('No results');
  const drop = page.getByRole('button', { name: /Drop Prelims topic: Buddhism/ });
  await expect(drop).toBeVisible();
  await drop.click();
  await expect(page).toHaveURL(/\?q=JIMEX$/);
  await expect(page.locator('#search-status')).toContainText(/^\d+ results? for “JIMEX”\.$/);
  expect(await page.locator('#results-list > li').count()).toBeGreaterThan(0);
});

test('results show sub-results that link to the matching heading', async ({ page, site }) => {
  await open(page, site, 'search/?q=JIMEX');
  await results(page);
  const sub = page.locator('.sub-results a').first();
  await expect(sub).toHaveAttribute('href', /#/);
  await expect(page.locator('.excerpt mark').first()).toBeVisible();
});

test('excerpts carry the notes’ words, not the heading-link text or badges run into them', async ({ page, site }) => {
  for (const query of ['JIMEX', 'bullet train', 'Shinkansen']) {
    await open(page, site, `search/?q=${encodeURIComponent(query)}`);
    await results(page);
    const excerpts = (await page.locator('.excerpt').allTextContents()).join(' ');
    expect(excerpts.length, query).toBeGreaterThan(50);
    expect(excerpts, query).not.toContain('Link to the section');
    expect(excerpts, query).not.toMatch(/Target[A-Z]/);
    // Question results are titled by what they test, not by a stem every MCQ shares.
    for (const title of await page.locator('#results-list .result-link').allTextContents())
      expect(title, query).not.toMatch(/: Consider the following/);
  }
});

test('keyboard only: "/" opens the search dialog, typing searches, arrow keys reach a result, Enter opens it', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  await page.keyboard.press('/');
  await expect(page.locator('#search-dialog-input')).toBeFocused();
  await page.keyboard.type('JIMEX');
  const links = page.locator('.search-dialog .result-link');
  await expect(links.first()).toHaveText('JIMEX');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('keyboard only on the search page: "/" focuses the field and ↓ reaches the first result', async ({
  page,
  site,
}) => {
  await open(page, site, 'search/?q=JIMEX');
  await results(page);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#results-list .result-link').first()).toBeFocused();
});

test('a query with HTML is shown as text and runs nothing', async ({ page, site }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)>';
  await open(page, site, `search/?q=${encodeURIComponent(evil)}`);
  await expect(page.locator('#search-status')).toContainText(evil);
  await expect(page.locator('#site-search')).toHaveValue(evil);
  expect(await page.locator('#results-list img, #search-status img').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('axe finds no violation on the search page with results and every facet open', async ({ page, site }) => {
  await open(page, site, 'search/?q=JIMEX&topic=jimex');
  await results(page);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a note page loads no JavaScript file but the site script, and no search code, until the reader interacts', async ({
  page,
  site,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    const code = ['script', 'fetch', 'xhr'].includes(r.resourceType()) || /pagefind|\.m?js$|\.wasm$/.test(r.url());
    if (code && !isSiteScript(r.url())) scripts.push(r.url());
  });
  await open(page, site, PAGE_TYPES.note);
  expect(scripts).toEqual([]);
});

test('topic pages link to a search within the topic', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topic);
  await page.getByRole('link', { name: 'Search within this topic' }).click();
  await expect(page).toHaveURL(/\/search\/\?topic=jimex$/);
  await expect(page.locator('details[data-facet="topic"] input[value="jimex"]')).toBeChecked();
  expect(await (await results(page)).count()).toBeGreaterThan(0);
});
