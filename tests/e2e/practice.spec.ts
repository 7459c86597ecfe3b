import AxeBuilder from '@axe-core/playwright';
import { SAMPLE } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';
import { NEW_CARDS_PER_DAY } from '../../src/lib/constants.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('tapping the right option locks it, says right, shows the explanation and scores +2', async ({ page, site }) => {
  await open(page, site, 'practice/?set=pyq');
  const question = page.locator('.quiz-question:visible');
  await expect(question).toHaveCount(1);
  const answer = await question.getAttribute('data-answer');
  await question.locator(`.options button[data-letter="${answer}"]`).click();
  await expect(question.locator('[data-feedback]')).toHaveText('✓ Right: +2 marks.');
  await expect(question.locator('.explanation')).toBeVisible();
  await expect(question.locator('.options button').first()).toBeDisabled();
  const total = Number(/ of (\d+) /.exec((await page.locator('#quiz-score').textContent()) ?? '')?.[1]);
  await expect(page.locator('#quiz-score')).toHaveText(
    `Score 2 of ${total} · 1 right, 0 wrong, ${total / 2 - 1} not answered`,
  );
});

test('opening "Show answer" before choosing scores the question as not answered, and a later tap changes nothing', async ({
  page,
  site,
}) => {
  await open(page, site, 'practice/?set=pyq');
  const question = page.locator('.quiz-question:visible');
  const answer = await question.getAttribute('data-answer');
  await question.getByText('Show answer').click();
  await expect(question.locator('[data-feedback]')).toHaveText(
    'You opened the answer before choosing: this question counts as not answered (0 marks).',
  );
  await expect(question.locator(`.options button[data-letter="${answer}"]`)).toBeDisabled();
  await question.locator(`.options button[data-letter="${answer}"]`).click({ force: true });
  await expect(page.locator('#quiz-score')).toContainText('Score 0 of ');
  await expect(page.locator('#quiz-score')).toContainText('0 right, 0 wrong');
  await page.getByRole('button', { name: 'Finish and see summary' }).click();
  await expect(page.locator('#quiz-summary-total')).toContainText(
    'One of the unanswered was the answer seen before choosing.',
  );
  // A peek is something the reader did not know: it is offered again as a mistake.
  await expect(page.getByRole('button', { name: 'Retry mistakes' })).toBeVisible();
});

test('"Retry mistakes" is offered only when the round has mistakes', async ({ page, site }) => {
  await open(page, site, 'practice/?set=pyq');
  const question = page.locator('.quiz-question:visible');
  await question.locator(`.options button[data-letter="${await question.getAttribute('data-answer')}"]`).click();
  await page.getByRole('button', { name: 'Finish and see summary' }).click();
  await expect(page.getByRole('region', { name: 'Round summary' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Retry mistakes' })).toBeHidden();
});

test('on a 360×640 phone the round keeps one compact sticky strip, not a third of the screen', async ({
  page,
  site,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, site, `practice/?set=note:${SAMPLE.note.id}&timer=on`);
  await expect(page.locator('.quiz-question:visible')).toHaveCount(1);
  const sticky = await page
    .locator('.quiz-round, .quiz-nav')
    .evaluateAll((els) =>
      els
        .filter((el) => getComputedStyle(el).position === 'sticky')
        .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0),
    );
  expect(sticky).toBeGreaterThan(0);
  expect(sticky).toBeLessThanOrEqual(640 * 0.2);
});

for (const lang of ['', 'hi/']) {
  test(`on a 360-px phone the strip is one row of buttons (${lang || 'en/'}), and the long names stay for screen readers`, async ({
    page,
    site,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, site, `${lang}practice/`);
    const nav = page.locator('#quiz-nav');
    await expect(nav).toBeVisible();
    const rows = await nav
      .locator('button:visible')
      .evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    const box = await nav.boundingBox();
    // One row of buttons: no taller than two button heights' worth of strip.
    expect(box?.height ?? 0).toBeLessThan(70);
    await expect(page.locator('#quiz-position-short')).toHaveText(/^1 \/ \d+$/);
    // The visible "Finish" keeps its whole name, so a screen reader and a voice user both meet the same button.
    const finish = page.locator('#quiz-finish');
    await expect(finish).toHaveAccessibleName(lang ? 'समाप्त करें और सारांश देखें' : 'Finish and see summary');
    await expect(page.locator('#quiz-position')).toHaveText(lang ? /^प्रश्न 1 \/ \d+$/ : /^Question 1 of \d+$/);
  });
}
test('a wrong tap shows the right answer and takes off two thirds of a mark, exactly', async ({ page, site }) => {
  await open(page, site, `practice/?set=topic:${SAMPLE.topic.id}&mode=list`);
  const questions = page.locator('.quiz-question:visible');
  const n = await questions.count();
  expect(n).toBeGreaterThan(0);
  // A list has no Previous and Next.
  await expect(page.getByRole('button', { name: 'Previous' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
  const first = questions.first();
  const answer = await first.getAttribute('data-answer');
  const wrong = ['a', 'b', 'c', 'd'].find((l) => l !== answer);
  await first.locator(`.options button[data-letter="${wrong}"]`).click();
  await expect(first.locator('[data-feedback]')).toHaveText(`✗ Wrong: the answer is (${answer}). −⅔ mark.`);
  await expect(first.locator(`.options button[data-letter="${answer}"]`)).toHaveAttribute('data-state', 'right');
  await expect(page.locator('#quiz-score')).toContainText(`Score −0.67 of ${2 * n} · 0 right, 1 wrong`);
});

test('finishing a round shows a summary by topic, and "Retry mistakes" starts a round of the wrong ones', async ({
  page,
  site,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, site, `practice/?set=note:${SAMPLE.note.id}&mode=list`);
  expect(await page.locator('.quiz-question:visible').count()).toBeGreaterThan(1);
  const current = page.locator('.quiz-question:visible').first();
  const answer = await current.getAttribute('data-answer');
  await current.locator(`.options button:not([data-letter="${answer}"])`).first().click();
  await page.getByRole('button', { name: 'Finish and see summary' }).click();
  const summary = page.getByRole('region', { name: 'Round summary' });
  await expect(summary).toBeFocused();
  await expect(summary.locator('#quiz-summary-total')).toContainText('1 wrong');
  expect(await summary.locator('tbody tr').count()).toBeGreaterThan(0);
  // The review lists every question not got right, with what the reader did and the answer, and shows each one
  // with its explanation open.
  const total = await page.locator('.quiz-question').count();
  const review = summary.locator('#quiz-review li');
  await expect(review).toHaveCount(total);
  const chosen = await current.locator('.options button[aria-pressed="true"]').getAttribute('data-letter');
  await expect(review.first()).toHaveText(`Q1. You chose (${chosen}); the answer is (${answer}).`);
  await expect(review.nth(1)).toHaveText(/^Q2\. Not answered; the answer is \([a-d]\)\.$/);
  await expect(current.locator('.explanation')).toBeVisible();
  await expect(page.locator('.quiz-question:visible')).toHaveCount(total);
  // The table fits a phone: its last column is inside the viewport.
  const marks = summary.locator('thead th').last();
  const box = await marks.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  await summary.getByRole('button', { name: 'Retry mistakes' }).click();
  await expect(page.locator('.quiz-question:not([hidden])')).toHaveCount(1);
  // The reader is taken to the question, not left at the summary far below it.
  const head = page.locator('.quiz-question:not([hidden]) .q-head');
  await expect(head).toBeFocused();
  await expect(head).toBeInViewport();
  await expect(page.locator('#quiz-score')).toHaveText('Score 0 of 2 · 0 right, 0 wrong, 1 not answered');
});

test('a round survives a reload: the same questions, answers, position, finished summary and time left', async ({
  page,
  site,
}) => {
  await open(page, site, `practice/?set=note:${SAMPLE.note.id}&timer=on`);
  const first = page.locator('.quiz-question:visible');
  const id = await first.getAttribute('data-quiz-question');
  const answer = await first.getAttribute('data-answer');
  const wrong = ['a', 'b', 'c', 'd'].find((l) => l !== answer);
  await first.locator(`.options button[data-letter="${wrong}"]`).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of \d+$/);
  const score = await page.locator('#quiz-score').textContent();
  const clock = (text: string | null) => {
    const [, m, ss] = /(\d+):(\d\d)$/.exec(text ?? '') ?? [];
    return Number(m) * 60 + Number(ss);
  };
  const before = clock(await page.locator('#quiz-timer').textContent());

  await page.reload();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of \d+$/);
  await expect(page.locator('#quiz-score')).toHaveText(score ?? '');
  expect(clock(await page.locator('#quiz-timer').textContent())).toBeLessThanOrEqual(before);
  await page.getByRole('button', { name: 'Previous' }).click();
  const again = page.locator(`[data-quiz-question="${id}"]`);
  await expect(again.locator('[data-feedback]')).toHaveText(`✗ Wrong: the answer is (${answer}). −⅔ mark.`);
  await expect(again.locator(`.options button[data-letter="${wrong}"]`)).toHaveAttribute('data-state', 'wrong');
  await expect(again.locator('.options button').first()).toBeDisabled();

  await page.getByRole('button', { name: 'Finish and see summary' }).click();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Round summary' })).toBeVisible();
  await expect(page.locator('#quiz-summary-total')).toContainText('1 wrong');
  // Starting again is a fresh round, kept in its turn.
  await page.getByRole('button', { name: 'Start this set again' }).click();
  await expect(page.locator('#quiz-score')).toContainText('0 right, 0 wrong');
  await page.reload();
  await expect(page.locator('#quiz-score')).toContainText('0 right, 0 wrong');
  await expect(page.getByRole('region', { name: 'Round summary' })).toBeHidden();
});

test('a wrong answer comes back in "My mistakes" after a reload', async ({ page, site }) => {
  await open(page, site, 'practice/?set=pyq');
  const question = page.locator('.quiz-question:visible');
  const id = await question.getAttribute('data-quiz-question');
  const answer = await question.getAttribute('data-answer');
  await question.locator(`.options button:not([data-letter="${answer}"])`).first().click();
  await open(page, site, 'practice/?set=mistakes');
  await expect(page.locator('.quiz-question:visible')).toHaveAttribute('data-quiz-question', id ?? '');
});

test('the day’s set is ten questions, the same ten after a reload, with a wrong answer first the next time', async ({
  page,
  site,
}) => {
  await open(page, site, 'practice/?set=daily&mode=list');
  await expect(page.locator('#practice-set')).toHaveValue('daily');
  const questions = page.locator('.quiz-question:visible');
  await expect(questions).toHaveCount(10);
  const ids = await questions.evaluateAll((list) => list.map((q) => q.getAttribute('data-quiz-question')));
  await page.reload();
  await expect(questions).toHaveCount(10);
  expect(await questions.evaluateAll((list) => list.map((q) => q.getAttribute('data-quiz-question')))).toEqual(ids);
  // Answer the last one wrongly: in a new round of the day's set it comes first.
  const last = questions.last();
  const id = await last.getAttribute('data-quiz-question');
  const answer = await last.getAttribute('data-answer');
  await last.locator(`.options button:not([data-letter="${answer}"])`).first().click();
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expect(questions.first()).toHaveAttribute('data-quiz-question', id ?? '');
});

test('the exam-pace timer gives 72 seconds a question', async ({ page, site }) => {
  await open(page, site, 'practice/?set=pyq&timer=on');
  await expect(page.locator('#quiz-score')).toContainText(/ of \d+ /);
  const questions = Number(/ of (\d+) /.exec((await page.locator('#quiz-score').textContent()) ?? '')?.[1]) / 2;
  const seconds = 72 * questions;
  // The clock starts at 72 s a question and may have ticked a few times on a busy machine before it is read.
  await expect(page.locator('#quiz-timer')).toHaveText(/^Time left \d+:\d\d$/);
  const [, m, ss] = /^Time left (\d+):(\d\d)$/.exec((await page.locator('#quiz-timer').textContent()) ?? '') ?? [];
  const left = Number(m) * 60 + Number(ss);
  expect(left).toBeLessThanOrEqual(seconds);
  expect(left).toBeGreaterThan(seconds - 10);
});

test('mains practice counts words live against the limit and keeps the draft after a reload', async ({
  page,
  site,
}) => {
  await open(page, site, 'practice/#mains-heading');
  const article = page.locator('[data-mains="practice-mains-dimensions"]');
  const box = article.getByLabel(/Your answer \(limit 250 words/);
  await box.fill('India and Japan share a Special Strategic and Global Partnership.');
  await expect(article.locator('[data-count]')).toHaveText('10 of 250 words');
  await expect(article.locator('[data-saved]')).toHaveText('Draft saved on this device.');
  await page.reload();
  await expect(box).toHaveValue(/^India and Japan share/);
});

test('a mains writing timer keeps running through a reload', async ({ page, site }) => {
  await open(page, site, 'practice/#mains-heading');
  const article = page.locator('[data-mains="practice-mains-dimensions"]');
  await article.getByRole('button', { name: /^Start \d+-minute timer$/ }).click();
  const clock = article.getByRole('timer');
  await expect(clock).toHaveText(/^Time left \d+:\d\d$/);
  const seconds = (text: string | null) => {
    const [, m, ss] = /(\d+):(\d\d)$/.exec(text ?? '') ?? [];
    return Number(m) * 60 + Number(ss);
  };
  const before = seconds(await clock.textContent());
  await page.reload();
  // Still counting down from where it was (not blank, not back at the start), and offered as a restart.
  await expect(clock).toHaveText(/^Time left \d+:\d\d$/);
  expect(seconds(await clock.textContent())).toBeLessThanOrEqual(before);
  expect(seconds(await clock.textContent())).toBeGreaterThan(before - 15);
  await expect(article.getByRole('button', { name: /^Restart \d+-minute timer$/ })).toBeVisible();
});

test('topic and note pages link to their own practice set', async ({ page, site }) => {
  await open(page, site, PAGE_TYPES.topic);
  await page.getByRole('link', { name: 'Practise questions on this topic' }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/\\?set=topic%3A${SAMPLE.topic.id}$`));
  await expect(page.locator('#practice-set')).toHaveValue(`topic:${SAMPLE.topic.id}`);
  await open(page, site, PAGE_TYPES.note);
  await expect(page.getByRole('link', { name: 'Practise this note’s questions' })).toHaveAttribute(
    'href',
    new RegExp(`/practice/\\?set=note%3A${SAMPLE.note.id}$`),
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on /practice/ with a question answered and everything open (${scheme})`, async ({
    page,
    site,
  }) => {
    test.slow(); // axe reads every question, option and disclosure of the whole page
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, site, 'practice/?mode=list');
    await page.locator('.quiz-question .options button').first().click();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a flashcard is graded only once turned, and "Knew it" takes it out of today’s deck until its next day', async ({
  page,
  site,
}) => {
  await open(page, site, 'practice/#flash-heading');
  const status = page.locator('#flash-status');
  // A first visit deals the day's new cards, not every card of the site.
  await expect(status).toHaveText(new RegExp(`^${NEW_CARDS_PER_DAY} cards due today\\.`));
  const due = NEW_CARDS_PER_DAY;
  const card = page.locator('[data-card]:visible');
  await expect(card).toHaveCount(1);
  const id = await card.getAttribute('data-card');
  await expect(card.getByRole('button', { name: 'Knew it' })).toBeHidden();
  // The front asks for something: the line with its year or figure blanked (the first card's line has one).
  const prompt = ((await card.locator('summary .prompt').textContent()) ?? '').trim();
  expect(prompt).toContain('____');
  await card.locator('summary').click();
  await expect(card.locator('.line')).toBeVisible();
  const answer = (await card.locator('.line mark').textContent()) ?? '';
  expect(answer).toMatch(/\d/);
  expect(prompt.replace('____', answer)).toBe(((await card.locator('.line').textContent()) ?? '').trim());
  await card.getByRole('button', { name: 'Knew it' }).click();
  await expect(status).toHaveText(new RegExp(`^${due - 1} cards? due today\\.`));
  await page.reload();
  await expect(page.locator('#flash-status')).toHaveText(new RegExp(`^${due - 1} cards? due today\\.`));
  await expect(page.locator(`[data-card="${id}"]`)).toBeHidden();
});
