import { getDocumentProxy } from 'unpdf';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test('the revision page gives every note a heading that links to it, with its quick-revision lines', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.revision);
  const sections = page.locator('.revision-note');
  await expect(sections).toHaveCount(12);
  for (const section of await sections.all()) {
    await expect(section.locator('h2 a')).toHaveAttribute('href', /\/notes\/[a-z0-9-]+\/$/);
    expect(await section.locator('li').count()).toBeGreaterThanOrEqual(1);
    await expect(section.locator('.current-to')).toContainText(/Current to [A-Z][a-z]+ \d{4}/);
  }
});

test('the revision page prints on at most two A4 pages', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.revision);
  const lines = await page.locator('.revision-note li').count();
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  expect(lines).toBeGreaterThanOrEqual(60);
  expect(pdf.numPages).toBeLessThanOrEqual(2);
});

test('a topic revision sheet gives each note on the topic a heading that links to it, with its lines', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.revisionTopic);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quick revision: JIMEX');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveAttribute(
    'href',
    /\/revision\/$/,
  );
  const sections = page.locator('.revision-note');
  expect(await sections.count()).toBeGreaterThanOrEqual(1);
  await expect(sections.locator('h2 a', { hasText: 'Defence and Security' })).toHaveAttribute(
    'href',
    /\/notes\/defence-and-security\/$/,
  );
  const lines = await page.locator('.revision-note li').count();
  await expect(page.locator('.lede')).toContainText(`${lines} lines from`);
});

test('a topic page links to its revision sheet', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topic);
  await page.getByRole('link', { name: 'Quick revision of this topic' }).click();
  await expect(page).toHaveURL(/\/revision\/jimex\/$/);
});

test('a topic revision sheet prints on one or two A4 pages', async ({ page, site }) => {
  await open(page, site, 'revision/indo-pacific/');
  expect(await page.locator('.revision-note li').count()).toBeGreaterThanOrEqual(10);
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  expect(pdf.numPages).toBeGreaterThanOrEqual(1);
  expect(pdf.numPages).toBeLessThanOrEqual(2);
});
