import { formatDate } from '../../src/lib/dates.ts';
import { noteHead, SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test.describe('every page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`the ${type} page renders a heading, landmarks and a skip link`, async ({ page, site }) => {
      await open(page, site, path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
      expect(await page.title()).toContain('India–Japan Notes');
    });
  }
});

test('a note shows its syllabus line, topic chips, source, dates, reading time and table of contents', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  const head = page.locator('.note-head');
  await head.getByText('Syllabus, topics and sources').click();
  const facts = noteHead(SAMPLE.note.id);
  await expect(head).toContainText(facts.paper);
  await expect(head).toContainText(facts.line);
  await expect(head.getByRole('link', { name: SAMPLE.topic.title, exact: true })).toHaveAttribute(
    'href',
    `/${PAGE_TYPES.topic}`,
  );
  await expect(head).toContainText(facts.publication);
  if (facts.via) await expect(head).toContainText(`based on ${facts.via}`);
  await expect(head).toContainText(formatDate(facts.published));
  await expect(head).toContainText(/\d+ min read/);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Related notes' })).toBeVisible();
});

test('the hub note renders its timeline and key figures from structured data', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.hub);
  const timeline = page.locator('section.timeline');
  await expect(timeline.locator('.year').first()).toHaveText('1949');
  await expect(timeline.locator('.year').last()).toHaveText('2047');
  await expect(timeline).toContainText('Target');
  const figures = page.locator('section.key-figures');
  await expect(figures).toContainText('10 trillion yen (USD 68 billion)');
  await expect(figures).toContainText('USD 17.69 billion');
  // Rows are read as text; only the note each one points to is a link, named by the note's short title.
  const rowLinks = timeline.locator('li li a:not(.cite a)');
  expect(await rowLinks.count()).toBeGreaterThan(5);
  for (const text of await rowLinks.allTextContents()) expect(text).not.toContain(':');
  const events = await timeline.locator('li li').allTextContents();
  expect(await rowLinks.count()).toBeLessThanOrEqual(events.length);
  await expect(timeline.locator('li li').first().locator('a').first()).not.toHaveText(
    (await timeline.locator('li li').first().textContent())?.trim() ?? '',
  );
});

test('the syllabus page shows readers the lines the notes cover, and no gap report', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.syllabus);
  await expect(page.locator('#gs2-bilateral')).toContainText('Defence and Security');
  await expect(page.getByText(/Gap:/)).toHaveCount(0);
  // Lines with no note are for editors' coverage report (npm run check), not for readers: every line shown has notes.
  const lines = await page.locator('ul.lines > li').all();
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) await expect(line.locator('ul.notes a').first()).toBeVisible();
});

test('an unknown URL answers 404 with the not-found page', async ({ page, site }) => {
  const response = await page.goto(new URL(PAGE_TYPES.notFound, site).href);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('reading a note needs no JavaScript', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL(PAGE_TYPES.note, site).href);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Defence and Security');
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await page.locator('details.answer summary').first().click();
  await expect(page.locator('details.answer').first()).toHaveAttribute('open', '');
  await context.close();
});

test('the feeds and sitemap are published', async ({ request, site }) => {
  const rss = await request.get(new URL('rss.xml', site).href);
  expect(rss.ok()).toBe(true);
  expect(await rss.text()).toContain('<title>Defence and Security');
  const sitemap = await request.get(new URL('sitemap-index.xml', site).href);
  expect(sitemap.ok()).toBe(true);
});
