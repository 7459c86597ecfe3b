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
