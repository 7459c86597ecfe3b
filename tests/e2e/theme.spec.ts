import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test('the theme follows the system until the reader picks one', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, site, PAGE_TYPES.home);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 28)');
});

test('the theme toggle persists across pages and reloads', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, site, PAGE_TYPES.home);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await open(page, site, PAGE_TYPES.note);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 28)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
