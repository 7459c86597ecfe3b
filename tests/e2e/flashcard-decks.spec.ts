import type { Page } from '@playwright/test';
import { NEW_CARDS_PER_DAY } from '../../src/lib/constants.ts';
import type { PracticeIndex } from '../../src/lib/practice/practice-index.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

const indexOf = (page: Page) =>
  page.evaluate(() => JSON.parse(document.getElementById('practice-index')?.textContent ?? '{}') as PracticeIndex);
/** How many cards (every kind) the index gives the notes `which` picks. */
const cardsInIndex = (index: PracticeIndex, which: (id: string, topics: string[]) => boolean) =>
  index.notes
    .filter(([id, , , , topics]) =>
      which(
        id,
        topics.map((t) => index.topics[t] ?? ''),
      ),
    )
    .reduce((sum, [, lines, events, figures]) => sum + lines + events + figures, 0);

// A note's own flashcards: the link at the end of a note opens /practice/ with only that note's cards, every one
// of them (a reader drilling one note is not held to the day's few new cards), and a way back to all the cards.
test('at 360 px, "Flashcards from this note" deals all of that note’s cards and only those', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, PAGE_TYPES.note);
  const note = PAGE_TYPES.note.split('/').filter(Boolean).pop() ?? '';
  await page.getByRole('link', { name: 'Flashcards from this note' }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/\\?deck=${note}#flash-heading$`));
  // How many cards the note has, from the page's own practice index.
  const cards = cardsInIndex(await indexOf(page), (id) => id === note);
  expect(cards).toBeGreaterThan(0);
  const status = page.locator('#flash-status');
  await expect(status).toHaveText(new RegExp(`^Cards from one note\\. ${cards} cards? due today\\.`));
  const card = page.locator('[data-card]:visible');
  await expect(card).toHaveAttribute('data-card', new RegExp(`^${note}/[tf]?\\d+$`));
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Knew it' }).click();
  await expect(status).toHaveText(new RegExp(`^Cards from one note\\. ${cards - 1} cards? due today\\.`));
  await expect(page.locator('[data-card]:visible')).toHaveAttribute('data-card', new RegExp(`^${note}/[tf]?\\d+$`));
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

// A topic's cards: the topic page links to /practice/ with the cards of every note tagged with it.
test('"Flashcards on this topic" deals the cards of the topic’s notes and terms, every one of them', async ({
  page,
  site,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, PAGE_TYPES.topic);
  const topic = PAGE_TYPES.topic.split('/').filter(Boolean).pop() ?? '';
  await page.getByRole('link', { name: 'Flashcards on this topic' }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/\\?topic=${topic}#flash-heading$`));
  const index = await indexOf(page);
  const notes = index.notes.filter(([, , , , t]) => t.some((i) => index.topics[i] === topic)).map(([id]) => id);
  const terms = index.glossary.filter(([, t]) => index.topics[t] === topic).length;
  const cards = cardsInIndex(index, (_, topics) => topics.includes(topic)) + terms;
  expect(notes.length).toBeGreaterThan(0);
  const status = page.locator('#flash-status');
  await expect(status).toHaveText(new RegExp(`^Cards on one topic\\. ${cards} cards? due today\\.`));
  const shown = await page.locator('[data-card]:visible').getAttribute('data-card');
  expect(notes).toContain(shown?.split('/')[0]);
  await expect(page.getByRole('link', { name: 'Show the cards of every note' })).toBeVisible();
});

// Timeline and key-figure rows are cards too: the front blanks the year or the value, the back gives it.
test('a deck page asks a timeline event for its year and a key figure for its value', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.cardDeck);
  for (const kind of ['t', 'f']) {
    const card = page.locator(`[data-card*="/${kind}0"]`).first();
    await expect(card).toBeAttached();
    const summary = card.locator('summary');
    await expect(summary.getByRole('img', { name: 'blank' })).toBeVisible();
    const answer = (await card.locator('.line mark').textContent()) ?? '';
    expect(answer.length).toBeGreaterThan(0);
    // The front hides the answer; turning the card shows it.
    expect(await summary.textContent()).not.toContain(answer);
    await summary.click();
    await expect(card.locator('.line mark')).toBeVisible();
  }
});

// Glossary terms are cards too: the meaning on the front, the term (the Hindi term on the Hindi site) to recall.
for (const [lang, prefix, link] of [
  ['English', '', 'See it in the glossary'],
  ['Hindi', 'hi/', 'शब्दावली में देखें'],
] as const)
  test(`the glossary deck asks each term from its meaning, in ${lang}`, async ({ page, site }) => {
    await open(page, site, `${prefix}${PAGE_TYPES.glossaryDeck}`);
    const cards = page.locator('[data-card^="glossary:"]');
    expect(await cards.count()).toBeGreaterThan(100);
    const card = page.locator('[data-card="glossary:special-strategic-global-partnership"]');
    const summary = card.locator('summary');
    await expect(summary.getByRole('img', { name: lang === 'English' ? 'blank' : 'रिक्त स्थान' })).toBeVisible();
    const term = lang === 'English' ? 'Special Strategic and Global Partnership' : 'विशेष रणनीतिक और वैश्विक साझेदारी';
    expect(await summary.textContent()).not.toContain(term);
    await summary.click();
    await expect(card.locator('.line mark')).toHaveText(term);
    await card.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}glossary/#term-special-strategic-global-partnership$`));
  });
