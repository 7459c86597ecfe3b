import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test('no page sends a request anywhere but the local server, and none breaks the CSP', async ({ page, site }) => {
  test.slow(); // one page of every type, one after another
  const origin = new URL(site).origin;
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of Object.values(PAGE_TYPES)) {
    await open(page, site, path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  }
  await open(page, site, 'search/?q=quad&type=note');
  await expect(page.locator('#results-list > li').first()).toBeVisible();
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test('every page carries a CSP without unsafe-inline for scripts', async ({ page, site }) => {
  test.slow(); // one page of every type, one after another
  for (const path of Object.values(PAGE_TYPES)) {
    await open(page, site, path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
  }
});

test('external links carry rel="noopener noreferrer"', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const external = page.locator('a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const link of await external.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});
