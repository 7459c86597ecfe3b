import AxeBuilder from '@axe-core/playwright';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`axe finds no WCAG 2.2 AA violation on the ${type} page`, async ({ page, site }) => {
        // The whole-set booklet is the largest page of the site: axe needs more than 30 s on a busy 2-core machine.
        test.slow(type === 'booklet');
        await open(page, site, path);
        // Open every disclosure so hidden answers and collapsed panels are checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('keyboard focus is visible on links', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.home);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
});
