import { NEW_CARDS_PER_DAY } from '../../src/lib/constants.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

// A note's own flashcards: the link at the end of a note opens /practice/ with only that note's cards, every one
// of them (a reader drilling one note is not held to the day's few new cards), and a way back to all the cards.
test('at 360 px, "Flashcards from this note" deals all of that note’s cards and only those', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, PAGE_TYPES.note);
  const note = PAGE_TYPES.note.split('/').filter(Boolean).pop() ?? '';
  await page.getByRole('link', { name: 'Flashcards from this note' }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/\\?deck=${note}#flash-heading$`));
  // How many cards the note has, from the page's own practice index.
  const cards = await page.evaluate((id) => {
    const index = JSON.parse(document.getElementById('practice-index')?.textContent ?? '{}') as {
      notes: [string, number][];
    };
    return index.notes.find(([n]) => n === id)?.[1] ?? 0;
  }, note);
  expect(cards).toBeGreaterThan(0);
  const status = page.locator('#flash-status');
  await expect(status).toHaveText(new RegExp(`^Cards from one note\\. ${cards} cards? due today\\.`));
  const card = page.locator('[data-card]:visible');
  await expect(card).toHaveAttribute('data-card', new RegExp(`^${note}/\\d+$`));
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Knew it' }).click();
  await expect(status).toHaveText(new RegExp(`^Cards from one note\\. ${cards - 1} cards? due today\\.`));
  await expect(page.locator('[data-card]:visible')).toHaveAttribute('data-card', new RegExp(`^${note}/\\d+$`));
  // Back to every note's cards: the day's queue again, less the card just reviewed.
  await page.getByRole('link', { name: 'Show the cards of every note' }).click();
  await expect(page).toHaveURL(/\/practice\/#flash-heading$/);
  await expect(page.locator('#flash-status')).toHaveText(new RegExp(`^${NEW_CARDS_PER_DAY - 1} cards? due today\\.`));
  await expect(page.getByRole('link', { name: 'Show the cards of every note' })).toBeHidden();
});

test('an unknown deck in the address shows every note’s cards, not an empty deck', async ({ page, site }) => {
  await open(page, site, 'practice/?deck=no-such-note#flash-heading');
  await expect(page.locator('#flash-status')).toHaveText(new RegExp(`^${NEW_CARDS_PER_DAY} cards due today\\.`));
  await expect(page.getByRole('link', { name: 'Show the cards of every note' })).toBeHidden();
});
