import type { Page } from '@playwright/test';
import { LATIN_ONLY_NOTE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

// The site ships its fonts (src/styles/fonts.css), so layout and print tests measure the same glyphs on every
// machine. These tests fail when some text would be drawn in a font the machine happens to have.

/** Fonts the browser drew text in that are not the site's web fonts, with an example element for each. */
async function machineFonts(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  interface DomNode {
    nodeId: number;
    nodeType: number;
    nodeValue: string;
    children?: DomNode[];
    pseudoElements?: DomNode[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
  const withText: number[] = [];
  const visit = (node: DomNode) => {
    if (node.children?.some((child) => child.nodeType === 3 && child.nodeValue.trim())) withText.push(node.nodeId);
    for (const pseudo of node.pseudoElements ?? []) withText.push(pseudo.nodeId);
    node.children?.forEach(visit);
  };
  visit(root);
  const found = new Map<string, string>();
  for (const nodeId of withText) {
    // A node the page replaced meanwhile (search results render as they arrive) has no fonts to report.
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }).catch(() => ({ fonts: [] }));
    for (const font of fonts.filter((f) => !f.isCustomFont && !found.has(f.familyName))) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId }).catch(() => ({ outerHTML: '' }));
      found.set(font.familyName, outerHTML.slice(0, 120));
    }
  }
  await cdp.detach();
  return [...found].map(([family, example]) => `${family}: ${example}`);
}

/** The font files a page downloads while it loads. */
function fontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') urls.push(request.url());
  });
  return urls;
}

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`the ${type} page draws all its text in the site's own fonts`, async ({ page, site }) => {
    if (type === 'booklet') test.slow(); // the whole set: every node is asked for its fonts
    await open(page, site, path);
    expect(await machineFonts(page)).toEqual([]);
  });
}

test('a printed note draws all its text in the site’s own fonts', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.emulateMedia({ media: 'print' });
  expect(await machineFonts(page)).toEqual([]);
});

test('an English note with no Devanagari downloads only latin fonts from /_astro/, every preloaded one of them used', async ({
  page,
  site,
}) => {
  const requested = fontRequests(page);
  await open(page, site, `notes/${LATIN_ONLY_NOTE.id}/`);
  await page.evaluate(() => document.fonts.ready);
  expect(requested.length).toBeGreaterThan(0);
  for (const url of requested) {
    expect(new URL(url).pathname).toMatch(/\/_astro\/[^/]+\.woff2$/);
    expect(url).not.toMatch(/devanagari|latin-ext/);
  }
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(preloaded.length).toBeGreaterThan(0);
  expect(requested).toEqual(expect.arrayContaining(preloaded));
});

test('the glossary sets its Hindi terms in the shipped Devanagari', async ({ page, site }) => {
  const requested = fontRequests(page);
  await open(page, site, PAGE_TYPES.glossary);
  await page.evaluate(() => document.fonts.ready);
  expect(requested.some((url) => /devanagari/.test(url))).toBe(true);
});

test.describe('under a base path', () => {
  test.use({ site: process.env['BASE_SITE_URL_UNDER_TEST'] ?? '' });

  test('a note loads its fonts from below the base and draws all its text in them', async ({ page, site }) => {
    const requested = fontRequests(page);
    await open(page, site, PAGE_TYPES.note);
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(new URL(url).pathname).toMatch(/^\/notes-site\/_astro\//);
    expect(await machineFonts(page)).toEqual([]);
  });
});
