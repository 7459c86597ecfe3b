import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test('an answer stays hidden until the reader asks for it', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.question);
  const answer = page.locator('details.answer');
  await expect(answer.getByText('Answer: (a)')).toBeHidden();
  await answer.getByText('Show answer').click();
  await expect(answer.getByText('Answer: (a)')).toBeVisible();
  await expect(answer).toContainText('Argentina, Mexico, South Africa and Turkey');
});

test('the answer opens from the keyboard', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.question);
  await page.locator('details.answer summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.answer')).toHaveAttribute('open', '');
});

test('a note lists its questions under "Test yourself"', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.note);
  const section = page.locator('section.note-questions');
  await expect(section.getByRole('heading', { name: 'Test yourself' })).toBeVisible();
  expect(await section.locator('article.question').count()).toBeGreaterThanOrEqual(1);
});

test('a mains question shows its marks and word limit, and a model answer within it once opened', async ({
  page,
  site,
}) => {
  await open(page, site, 'questions/q/pyq-2020-mains-quad/');
  await expect(page.locator('.set-by')).toContainText(/(?:10 marks · 150 words|15 marks · 250 words)$/);
  const model = page.locator('details.answer .model');
  await expect(model).toBeHidden();
  await page.getByText('Show outline and model answer').click();
  await expect(model).toBeVisible();
  const [, used, limit] = /\((\d+) of (\d+) words\)/.exec((await model.locator('p').first().textContent()) ?? '') ?? [];
  expect(Number(used)).toBeGreaterThan(0);
  expect(Number(used)).toBeLessThanOrEqual(Number(limit));
});

test('an answer links to the note section it rests on', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.question);
  await page.getByText('Show answer').click();
  await page.getByRole('link', { name: 'Revise the note section this rests on' }).click();
  await expect(page).toHaveURL(/\/notes\/indo-pacific-regional-cooperation\/#minilateral-and-multilateral-platforms$/);
  await expect(page.locator('#minilateral-and-multilateral-platforms')).toBeInViewport();
});

test('the format filter narrows the questions to Statement-I / Statement-II items', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.questions);
  await page
    .getByRole('navigation', { name: 'Filter questions' })
    .getByRole('link', { name: 'Statement-I / Statement-II' })
    .click();
  await expect(page).toHaveURL(/\/questions\/statement-i-ii\/$/);
  const items = page.locator('article.question');
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  for (const text of await items.locator('.q-text').allTextContents()) expect(text).toContain('Statement-II:');
});
