import { NOTES } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

// The same site built with BASE_PATH=/notes-site (dist-base/), served under /notes-site/.
test.use({ site: process.env['BASE_SITE_URL_UNDER_TEST'] ?? '' });

test('under a base path, home links to notes that open', async ({ page, site }) => {
  await open(page, site, '');
  const first = page.locator('.reading-order .note-card a').first();
  await expect(first).toHaveAttribute('href', /^\/notes-site\/notes\//);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/notes-site/notes/${NOTES[0]?.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('under a base path, links inside a note body keep the base', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.hub);
  const internal = page.locator('.prose a[href^="/"]');
  expect(await internal.count()).toBeGreaterThan(0);
  for (const href of await internal.evaluateAll((links) => links.map((l) => l.getAttribute('href')))) {
    expect(href).toMatch(/^\/notes-site\//);
  }
});

test('under a base path, search finds notes and links them under the base', async ({ page, site }) => {
  await open(page, site, 'search/?q=JIMEX');
  const link = page.locator('#results-list .result-link').first();
  await expect(link).toHaveAttribute('href', /^\/notes-site\//);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('under a base path, the header search dialog finds results and links them under the base', async ({
  page,
  site,
}) => {
  await open(page, site, 'topics/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('quad');
  await expect(page.locator('.search-dialog .result-link').first()).toHaveAttribute('href', /^\/notes-site\//);
  await page.locator('.search-dialog [data-full]').click();
  await expect(page).toHaveURL(/\/notes-site\/search\/\?q=quad$/);
  await expect(page.locator('#results-list > li').first()).toBeVisible();
});

test('under a base path, the question filters link to their pages under the base', async ({ page, site }) => {
  await open(page, site, 'questions/');
  const filters = page.getByRole('navigation', { name: 'Filter questions' });
  await filters.getByRole('link', { name: 'Practice questions' }).click();
  await expect(page).toHaveURL(/\/notes-site\/questions\/practice\/$/);
  await expect(filters.getByRole('link', { name: 'All' })).toHaveAttribute('href', '/notes-site/questions/');
});

test('under a base path, /progress/ loads its notes and links the last note opened under the base', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  await page.getByRole('button', { name: 'Bookmark' }).click();
  await open(page, site, 'progress/');
  await expect(page.locator('#bookmarks li a')).toHaveAttribute('href', `/notes-site/${PAGE_TYPES.note}`);
});

test('under a base path, a topic revision sheet links its notes under the base', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.revisionTopic);
  const first = page.locator('.revision-note h2 a').first();
  await expect(first).toHaveAttribute('href', /^\/notes-site\/notes\//);
});

test('under a base path, a practice set fetches its question bank under the base', async ({ page, site }) => {
  const banks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/practice/questions/')) banks.push(new URL(request.url()).pathname);
  });
  await open(page, site, 'practice/?set=pyq');
  await expect(page.locator('.quiz-question:visible')).toHaveCount(1);
  expect(banks.length).toBeGreaterThan(0);
  for (const path of banks) expect(path).toMatch(/^\/notes-site\/practice\/questions\/\d+\/$/);
});
