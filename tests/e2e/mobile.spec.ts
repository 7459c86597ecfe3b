import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test.use({ viewport: { width: 320, height: 640 } });

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`the ${type} page has no horizontal scroll at 320 px`, async ({ page, site }) => {
    await open(page, site, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
