import { NOTES, noteHead, notesOnTopic, SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';
import { pageBound, printToPdf } from './support/pdf.ts';

/** Prints the open page the way `npm run pdf` does and reads the PDF back. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a printed note has its title, every section heading and the answers, and no site chrome', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  const headings = (await page.locator('.prose h2, .note-questions h2').allTextContents()).map(flat);
  const title = flat((await page.locator('h1').textContent()) ?? '');
  const explanation = flat((await page.locator('.answer-key li').first().textContent()) ?? '').slice(0, 60);
  const model = flat((await page.locator('.note-questions .model .prose').first().textContent()) ?? '').slice(0, 60);
  const { text, totalPages } = await printToPdf(page);
  expect(text).toContain(title);
  for (const heading of headings) expect(text).toContain(heading);
  expect(text).toContain('Answer key');
  expect(text).toContain(explanation);
  // The mains question's model answer prints too, not only its outline.
  expect(model.length).toBeGreaterThan(30);
  expect(text).toContain(model);
  for (const chrome of [
    'Skip to content',
    'Search (press /)',
    'Dark theme',
    'On this page',
    'Related notes',
    'Next →',
    'RSS feed',
  ]) {
    expect(text).not.toContain(chrome);
  }
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain(`Page ${totalPages} of ${totalPages}`);
  expect(totalPages).toBeGreaterThanOrEqual(3);
  // How many pages is the density rule's to say (reading.spec.ts: at least 300 words a page, no page but the last
  // under 40 % full), so an editor's longer note does not need a new number here; this is the same rule's bound.
  expect(totalPages).toBeLessThanOrEqual(pageBound(text));
});

test('a printed note names its source and prints external link addresses, but no localhost address', async ({
  page,
  site,
}) => {
  await open(page, site, PAGE_TYPES.note);
  const { text } = await printToPdf(page);
  // The test build has no SITE_URL: paper gets no "Printed from" line rather than a localhost address.
  expect(text).not.toContain('Printed from');
  expect(text).not.toContain('localhost');
  const facts = noteHead(SAMPLE.note.id);
  expect(text).toContain(facts.publication);
  // A long URL wraps across lines in the PDF; compare without the line breaks.
  expect(text.replace(/\s/g, '')).toContain(`(${facts.url})`);
  expect(text).toContain('Prelims topics:');
  expect(text.replace(/\s+/g, ' ')).toContain(facts.topics.join(', '));
});

test('a printed note has an outline built from its headings', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const { outline } = await printToPdf(page);
  expect(outline.length).toBeGreaterThan(0);
  // The outline's first entry is the note's title (Chromium drops the space where the heading wraps: compare without).
  const squeeze = (text: string) => text.replace(/\s/g, '');
  expect(squeeze(outline[0]?.title ?? '')).toBe(squeeze(SAMPLE.note.data.title));
  // A question's entry reads as words ("Q1. Practice MCQ Prelims …"), not "Q1.Practice MCQPrelims".
  type Entry = { title: string; items: Entry[] };
  const all = (items: Entry[]): string[] => items.flatMap((item) => [item.title, ...all(item.items)]);
  const questions = all(outline as Entry[]).filter((title) => /^Q\d+\./.test(title));
  expect(questions.length).toBeGreaterThan(0);
  for (const title of questions) expect(title).toMatch(/^Q\d+\. \S.* (Prelims|GS Paper)/);
});

test('in print media no element is wider than the printable page', async ({ page, site }) => {
  // A4 is 210 mm wide; less 16 mm margins each side leaves 178 mm, about 672 CSS px.
  await page.setViewportSize({ width: 672, height: 950 });
  for (const path of [PAGE_TYPES.note, PAGE_TYPES.hub, PAGE_TYPES.booklet]) {
    await open(page, site, path);
    await page.emulateMedia({ media: 'print' });
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 1;
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > limit)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5);
    });
    expect(wide, path).toEqual([]);
  }
});

test('the booklet prints every note, a contents list and one answer key, with an outline', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.booklet);
  const titles = (await page.locator('.booklet-note-title').allTextContents()).map(flat);
  expect(titles).toEqual(NOTES.map((n) => flat(n.data.title)));
  const { text, totalPages, outline } = await printToPdf(page);
  expect(text).toContain('Contents');
  for (const title of titles) expect(text).toContain(title);
  expect(text.match(/Answer key/g)?.length).toBe(2); // once in the contents, once as the key
  // Each note starts a page, and the pages are as full as a single note's (the density rule of support/pdf.ts).
  expect(totalPages).toBeGreaterThanOrEqual(titles.length);
  expect(totalPages).toBeLessThanOrEqual(pageBound(text));
  expect(outline.length).toBeGreaterThanOrEqual(1);
  const squeezed = JSON.stringify(outline).replace(/\s/g, '');
  for (const n of NOTES) expect(squeezed).toContain(JSON.stringify(n.data.title).slice(1, -1).replace(/\s/g, ''));
});

test('a topic booklet prints the notes and questions of that topic', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topicBooklet);
  const { text } = await printToPdf(page);
  expect(text).toContain(`${SAMPLE.topic.title}: notes and questions`);
  for (const n of notesOnTopic(SAMPLE.topic.id)) expect(text.replace(/\s+/g, ' ')).toContain(n.data.title);
  expect(text).toContain('Answer key');
});

test('a booklet of one note counts it in the singular', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topicBooklet);
  await expect(page.locator('.cover .meta')).toContainText(/^1 note · \d+ questions? · /);
});

test('the Print button opens the browser print dialog', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print this note' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
