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
