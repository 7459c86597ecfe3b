import { HOME_READING_LIMIT } from '../../src/lib/constants.ts';
import { NOTES, notesOnTopic, SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test('the home page lists every note in reading order and opens the first', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.home);
  const cards = page.locator('.reading-order .note-card');
  await expect(cards).toHaveCount(Math.min(NOTES.length, HOME_READING_LIMIT));
  await cards.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/notes/${NOTES[0]?.id}/$`));
});

test('at 360 px the home page lists the latest dated changes, newest first, each saying what changed', async ({
  page,
  site,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, PAGE_TYPES.home);
  const items = page.getByRole('region', { name: 'Latest updates' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  // Each line names its day, the note and the change from the note's log (or says "new note" / "updated").
  for (const item of await items.all()) {
    await expect(item.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(item).toContainText(/ — \S/);
  }
  // Not the first notes of the reading order again: the newest logged change leads, with what changed.
  const hrefs = (list: string) =>
    page.locator(list).evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).href));
  expect(await hrefs('.updates a')).not.toEqual(await hrefs('.reading-order .note-card a'));
  await expect(items.first()).not.toContainText(/ — (new note|updated)$/);
});

test('next and previous follow the reading order', async ({ page, site }) => {
  const [first, second] = [NOTES[1]?.id, NOTES[2]?.id];
  await open(page, site, `notes/${first}/`);
  await page.getByRole('navigation', { name: 'Reading order' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/notes/${second}/$`));
  await page
    .getByRole('navigation', { name: 'Reading order' })
    .getByRole('link', { name: /Previous/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/notes/${first}/$`));
});

test('a topic chip on a note leads to the topic page listing that note', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.locator('.note-head').getByText('Syllabus, topics and sources').click();
  const { topic, note } = SAMPLE;
  await page.locator('.note-head').getByRole('link', { name: topic.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
  const notes = notesOnTopic(topic.id);
  expect(notes.map((n) => n.id)).toContain(note.id);
  const region = page.getByRole('region', { name: `Notes on ${topic.title} (${notes.length})` });
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(notes.map((n) => n.data.title));
  await expect(region.getByRole('link', { name: note.data.title, exact: true })).toHaveAttribute(
    'href',
    `/${PAGE_TYPES.note}`,
  );
});

test('the main navigation reaches topics, mains, syllabus and questions', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.home);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading] of [
    ['Topics', 'Prelims topics'],
    ['Mains', 'Mains topics'],
    ['Syllabus', 'Syllabus map'],
    ['Questions', 'Questions'],
  ] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
});

test('the skip link moves focus to the main content', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('question filters are plain links that narrow the list', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.questions);
  const all = await page.locator('article.question').count();
  await page
    .getByRole('navigation', { name: 'Filter questions' })
    .getByRole('link', { name: 'Previous-year questions' })
    .click();
  await expect(page).toHaveURL(/\/questions\/pyq\/$/);
  const pyq = await page.locator('article.question').count();
  expect(pyq).toBeGreaterThan(0);
  expect(pyq).toBeLessThan(all);
  await page.getByRole('link', { name: '2020' }).click();
  await expect(page).toHaveURL(/\/questions\/2020\/$/);
  const year = await page.locator('article.question').count();
  expect(year).toBeGreaterThan(0);
  expect(year).toBeLessThanOrEqual(pyq);
});
