import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sourceHashOf } from '../../src/lib/content-check/rules/translations.ts';
import { useTranslations } from '../../src/lib/i18n/index.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { expect, open, test } from './support/fixtures.ts';

// A small site built from the test fixture with one note translated from an older English text (stale) and one not
// translated at all (missing): what a Hindi reader sees while translators catch up. Built once, in this file's worker.
test.describe.configure({ mode: 'serial' });

const hi = useTranslations('hi').t;
let work = '';
let server: Server | undefined;
let url = '';

/** The fixture's alpha note in Hindi, made from an English text that has since changed. */
const staleAlpha = (englishNow: string) => `---
source: "${sourceHashOf(`${englishNow}\nan older version`)}"
title: "अल्फ़ा नोट"
summary: "पहला परीक्षण नोट।"
currentTo: "जनवरी 2025"
quickRevision: ["अल्फ़ा का पहला तथ्य, Joint Declaration के साथ।", "अल्फ़ा का दूसरा तथ्य।"]
---

## खंड एक

पहले विषय पर कुछ गद्य। [बीटा नोट](/notes/beta-note/#section-two) और [विषय](/topics/topic-one/) देखें।

### एक विवरण

[ऊपर के खंड](#section-one) की कड़ी के साथ और गद्य।
`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'translation-notices-'));
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-valid'), content, { recursive: true });
  mkdirSync(join(content, 'hi', 'notes'), { recursive: true });
  writeFileSync(
    join(content, 'hi', 'notes', 'alpha-note.md'),
    staleAlpha(readFileSync(join(content, 'notes', 'alpha-note.md'), 'utf8')),
  );
  // And topic one translated from the English it has now: current.
  mkdirSync(join(content, 'hi', 'topics'), { recursive: true });
  writeFileSync(
    join(content, 'hi', 'topics', 'topic-one.md'),
    `---\nsource: "${sourceHashOf(readFileSync(join(content, 'topics', 'topic-one.md')))}"\ntitle: "विषय एक"\naliases: ["पहला विषय"]\nsummary: "पहला परीक्षण विषय।"\n---\n\n## यह क्या है\n\nपहले विषय की एक छोटी व्याख्या।\n`,
  );
  const dist = join(work, 'dist');
  // Its own caches, so the project's builds are untouched; a stale translation is a warning outside CI.
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      CI: '',
      CONTENT_DIR: content,
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      MARKDOWN_CACHE_DIR: join(work, 'markdown-cache'),
    },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout.slice(-3000) + result.stderr.slice(-3000)).toBe(0);
  expect(result.stdout + result.stderr).toMatch(/hi\/notes\/alpha-note\.md.*stale|stale.*hi\/notes\/alpha-note\.md/is);
  ({ server, url } = await serveStatic(dist, '/'));
});

test.afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  rmSync(work, { recursive: true, force: true });
});

test('a translation made from an older English shows the Hindi under a notice that links the English page', async ({
  page,
}) => {
  await open(page, url, 'hi/notes/alpha-note/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('अल्फ़ा नोट');
  const notice = page.getByRole('note').filter({ hasText: hi('translation.stale') });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: hi('translation.english') }).click();
  await expect(page).toHaveURL(/\/notes\/alpha-note\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-IN');
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('an English run inside a translated quick-revision line is marked as English', async ({ page }) => {
  await open(page, url, 'hi/notes/alpha-note/');
  const line = page.locator('.quick-revision li').first();
  await expect(line.locator('span[lang="en-IN"]')).toHaveText('Joint Declaration');
});

test('a note with no translation shows the English text, marked English, under a Hindi notice', async ({ page }) => {
  await open(page, url, 'hi/notes/beta-note/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
  await expect(page.getByRole('note').filter({ hasText: hi('translation.missing') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beta Note');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-IN');
  const body = page.locator('article.note > .prose');
  await expect(body).toHaveAttribute('lang', 'en-IN');
  // The English text's links keep the reader in Hindi, as a translation's do: to the same page on the Hindi site.
  const href = await body.locator('a', { hasText: 'alpha note' }).getAttribute('href');
  expect(href).toBe('/hi/notes/alpha-note/');
  expect((await page.request.get(new URL(href ?? '', url).href)).status()).toBe(200);
  // On the English site the same text links to the English page.
  await open(page, url, 'notes/beta-note/');
  await expect(page.locator('article.note > .prose a', { hasText: 'alpha note' })).toHaveAttribute(
    'href',
    '/notes/alpha-note/',
  );
});

test('a current translation carries no notice', async ({ page }) => {
  await open(page, url, 'hi/topics/topic-one/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('विषय एक');
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  // Nor does an English page, whatever state its translation is in.
  await open(page, url, 'notes/beta-note/');
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});
