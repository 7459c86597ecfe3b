import { expect, open, test } from './support/fixtures.ts';

const MAP_NOTE = 'notes/infrastructure-connectivity-mobility/';

test('a note says which events it is current to, apart from its published date', async ({ page, site }) => {
  await open(page, site, MAP_NOTE);
  const line = page.locator('.note-head .current-to');
  await expect(line).toHaveText(/^Current to [A-Z][a-z]+ \d{4}/);
  await expect(page.locator('.note-meta')).toContainText('Published');
  await expect(page.locator('.note-meta')).not.toContainText('Current to');
});

test('a note ends with its quick-revision list under its own heading', async ({ page, site }) => {
  await open(page, site, MAP_NOTE);
  const section = page.getByRole('region', { name: 'Quick revision' });
  await expect(section).toBeVisible();
  const items = section.getByRole('listitem');
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  expect(await items.count()).toBeLessThanOrEqual(10);
});

test('a fact from beyond the news source is a labelled note that reads without colour', async ({ page, site }) => {
  await open(page, site, MAP_NOTE);
  const marker = page.getByRole('note').filter({ hasText: 'Beyond the source' }).first();
  await expect(marker).toBeVisible();
  await expect(marker.locator('.marker-label strong')).toHaveText('Beyond the source');
  await expect(marker).not.toContainText('[!BEYOND]');
  // Every such block names where the fact comes from: publisher, linked title and date.
  const source = marker.locator('.marker-source');
  await expect(source).toContainText(/^Sources?: .+, “.+”, \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(source.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test('a note map is an image with an accessible name and description, and a text list of its places', async ({
  page,
  site,
}) => {
  await open(page, site, MAP_NOTE);
  const map = page.getByRole('img', { name: 'The Mumbai–Ahmedabad High-Speed Rail corridor', exact: true });
  await expect(map).toBeVisible();
  await expect(map).toHaveAccessibleDescription(/12 stations/);
  const stations = page.locator('.note-map ol.places li');
  await expect(stations).toHaveCount(12);
  await expect(stations.first()).toContainText('Mumbai (BKC)');
  await expect(stations.last()).toContainText('Sabarmati');
});

test('a note map fits a 320 px wide screen without sideways scrolling', async ({ page, site }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await open(page, site, 'notes/indo-pacific-regional-cooperation/');
  await expect(page.getByRole('img', { name: 'Sea lanes linking West Asia, India and Japan' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
