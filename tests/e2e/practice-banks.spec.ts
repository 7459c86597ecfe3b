import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE } from './support/content.ts';
import { expect, open, test } from './support/fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const BANK = /\/practice\/questions\/(\d+)\/$/;

/** Bank numbers the page asks for, in the order it asks. */
function bankRequests(page: Page): number[] {
  const banks: number[] = [];
  page.on('request', (request) => {
    const match = BANK.exec(new URL(request.url()).pathname);
    if (match) banks.push(Number(match[1]));
  });
  return banks;
}

test('a topic set fetches only the question banks that hold its questions', async ({ page, site }) => {
  const requested = bankRequests(page);
  await open(page, site, `practice/?set=topic:${SAMPLE.topic.id}&mode=list`);
  // The banks the page's own index says hold the topic's questions, and how many questions that is.
  const expected = await page.evaluate((topic) => {
    const index = JSON.parse(document.getElementById('practice-index')?.textContent ?? '{}') as {
      bank: number;
      topics: string[];
      questions: [string, number, number[], number[]][];
    };
    const wanted = index.topics.indexOf(topic);
    const positions = index.questions.flatMap((q, i) => (q[2].includes(wanted) ? [i] : []));
    return { banks: [...new Set(positions.map((i) => Math.floor(i / index.bank) + 1))], questions: positions.length };
  }, SAMPLE.topic.id);
  expect(expected.questions).toBeGreaterThan(0);
  await expect(page.locator('.quiz-question:visible')).toHaveCount(expected.questions);
  expect([...requested].sort((a, b) => a - b)).toEqual(expected.banks);
  await expect(page.locator('.quiz-question')).toHaveCount(expected.questions);
});

test('a bank that fails to load shows an error, and Retry loads the set', async ({ page, site, problems }) => {
  let failures = 1;
  await page.route(BANK, (route) => (failures-- > 0 ? route.abort('internetdisconnected') : route.continue()));
  await open(page, site, 'practice/?set=pyq');
  const error = page.locator('#quiz-error');
  await expect(error.getByRole('alert')).toHaveText(/^Could not load the questions\./);
  await expect(page.locator('.quiz-question')).toHaveCount(0);
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.quiz-question:visible')).toHaveCount(1);
  await expect(error).toBeHidden();
  await expect(page.locator('.quiz-question:visible .options button').first()).toBeFocused();
  // The failed request is the point of this test: Chromium logs it as a console error.
  const expected = problems.filter((p) => /ERR_INTERNET_DISCONNECTED/.test(p));
  expect(expected).toHaveLength(1);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
});

test('without JavaScript a question bank shows its questions with the answers behind “Show answer”', async ({
  browser,
  site,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('practice/questions/1/', site).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Practice questions 1–\d+ of \d+$/);
  const question = page.locator('.quiz-question').first();
  await expect(question.locator('.options li').first()).toBeVisible();
  await expect(question.locator('.explanation')).toBeHidden();
  await question.getByText('Show answer').click();
  await expect(question.locator('.explanation')).toBeVisible();
  await context.close();
});

test('without JavaScript /practice/ links to the question banks and flashcard decks', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('practice/', site).href);
  await expect(page.locator('.quiz-question')).toHaveCount(0);
  await page.getByRole('link', { name: /^Questions 1–\d+ of \d+$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Practice questions 1–/);
  await page.goBack();
  await page.getByRole('link', { name: 'Deck 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Flashcards: notes 1–/);
  await expect(page.locator('[data-card] summary').first()).toBeVisible();
  await context.close();
});

test('flashcards fetch a deck only for the card on show and the next few', async ({ page, site }) => {
  const decks: string[] = [];
  page.on('request', (request) => {
    if (/\/practice\/cards\/\d+\/$/.test(new URL(request.url()).pathname)) decks.push(request.url());
  });
  await open(page, site, 'practice/#flash-heading');
  await expect(page.locator('#flash-status')).toHaveText(/^\d+ cards due today\./);
  await expect(page.locator('[data-card]:visible')).toHaveCount(1);
  expect(decks.length).toBeGreaterThan(0);
  expect(decks.length).toBeLessThanOrEqual(3);
  await page.locator('[data-card]:visible summary').click();
  await page.locator('[data-card]:visible').getByRole('button', { name: 'Didn’t' }).click();
  await expect(page.locator('[data-card]:visible')).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on a question bank with every answer open (${scheme})`, async ({ page, site }) => {
    test.slow(); // axe reads every question and disclosure of the bank
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, site, 'practice/questions/1/');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
