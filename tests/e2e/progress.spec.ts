import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PROGRESS_STORAGE_KEY, PROGRESS_UNREADABLE_KEY } from '../../src/lib/practice/progress-format.ts';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../../src/schemas/progress.ts';
import { NOTES, SAMPLE } from './support/content.ts';
import { expect, isSiteScript, open, PAGE_TYPES, test } from './support/fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY);

async function markRevised(page: Page, site: string) {
  await open(page, site, PAGE_TYPES.note);
  await page.getByRole('button', { name: 'Mark as revised' }).click();
  await expect(page.locator('[data-note-progress] [data-status]')).toHaveText(
    /^Revised once, last on \d+ \w+ \d{4}\.$/,
  );
}

test('a note marked as revised is still revised after a reload and is listed on /progress/', async ({ page, site }) => {
  await markRevised(page, site);
  await page.reload();
  await page.locator('[data-note-progress]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-note-progress] [data-status]')).toHaveText(/^Revised once/);
  await open(page, site, 'progress/');
  const revised = page.locator('#revised li');
  await expect(revised).toHaveCount(1);
  await expect(revised).toContainText(/Defence and Security.*revised once, last on/);
  await expect(page.locator('#coverage-lines')).toContainText(/of \d+/);
});

test('"Mark as revised" records one revision however often it is tapped, and can be undone', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const mark = page.locator('[data-action="revised"]');
  // A double tap on a page whose controls' script has not loaded yet.
  await mark.dblclick();
  await expect(mark).toHaveText('Revised today');
  await expect(mark).toHaveAttribute('aria-disabled', 'true');
  await mark.click({ force: true });
  await expect(page.locator('[data-note-progress] [data-status]')).toHaveText(/^Revised once, last on/);
  expect(JSON.parse((await stored(page)) ?? '{}').revised[SAMPLE.note.id].count).toBe(1);

  const undo = page.getByRole('button', { name: 'Undo today’s revision' });
  await undo.click();
  await expect(page.locator('[data-note-progress] [data-status]')).toHaveText('Not marked as revised yet.');
  await expect(undo).toBeHidden();
  await expect(mark).toBeFocused();
  await expect(mark).toHaveText('Mark as revised');
  expect(JSON.parse((await stored(page)) ?? '{}').revised).toEqual({});
});

// Progress this release cannot read (written by a newer one, or damaged) is kept aside, not saved over; once it
// can be read, it is merged back.
test('stored progress the page cannot read is kept aside when the reader saves, and merged back once readable', async ({
  page,
  site,
}) => {
  const newer = JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION + 1, bookmarks: ['way-forward'] });
  await open(page, site, PAGE_TYPES.note);
  await page.evaluate(([key, text]) => localStorage.setItem(key ?? '', text ?? ''), [PROGRESS_STORAGE_KEY, newer]);
  await page.reload();
  await page.getByRole('button', { name: 'Mark as revised' }).click();
  await expect(page.locator('[data-note-progress] [data-status]')).toHaveText(/^Revised once/);
  const aside = () => page.evaluate((key) => localStorage.getItem(key), PROGRESS_UNREADABLE_KEY);
  expect(await aside()).toBe(newer);
  // The same bookmarks in a form this release reads: merged into what the device now holds, and the copy removed.
  const readable = newer.replace(`"version":${PROGRESS_VERSION + 1}`, `"version":${PROGRESS_VERSION}`);
  await page.evaluate(
    ([key, text]) => localStorage.setItem(key ?? '', text ?? ''),
    [PROGRESS_UNREADABLE_KEY, readable],
  );
  await open(page, site, 'progress/');
  await expect(page.locator('#bookmarks li a')).toHaveText(/^Way Forward/);
  await expect(page.locator('#revised li')).toHaveCount(1);
  expect(await aside()).toBeNull();
});

test('a bookmark and the last note opened show on /progress/', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.getByRole('button', { name: 'Bookmark' }).click();
  await expect(page.getByRole('button', { name: 'Bookmarked' })).toHaveAttribute('aria-pressed', 'true');
  await open(page, site, 'progress/');
  await expect(page.locator('#bookmarks li a')).toHaveText(/^Defence and Security/);
  await expect(page.locator('#continue a')).toHaveText(/^Defence and Security/);
});

test('a note page loads no script file but the site script until the reader reaches the progress controls', async ({
  page,
  site,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if ((['script', 'fetch', 'xhr'].includes(r.resourceType()) || /\.m?js$/.test(r.url())) && !isSiteScript(r.url()))
      scripts.push(r.url());
  });
  await open(page, site, PAGE_TYPES.note);
  expect(scripts).toEqual([]);
  await page.locator('[data-note-progress]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-note-progress] [data-status]')).toHaveText('Not marked as revised yet.');
  expect(scripts).toEqual([expect.stringMatching(/\/_astro\/note-progress-client-[\w-]+\.js$/)]);
});

async function exportFrom(page: Page, site: string): Promise<string> {
  await open(page, site, 'progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  return (await download).path();
}

test('export, then import into a fresh browser, carries progress over exactly', async ({ page, site, browser }) => {
  await markRevised(page, site);
  const file = await exportFrom(page, site);
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).revised[SAMPLE.note.id].count).toBe(1);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, site, 'progress/');
  await expect(other.locator('#revised li')).toHaveText(/Nothing marked as revised yet/);
  await other.locator('#import-file').setInputFiles(file);
  await expect(other.locator('#import-heading')).toBeFocused();
  await expect(other.locator('#import-heading')).toHaveText(/^Import .+\?$/);
  await expect(other.locator('#import-summary')).toContainText('In the file: 1 revised note.');
  other.once('dialog', (dialog) => void dialog.accept());
  await other.getByRole('button', { name: 'Replace this device’s progress' }).click();
  await expect(other.locator('#data-message')).toHaveText(/^Replaced this device’s progress with /);
  await expect(other.locator('#revised li')).toContainText('Defence and Security');
  expect(await stored(other)).toBe(exported);
  await fresh.close();
});

test('importing into a device with its own progress merges by default and keeps what only the device had, with one undo', async ({
  page,
  site,
  browser,
}) => {
  await markRevised(page, site);
  const file = await exportFrom(page, site);

  const context = await browser.newContext();
  const other = await context.newPage();
  await open(other, site, 'notes/trade-and-investment/');
  await other.getByRole('button', { name: 'Bookmark' }).click();
  await open(other, site, 'notes/way-forward/');
  await other.getByRole('button', { name: 'Bookmark' }).click();
  await expect(other.getByRole('button', { name: 'Bookmarked' })).toBeVisible();
  await open(other, site, 'progress/');
  await expect(other.locator('#bookmarks li')).toHaveCount(2);
  const before = await stored(other);

  await other.locator('#import-file').setInputFiles(file);
  await expect(other.locator('#import-summary li')).toHaveText([
    'In the file: 1 revised note.',
    'On this device: 2 bookmarks.',
    'After merging: 1 revised note, 2 bookmarks.',
  ]);
  // Cancelling changes nothing.
  await other.getByRole('button', { name: 'Cancel' }).click();
  await expect(other.locator('#data-message')).toHaveText('Not imported. Your progress was not changed.');
  await expect(other.locator('#import-choice')).toBeHidden();
  expect(await stored(other)).toBe(before);
  // A dismissed replace changes nothing either.
  await other.locator('#import-file').setInputFiles(file);
  other.once('dialog', (dialog) => void dialog.dismiss());
  await other.getByRole('button', { name: 'Replace this device’s progress' }).click();
  expect(await stored(other)).toBe(before);

  await other.getByRole('button', { name: 'Merge into this device' }).click();
  await expect(other.locator('#data-message')).toHaveText(
    /^Merged .+ into this device\. Nothing on this device was removed\.$/,
  );
  await expect(other.locator('#bookmarks li')).toHaveCount(2);
  await expect(other.locator('#revised li')).toContainText('Defence and Security');

  // The state before the import is restorable once, and survives a reload.
  await other.reload();
  await expect(other.locator('#undo-text')).toContainText('you can restore it once');
  await other.getByRole('button', { name: 'Undo the last change' }).click();
  await expect(other.locator('#data-message')).toHaveText(
    'Restored the progress this device held before the last change.',
  );
  await expect(other.locator('#revised li')).toHaveText(/Nothing marked as revised yet/);
  await expect(other.locator('#bookmarks li')).toHaveCount(2);
  await expect(other.locator('#undo-offer')).toBeHidden();
  await context.close();
});

for (const [what, body] of [
  ['a file that is not JSON', 'this is not json'],
  ['another site’s JSON', '{"format":"someone-else","version":1}'],
  ['a damaged progress file', '{"format":"india-japan-notes/progress","version":1,"bookmarks":["Bad Id"]}'],
] as const) {
  test(`importing ${what} is refused with a message and changes nothing`, async ({ page, site }) => {
    await markRevised(page, site);
    await open(page, site, 'progress/');
    const before = await stored(page);
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.locator('#data-message')).toHaveText(/^Not imported: .+ Your progress was not changed\.$/);
    expect(await stored(page)).toBe(before);
    await expect(page.locator('#revised li')).toContainText('Defence and Security');
  });
}

test('"Clear everything" asks first and clears only when the reader agrees', async ({ page, site }) => {
  await markRevised(page, site);
  await open(page, site, 'progress/');
  const before = await stored(page);
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.locator('#data-message')).toHaveText('Nothing was cleared.');
  expect(await stored(page)).toBe(before);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toMatch(/^Clear all progress kept on this device\?/);
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.locator('#data-message')).toHaveText(
    'All progress on this device was cleared. You can undo this once below.',
  );
  expect(await stored(page)).toBeNull();
  await expect(page.locator('#revised li')).toHaveText(/Nothing marked as revised yet/);
  await page.getByRole('button', { name: 'Undo the last change' }).click();
  await expect(page.locator('#revised li')).toContainText('Defence and Security');
  expect(JSON.parse((await stored(page)) ?? '{}').revised).toEqual(JSON.parse(before ?? '{}').revised);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on /progress/ with progress shown (${scheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await markRevised(page, site);
    await open(page, site, 'practice/?set=pyq');
    await page.locator('.quiz-question:visible .options button').first().click();
    await open(page, site, 'progress/');
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('/progress/ fetches its notes and questions instead of carrying them in its HTML', async ({ page, site }) => {
  const data = page.waitForResponse((r) => r.url().endsWith('/progress/data.json'));
  await open(page, site, 'progress/');
  expect((await data).ok()).toBe(true);
  expect(await page.content()).not.toContain(`/${PAGE_TYPES.note}`);
  await expect(page.locator('#coverage-topics li')).not.toHaveCount(0);
});

test('the home page’s Today panel links the day’s set, flashcards, revision, glossary and progress; a first visit loads nothing more', async ({
  page,
  site,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if ((r.resourceType() === 'script' || /\.m?js$/.test(r.url())) && !isSiteScript(r.url())) scripts.push(r.url());
  });
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, '');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toBeInViewport();
  for (const [name, href] of [
    [/^Today’s prelims set \(10 questions/, /\/practice\/\?set=daily$/],
    [/^Flashcards$/, /\/practice\/#flash-heading$/],
    [/^Revision sheets$/, /\/revision\/$/],
    [/^Glossary$/, /\/glossary\/$/],
    [/^Your progress$/, /\/progress\/$/],
  ] as const)
    await expect(today.getByRole('link', { name })).toHaveAttribute('href', href);
  await expect(today.locator('[data-today-continue]')).toBeHidden();
  expect(scripts).toEqual([]);
});

test('for a returning reader, Today offers the note to continue, the cards due, notes due, and badges on note cards', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  await page.getByRole('button', { name: 'Bookmark' }).click();
  await expect(page.locator('[data-note-progress]')).toContainText('Bookmarked');
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  // Another note, revised long ago, is due again today (1 day after the first revision).
  const other = NOTES.find((n) => n.id !== SAMPLE.note.id) ?? SAMPLE.note;
  await page.evaluate(
    ([key, id]) => {
      const progress = JSON.parse(localStorage.getItem(key) ?? '{}');
      progress.revised = { [id]: { count: 1, first: '2020-01-01', last: '2020-01-01' } };
      localStorage.setItem(key, JSON.stringify(progress));
    },
    [PROGRESS_STORAGE_KEY, other.id] as const,
  );
  await open(page, site, '');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.locator('[data-today-continue]')).toContainText('Continue where you left off:');
  await expect(today.locator('[data-today-continue] a')).toHaveText(title);
  await expect(today.locator('[data-today-cards]')).toHaveText(/^\(\d+ cards? due\)$/);
  await expect(today.locator('[data-today-due] a')).toContainText(other.data.title);
  const card = page.locator(`[data-note-card="${SAMPLE.note.id}"]`);
  await expect(card.locator('.progress-badge')).toHaveText('Bookmarked');
  await expect(page.locator(`[data-note-card="${other.id}"] .progress-badge`)).toHaveText('Revised');
  await today.locator('[data-today-continue] a').click();
  await expect(page).toHaveURL(new RegExp(`/${PAGE_TYPES.note}$`));
});
