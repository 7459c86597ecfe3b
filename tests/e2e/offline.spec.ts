import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

// One browser context with the service worker allowed (playwright.config.ts blocks it for every other spec) makes
// the single first visit; each test then opens its own page in it. The update test runs last: it replaces the cache.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const site = process.env['SITE_URL_UNDER_TEST'] ?? '';
let context: BrowserContext;
const errors: string[] = [];

/** The absolute URLs a first visit in `language` precaches: the shared shell and that language's list. */
function savedUrls(language = 'en'): Set<string> {
  const plan = JSON.parse(readFileSync(resolve('dist', 'sw-precache.json'), 'utf8')) as {
    precache: string[];
    languages: Record<string, { precache: string[] }>;
  };
  return new Set([...plan.precache, ...(plan.languages[language]?.precache ?? [])].map((u) => new URL(u, site).href));
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on(
    'console',
    (m) => m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED/.test(m.text()) && errors.push(m.text()),
  );
  return page;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000); // the first visit downloads the whole precache list
  context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await newPage();
  await open(page, site, '');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 80_000 });
  await page.close();
});

test.afterEach(async () => {
  await context.setOffline(false);
  expect(errors, 'no page errors or console errors').toEqual([]);
});

test.afterAll(async () => {
  await context.close();
});

test('after one visit to the home page, an unvisited note opens offline from the cache', async () => {
  const page = await newPage();
  await context.setOffline(true);
  const response = await page.goto(new URL(PAGE_TYPES.note, site).href);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Defence and Security');
});

test('after one visit, search finds results offline', async () => {
  const page = await newPage();
  await context.setOffline(true);
  await page.goto(new URL('search/?q=JIMEX', site).href);
  await expect(page.locator('#results-list .result-link').first()).toHaveText('JIMEX');
});

test('after one visit, /progress/ opens offline with its sections filled', async () => {
  const page = await newPage();
  await context.setOffline(true);
  await page.goto(new URL('progress/', site).href);
  await expect(page.locator('#coverage-topics li').first()).toContainText(/: 0 of \d+$/);
  await expect(page.locator('#progress-pending')).toHaveCount(0);
});

test('after one visit to the home page, every menu entry opens offline, and so does every page a note links to', async () => {
  const page = await newPage();
  await open(page, site, PAGE_TYPES.note);
  const saved = savedUrls();
  // Every link from the note to a page of the site that is ever precached (booklets and PDFs are saved when opened).
  const linked = await page
    .locator('main a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split('#')[0] as string));
  const internal = [...new Set(linked)].filter((href) => href.startsWith(site) && !/\/print\/|\.pdf$/.test(href));
  expect(internal.length).toBeGreaterThan(10);
  expect(internal.filter((href) => !saved.has(href.split('?')[0] as string))).toEqual([]);

  const menu = await page
    .locator('header nav[aria-label="Main"] a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(menu).toHaveLength(8);
  // Nothing of the online visit still in flight when the connection drops (a late request would fail and log).
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  for (const href of menu) {
    const response = await page.goto(href);
    expect(response?.fromServiceWorker(), href).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), href).not.toHaveText('You are offline');
  }
});

test('an English visit saves no Hindi page; the first Hindi page opened saves the Hindi pages and index', async () => {
  const english = savedUrls('en');
  expect([...english].filter((href) => href.startsWith(new URL('hi/', site).href))).toEqual([]);
  const page = await newPage();
  await open(page, site, 'hi/');
  const note = new URL(`hi/${PAGE_TYPES.note}`, site).href;
  expect(savedUrls('hi').has(note)).toBe(true);
  // The worker saves the language in the background after the first Hindi navigation.
  await expect
    .poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, note), { timeout: 60_000 })
    .toBe(true);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  const response = await page.goto(note);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('रक्षा और सुरक्षा');
});

test('the offline page links only to pages that are saved', async () => {
  const page = await newPage();
  await context.setOffline(true);
  await page.goto(new URL(PAGE_TYPES.booklet, site).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  const saved = savedUrls();
  const links = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split('#')[0] as string));
  // The skip link points into the page itself (the URL it replaced).
  const away = links.filter((href) => href !== page.url());
  expect(away.length).toBeGreaterThan(10);
  expect(away.filter((href) => !saved.has(href))).toEqual([]);
});

test('offline, a page that was never saved shows the offline page', async () => {
  const page = await newPage();
  await context.setOffline(true);
  // Booklets are too large to precache, and this one was never viewed.
  await page.goto(new URL(PAGE_TYPES.booklet, site).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
});

test('after one visit, a topic practice set loads its questions offline from the cached question banks', async () => {
  const page = await newPage();
  await context.setOffline(true);
  await page.goto(new URL(`practice/?set=topic:${SAMPLE.topic.id}`, site).href);
  await expect(page.locator('.quiz-question:visible')).toHaveCount(1);
  await expect(page.locator('#quiz-error')).toBeHidden();
});

test('on /progress/ at 360 px, "Save everything for offline" states the sizes and saves the booklets too', async () => {
  const plan = JSON.parse(readFileSync(resolve('dist', 'sw-precache.json'), 'utf8')) as {
    later: string[];
    languages: Record<string, { later: string[] }>;
  };
  const later = plan.later.length + (plan.languages['en']?.later.length ?? 0);
  const page = await newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, 'progress/');
  const section = page.getByRole('region', { name: 'Offline reading' });
  await expect(section).toContainText(
    /Available offline on this device: the home page, every note, every page a note links to, and search \(\d+(\.\d)? MB\)\./,
  );
  await expect(section).toContainText(`Not saved yet: ${later} more pages and files, print booklets and PDFs included`);
  await expect(section).toContainText(/This site uses [\d.]+ [kMG]B of the [\d.]+ [kMG]B this browser allows it\./);
  // Only a page with a service worker shows the section, so the axe run of every page type never sees it.
  const axe = async () =>
    (await new AxeBuilder({ page }).include('#offline-saver').withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze())
      .violations;
  expect(await axe()).toEqual([]);
  const button = section.getByRole('button', { name: /^Save everything for offline \([\d.]+ MB\)$/ });
  const box = await button.boundingBox();
  expect(box && box.x + box.width, 'the button fits the phone screen').toBeLessThanOrEqual(360);
  await button.click();
  await expect(section.getByRole('status')).toHaveText(
    'Saved: every page, booklet and PDF now opens without a connection.',
    { timeout: 80_000 },
  );
  await expect(button).toBeHidden();
  expect(await axe()).toEqual([]);
  await expect(section).toContainText(
    /Everything is saved on this device, print booklets and PDFs included \([\d.]+ MB\)\./,
  );
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  // The booklets are what a first visit never saves (the test above opened one offline and got the offline page).
  for (const path of [PAGE_TYPES.booklet, PAGE_TYPES.topicBooklet]) {
    const response = await page.goto(new URL(path, site).href);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), path).not.toHaveText('You are offline');
  }
  // Offline, the section still knows what is saved and offers nothing more to download.
  await page.goto(new URL('progress/', site).href);
  await expect(page.getByRole('region', { name: 'Offline reading' })).toContainText(
    'Everything is saved on this device',
  );
});

test('a new build offers "New notes available — reload"; reloading switches to it and drops the old cache', async () => {
  const page = await newPage();
  await open(page, site, PAGE_TYPES.topic);
  const before = (await page.evaluate(() => caches.keys())).filter((name) => name.startsWith('ijn-build-'));
  expect(before).toHaveLength(1);
  // A rebuild, simulated: the precache list now names another build version.
  const plan = JSON.parse(readFileSync(resolve('dist', 'sw-precache.json'), 'utf8'));
  await context.route('**/sw-precache.json', (route) =>
    route.fulfill({ json: { ...plan, version: `${plan.version}-next` } }),
  );
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: 'New notes available' });
  await expect(prompt).toBeVisible({ timeout: 80_000 });
  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  const after = await page.evaluate(() => caches.keys());
  expect(after).toContain(`${before[0]}-next`);
  expect(after).not.toContain(before[0]);
});

test('under the base path /notes-site/, the worker is scoped to it and an unvisited note opens offline', async ({
  browser,
}) => {
  const based = process.env['BASE_SITE_URL_UNDER_TEST'] ?? '';
  const own = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await own.newPage();
  await open(page, based, '');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 80_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(based);
  await own.setOffline(true);
  const response = await page.goto(new URL(PAGE_TYPES.note, based).href);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Defence and Security');
  await own.close();
});
