import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from '@playwright/test';
import { REVISION_SHEET_LINES } from '../../src/lib/revision.ts';
import { SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

/** How many notes the site has and how many quick-revision lines they hold, from the data /progress/ fetches. */
async function revisionLines(page: Page, site: string): Promise<{ notes: number; lines: number }> {
  const data = (await (await page.request.get(new URL('progress/data.json', site).href)).json()) as {
    notes: { cards: number }[];
  };
  return { notes: data.notes.length, lines: data.notes.reduce((sum, n) => sum + n.cards, 0) };
}

test('the revision page is the whole set while it fits two A4 pages, else a contents page of topic sheets', async ({
  page,
  site,
}) => {
  const { notes, lines } = await revisionLines(page, site);
  await open(page, site, PAGE_TYPES.revision);
  const sections = page.locator('.revision-note');
  if (lines <= REVISION_SHEET_LINES) {
    await expect(sections).toHaveCount(notes);
    for (const section of await sections.all()) {
      await expect(section.locator('h2 a')).toHaveAttribute('href', /\/notes\/[a-z0-9-]+\/$/);
      expect(await section.locator('li').count()).toBeGreaterThanOrEqual(1);
      await expect(section.locator('.current-to')).toContainText(/Current to [A-Z][a-z]+ \d{4}/);
    }
  } else {
    await expect(sections).toHaveCount(0);
    const sheets = page.locator('main a[href*="/revision/"]');
    expect(await sheets.count()).toBeGreaterThan(1);
    for (const link of (await sheets.all()).slice(0, 5))
      await expect(link).toHaveAttribute('href', /\/revision\/[a-z0-9-]+\/$/);
  }
});

test('the revision page prints on at most two A4 pages', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.revision);
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  expect(pdf.numPages).toBeLessThanOrEqual(2);
});

test('a topic revision sheet gives each note on the topic a heading that links to it, with its lines', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.revisionTopic);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quick revision: ${SAMPLE.topic.title}`);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveAttribute(
    'href',
    /\/revision\/$/,
  );
  const sections = page.locator('.revision-note');
  expect(await sections.count()).toBeGreaterThanOrEqual(1);
  await expect(sections.locator('h2 a', { hasText: SAMPLE.note.data.title })).toHaveAttribute(
    'href',
    new RegExp(`/${PAGE_TYPES.note}$`),
  );
  const lines = await page.locator('.revision-note li').count();
  await expect(page.locator('.lede')).toContainText(`${lines} lines from`);
});

test('a topic page links to its revision sheet', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topic);
  await page.getByRole('link', { name: 'Quick revision of this topic' }).click();
  await expect(page).toHaveURL(new RegExp(`/${PAGE_TYPES.revisionTopic}$`));
});

test('a topic revision sheet prints on one or two A4 pages', async ({ page, site }) => {
  await open(page, site, 'revision/indo-pacific/');
  expect(await page.locator('.revision-note li').count()).toBeGreaterThanOrEqual(10);
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  expect(pdf.numPages).toBeGreaterThanOrEqual(1);
  expect(pdf.numPages).toBeLessThanOrEqual(2);
  // What the screen says about clicking is not printed; the rest of the lede is.
  await expect(page.locator('.lede')).toContainText('Each heading opens the full note.');
  const { text } = await extractText(pdf, { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toMatch(/in\s?reading\s?order/);
  expect(flat).not.toMatch(/Each\s?heading\s?opens/);
});
