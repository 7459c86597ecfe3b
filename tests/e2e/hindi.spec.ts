import AxeBuilder from '@axe-core/playwright';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';
import { printedPdf, readerText } from './support/pdf.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Every page type but the 404 page (one page for every language, at the root) has a Hindi twin under hi/. */
const HINDI = Object.entries(PAGE_TYPES).filter(([type]) => type !== 'notFound');
const hindi = (path: string) => `hi/${path}`;

for (const [type, path] of HINDI) {
  test(`the Hindi ${type} page is in Hindi, axe-clean, and links its English twin`, async ({ page, site }) => {
    test.slow(type === 'booklet');
    await open(page, site, hindi(path));
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
    const home = await page.locator('.site-header .brand').textContent();
    expect(home).toBe('भारत–जापान नोट्स');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The offline page links only to what is saved on the device, and the other language may not be.
    if (type === 'offline') {
      await expect(page.locator('a[data-lang-switch]')).toHaveCount(0);
      return;
    }
    const english = page.locator('a[data-lang-switch="en"]:visible');
    await expect(english).toHaveAttribute('lang', 'en-IN');
    await english.click();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).href).toBe(new URL(path, site).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-IN');
  });
}

test('an English page names its Hindi twin in the head and links it in the header', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  // Alternates are absolute, on the published origin (SITE_URL): their paths are what this server can check.
  const path = async (hreflang: string) =>
    new URL((await page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute('href')) ?? '').pathname;
  expect(await path('hi-IN')).toBe(`/${hindi(PAGE_TYPES.note)}`);
  expect(await path('en-IN')).toBe(`/${PAGE_TYPES.note}`);
  expect(await path('x-default')).toBe(`/${PAGE_TYPES.note}`);
  await expect(page.getByRole('link', { name: 'Read this page in हिन्दी' })).toHaveAttribute('lang', 'hi-IN');
});

test('the switch keeps the search the reader typed', async ({ page, site }) => {
  await open(page, site, 'search/?q=quad');
  await page.locator('a[data-lang-switch="hi"]:visible').click();
  await page.waitForURL(/\/hi\/search\/\?q=quad$/);
});

test('a Hindi note links within Hindi, and its section links keep the English anchors', async ({ page, site }) => {
  await open(page, site, hindi(PAGE_TYPES.note));
  const internal = await page
    .locator('.prose a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(internal.length).toBeGreaterThan(0);
  for (const href of internal) expect(href).toMatch(/^\/hi\//);
  await expect(page.locator('h2#why-it-is-in-the-news')).toHaveText('चर्चा में क्यों');
  await expect(page.locator('.marker-label strong').first()).toHaveText('स्रोत से अतिरिक्त');
});

for (const [query, expected] of [
  ['बुलेट ट्रेन', /\/hi\/(topics\/mahsr|notes\/infrastructure-connectivity-mobility)\//],
  ['क्वाड', /\/hi\/topics\/quad\//],
  ['धर्म गार्डियन', /\/hi\/(topics\/dharma-guardian|notes\/defence-and-security)\//],
  ['2+2 वार्ता', /\/hi\/(topics\/two-plus-two-dialogue|notes\/defence-and-security)\//],
  ['jimex', /\/hi\/topics\/jimex\//],
  ['quad', /\/hi\/topics\/quad\//],
] as const) {
  test(`searching the Hindi site for "${query}" finds its Hindi page first`, async ({ page, site }) => {
    await open(page, site, `hi/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('.best-bets a, #results-list a').first();
    await expect(first).toHaveAttribute('href', expected);
  });
}

test('a misspelt Hindi query is corrected on the Hindi site', async ({ page, site }) => {
  await open(page, site, `hi/search/?q=${encodeURIComponent('जापन')}`);
  await expect(page.locator('#results-list li').first()).toBeVisible();
  await expect(page.locator('#results-list a').first()).toHaveAttribute('href', /\/hi\//);
});

test('a Hindi quiz scores with UPSC marking, in Hindi', async ({ page, site }) => {
  await open(page, site, 'hi/practice/?set=pyq');
  const question = page.locator('.quiz-question:visible');
  await expect(question).toHaveCount(1);
  const answer = await question.getAttribute('data-answer');
  await question.locator(`.options button[data-letter="${answer}"]`).click();
  await expect(question.locator('[data-feedback]')).toContainText('+2');
  await expect(page.locator('#quiz-score')).toContainText('2');
  await expect(page.locator('#quiz-score')).not.toContainText('Score');
});

test("a printed Hindi note's text can be extracted and matches the page", async ({ page, site }) => {
  test.slow();
  await open(page, site, hindi(PAGE_TYPES.note));
  const title = ((await page.locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const heading = ((await page.locator('.prose h2').first().textContent()) ?? '').trim();
  const text = readerText(await printedPdf(page));
  expect(text).toContain(title);
  expect(text).toContain(heading);
  expect(text).not.toContain('Skip to content');
  // The running header names the site in Hindi.
  expect(text).toContain('भारत–जापान नोट्स');
});

test('the language a reader chose is offered on the other home page, without redirecting shared links', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.home);
  await expect(page.locator('[data-language-hint="hi"]')).toBeHidden();
  await page.locator('a[data-lang-switch="hi"]:visible').click();
  await page.waitForURL(/\/hi\/$/);
  await open(page, site, PAGE_TYPES.home);
  expect(new URL(page.url()).pathname).toBe('/');
  const hint = page.locator('[data-language-hint="hi"]');
  await expect(hint).toBeVisible();
  await expect(hint.getByRole('link')).toHaveAttribute('href', '/hi/');
});
