import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageBound, pageFill, printToPdf } from './support/pdf.ts';
import { bodyOf, NOTES, SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1366, height: 768 };
// The note with the widest Markdown table (most columns, then the longest row), found in the content rather than
// named, so an editor turning a table into a list does not break the test; the test then picks the widest table on
// the page itself.
const WIDE_TABLE_NOTE = `notes/${widestTableNote()}/`;

function widestTableNote(): string {
  const width = (body: string) =>
    body
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => [line.split('|').length, line.length] as const)
      .reduce(([c, l], [c2, l2]) => (c2 > c || (c2 === c && l2 > l) ? [c2, l2] : [c, l]), [0, 0] as const);
  const [widest] = NOTES.map((n) => ({ id: n.id, width: width(bodyOf(n.id)) })).sort(
    (a, b) => b.width[0] - a.width[0] || b.width[1] - a.width[1],
  );
  if (!widest || widest.width[0] === 0) throw new Error('no note in content/notes has a table');
  return widest.id;
}

/** Top of the note body's first heading, in page pixels. */
const firstHeadingTop = (page: Page) =>
  page
    .locator('.prose h2')
    .first()
    .evaluate((h) => h.getBoundingClientRect().top + window.scrollY);

test.describe('on a 360×800 phone', () => {
  test.use({ viewport: PHONE });

  test('the note body starts within the first screen', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    expect(await firstHeadingTop(page)).toBeLessThan(PHONE.height - 80);
  });

  test('the header is one row', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
    expect(height).toBeLessThan(64);
  });

  test('the menu button opens the main navigation and the search button the search dialog', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByRole('banner').getByLabel('Menu').click();
    await expect(nav.getByRole('link', { name: 'Mains' })).toBeVisible();
    await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('#search-dialog-input')).toBeFocused();
  });

  test('the contents list starts closed and opens on a tap', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.getByText('On this page').click();
    await expect(toc.getByRole('link').first()).toBeVisible();
  });

  test('the full metadata is one tap away', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    const head = page.locator('.note-head');
    await expect(head.locator('.summary-line')).toContainText(/News analysis · \d+ min read/);
    await expect(head.getByRole('link', { name: SAMPLE.topic.title, exact: true })).toBeHidden();
    await head.getByText('Syllabus, topics and sources').click();
    await expect(head.getByRole('link', { name: SAMPLE.topic.title, exact: true })).toBeVisible();
  });

  test('axe finds no violation on the note with the widest table', async ({ page, site }) => {
    test.slow(); // axe over a long note takes most of the default 30 s on a loaded 2-core machine
    await open(page, site, WIDE_TABLE_NOTE);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('a wide table scrolls in a focusable, named region and keeps its key column in view', async ({ page, site }) => {
    await open(page, site, WIDE_TABLE_NOTE);
    const regions = page.getByRole('region', { name: /^Table: / });
    const overflows = await regions.evaluateAll((rs) => rs.map((r) => r.scrollWidth - r.clientWidth));
    const widest = overflows.indexOf(Math.max(...overflows));
    const region = regions.nth(widest);
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(overflows[widest]).toBeGreaterThan(0);
    await region.focus();
    await expect(region).toBeFocused();
    await region.evaluate((r) => (r.scrollLeft = r.scrollWidth));
    const key = region.locator('tbody tr:first-child td:first-child');
    const last = region.locator('thead th:last-child');
    const box = await region.boundingBox();
    expect((await key.boundingBox())?.x).toBeCloseTo(box?.x ?? -1, 0);
    await expect(last).toBeVisible();
    // Scrolled to the end, the last column is wholly inside the region, beside the key column.
    const lastBox = await last.boundingBox();
    expect(lastBox?.x ?? 0).toBeGreaterThan(box?.x ?? 0);
    expect((lastBox?.x ?? 0) + (lastBox?.width ?? 0)).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 1);
  });

  test('a back-to-top link returns to the top of a long note', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    await page.evaluate(() => window.scrollTo({ top: 3000, behavior: 'instant' }));
    const link = page.getByRole('link', { name: 'Back to top' });
    await expect(link).toBeVisible();
    // Floating over the text on a phone, it is a 44 px round arrow, not a pill across two lines of text.
    const box = await link.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(48);
    expect(box?.height ?? 0).toBeLessThanOrEqual(48);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    await link.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(5);
  });
});

test.describe('on a 1366×768 desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the note body starts within the first screen', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    expect(await firstHeadingTop(page)).toBeLessThan(DESKTOP.height - 80);
  });

  test('the contents list sits in the side column and stays in view while the note scrolls', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link').first()).toBeVisible();
    const prose = await page.locator('.note > .prose').boundingBox();
    expect((await toc.boundingBox())?.x).toBeGreaterThan((prose?.x ?? 0) + (prose?.width ?? 0));
    await page.evaluate(() => window.scrollTo({ top: 4000, behavior: 'instant' }));
    await expect(toc).toBeInViewport();
    expect(await toc.evaluate((t) => getComputedStyle(t).position)).toBe('sticky');
  });
});

test('the contents list marks the section in view, with no JavaScript', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(new URL(PAGE_TYPES.note, site).href);
  const id = await page.locator('.prose h2').nth(4).getAttribute('id');
  await page.goto(new URL(`${PAGE_TYPES.note}#${id}`, site).href);
  const current = page.locator('.toc a:target-current');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', `#${id}`);
  expect(await current.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
  await context.close();
});

test('the contents list nests each h3 under its h2 and numbers them as the document does', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const h2 = await page.locator('.prose h2, .note-questions > h2').count();
  const h3 = await page.locator('.prose h3').count();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  expect(h3).toBeGreaterThan(0);
  await expect(toc.locator('details > ol > li')).toHaveCount(h2);
  await expect(toc.locator('details > ol > li > ol > li')).toHaveCount(h3);
  const first = page.locator('.prose h3').first();
  const parent = await first.evaluate((h) => {
    let el: Element | null = h.closest('.heading-wrap') ?? h;
    while (el && !el.matches('.heading-wrap-h2')) el = el.previousElementSibling;
    return el?.querySelector('h2')?.id;
  });
  const nested = toc.locator(`li:has(> a[href="#${parent}"]) > ol a[href="#${await first.getAttribute('id')}"]`);
  await expect(nested).toHaveCount(1);
});

test('every section heading has a link to itself', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const headings = page.locator('.prose .heading-wrap');
  expect(await headings.count()).toBeGreaterThan(3);
  for (const wrap of await headings.all()) {
    const id = await wrap.locator('h2, h3').getAttribute('id');
    await expect(wrap.locator('a.heading-anchor')).toHaveAttribute('href', `#${id}`);
  }
});

test('a heading link copies the address of its section', async ({ page, site, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, site, PAGE_TYPES.note);
  const wrap = page.locator('.prose .heading-wrap').nth(1);
  const id = await wrap.locator('h2, h3').getAttribute('id');
  await wrap.hover();
  await wrap.locator('a.heading-anchor').click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(PAGE_TYPES.note, site).href}#${id}`,
  );
});

test('the note with the widest table has no horizontal page scroll at 320 px', async ({ page, site }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, site, WIDE_TABLE_NOTE);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('related notes come at the end of the note, after the questions', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const after = await page
    .locator('section.note-questions')
    .evaluate(
      (q) => !!(q.compareDocumentPosition(document.querySelector('.related')!) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
  expect(after).toBe(true);
});

test('the share button copies the link where the Web Share API is missing', async ({ page, site, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await open(page, site, PAGE_TYPES.note);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  // Seen, not only announced: the button says so for a moment, then offers to copy again.
  await expect(page.locator('[data-share]')).toHaveText('Link copied');
  await expect(page.locator('[data-share]')).toHaveText('Copy link', { timeout: 5000 });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(PAGE_TYPES.note, site).href);
});

test('the share button hands the page to the Web Share API where the browser has it', async ({ page, site }) => {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.defineProperty(window, 'shared', { value: shared });
    Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
  });
  await open(page, site, PAGE_TYPES.note);
  await page.getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
  expect(shared.map((s) => s.url)).toEqual([new URL(PAGE_TYPES.note, site).href]);
});

test('a printed note carries at least 300 words a page and no page but the last is under 40 % full', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  const { pdf, totalPages, text } = await printToPdf(page);
  expect(totalPages).toBeLessThanOrEqual(pageBound(text));
  const fills = await pageFill(pdf);
  const thin = fills
    .slice(0, -1)
    .flatMap((fill, i) => (fill < 0.4 ? [`page ${i + 1}: ${Math.round(fill * 100)} %`] : []));
  expect(thin).toEqual([]);
});

test('a topic page prints the answers to its questions', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topic);
  const explanation = (await page.locator('details.answer .explanation').first().textContent())?.trim() ?? '';
  const { text } = await printToPdf(page);
  expect(text).toMatch(/Answer: \([a-d]\)/);
  expect(text).toContain(explanation.replace(/\s+/g, ' ').slice(0, 50));
  expect(text).not.toContain('Show answer');
});

test.describe('slips', () => {
  test('the source line has a space after "Source:"', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.note);
    await expect(page.locator('.sources p')).toContainText('Source: Drishti IAS');
  });

  test('counts on the topics page agree with their number', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.topics);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b1 (notes|questions)\b/);
    expect(text).toMatch(/\b1 (note|question)\b/);
  });

  test('a note gives the same position in the reading order as the home page', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.home);
    const titles = await page.locator('.reading-order .note-card h3').allTextContents();
    await open(page, site, PAGE_TYPES.note);
    const title = (await page.locator('h1').textContent())?.trim() ?? '';
    const position = titles.findIndex((t) => t.trim() === title) + 1;
    await expect(page.locator('.note-head .eyebrow')).toContainText(`Note ${position} of ${titles.length}`);
  });

  test('the 404 page footer reaches the bottom of the screen', async ({ page, site }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(new URL(PAGE_TYPES.notFound, site).href);
    const bottom = await page.locator('.site-footer').evaluate((f) => f.getBoundingClientRect().bottom);
    expect(bottom).toBeGreaterThanOrEqual(DESKTOP.height - 1);
  });

  test('the main navigation lists Mains', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.home);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mains' })).toHaveAttribute(
      'href',
      '/mains/',
    );
  });

  test('a single question page has a real title and a breadcrumb that names it', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.question);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prelims PYQ 2020');
    await expect(page.locator('main')).not.toContainText('Q1.');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.locator('li').last()).toHaveText('Prelims PYQ 2020');
    await expect(crumbs.locator('li').last()).toHaveAttribute('aria-current', 'page');
  });

  test('the answer control says Show answer, then Hide answer, with a sign that turns', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.question);
    const summary = page.locator('details.answer summary');
    await expect(summary.getByText('Show answer')).toBeVisible();
    await expect(summary.getByText('Hide answer')).toBeHidden();
    const closed = await summary.evaluate((s) => getComputedStyle(s, '::before').transform);
    await summary.click();
    await expect(summary.getByText('Hide answer')).toBeVisible();
    await expect(summary.getByText('Show answer')).toBeHidden();
    // The sign turns with a short transition: wait for it to leave the closed position.
    await expect.poll(() => summary.evaluate((s) => getComputedStyle(s, '::before').transform)).not.toBe(closed);
  });

  test('the options of a question start at the same x', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.question);
    const starts = await page.locator('.options li').evaluateAll((items) =>
      items.map((li) => {
        const range = document.createRange();
        range.selectNodeContents(li);
        return Math.round([...range.getClientRects()].at(-1)?.left ?? -1);
      }),
    );
    expect(starts).toHaveLength(4);
    expect(new Set(starts).size).toBe(1);
  });
});
