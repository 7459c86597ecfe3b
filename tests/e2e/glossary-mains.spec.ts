import { hasModelAnswer } from './support/content.ts';
import { expect, open, PAGE_TYPES, test } from './support/fixtures.ts';

test.describe('the glossary', () => {
  test('lists at least 120 terms, each with its Hindi term in Devanagari marked lang="hi"', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.glossary);
    const terms = page.locator('article.term');
    expect(await terms.count()).toBeGreaterThanOrEqual(120);
    const unmarked = await terms.evaluateAll(
      (articles) =>
        articles.filter(
          (article) => !/[\u0900-\u097F]/.test(article.querySelector('h3 [lang="hi"]')?.textContent ?? ''),
        ).length,
    );
    expect(unmarked).toBe(0);
  });

  test('links every term to a topic page that exists', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.glossary);
    const hrefs = await page
      .locator('article.term a[href*="/topics/"]')
      .evaluateAll((links) => [...new Set(links.map((link) => (link as HTMLAnchorElement).href))]);
    expect(await page.locator('article.term').count()).toBe(
      await page.locator('article.term a[href*="/topics/"]').count(),
    );
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the A–Z list jumps to a letter', async ({ page, site }) => {
      await open(page, site, PAGE_TYPES.glossary);
      await page
        .getByRole('navigation', { name: 'Glossary letters' })
        .getByRole('link', { name: 'Q', exact: true })
        .click();
      await expect(page).toHaveURL(/#letter-q$/);
      await expect(page.getByRole('heading', { name: 'Q', exact: true, level: 2 })).toBeInViewport();
      await expect(page.locator('#term-quad')).toBeVisible();
    });
  });

  test('is in the search index, so a Hindi query finds its term', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.glossary);
    const urls = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const search = await pagefind.search('क्वाड');
      const data = await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      return data.flatMap((d) => {
        const result = d as { url: string; sub_results: { url: string }[] };
        return [result.url, ...result.sub_results.map((s) => s.url)];
      });
    }, new URL(site).pathname);
    expect(urls.some((url) => url.includes('/glossary/'))).toBe(true);
  });
});

test.describe('the glossary on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('a filter box narrows the terms as the reader types, in English or Hindi, and clears back to all', async ({
    page,
    site,
  }) => {
    await open(page, site, PAGE_TYPES.glossary);
    const terms = page.locator('article.term');
    const all = await terms.count();
    const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const filter = page.getByRole('searchbox', { name: 'Filter the terms' });
    await filter.fill('acsa');
    await expect(page.locator('article.term:visible').first()).toContainText('Acquisition and Cross-Servicing');
    const shown = await page.locator('article.term:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(5);
    await expect(page.locator('#glossary-filter-status')).toHaveText(`${shown} of ${all} terms shown.`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(fullHeight / 5);
    // Letters with nothing left are hidden too.
    await expect(page.locator('section.letter:visible')).toHaveCount(
      await page
        .locator('section.letter:visible')
        .filter({ has: page.locator('article.term:visible') })
        .count(),
    );
    await filter.fill('हाई-स्पीड');
    await expect(page.locator('article.term:visible').first()).toContainText('हाई-स्पीड');
    await filter.fill('zzqx');
    await expect(page.locator('#glossary-filter-status')).toHaveText(/^No term matches “zzqx”/);
    await filter.fill('');
    await expect(page.locator('article.term:visible')).toHaveCount(all);
  });
});

test.describe('a mains page', () => {
  test('shows what examiners ask, the five parts of the answer framework and keywords', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.mains);
    await expect(page.getByRole('heading', { name: 'What examiners ask', level: 2 })).toBeVisible();
    expect(await page.locator('ol.asks > li').count()).toBeGreaterThanOrEqual(3);
    for (const part of ['Introduction', 'Body', 'Counter-views', 'Way forward', 'Conclusion'])
      await expect(page.getByRole('heading', { name: new RegExp(part), level: 3 })).toBeVisible();
    expect(await page.locator('.framework h4').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('ul.keywords > li').count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('figure.quote figcaption').first()).toContainText(/— .+, \d{4}/);
  });

  test('keeps every answer behind a control until asked: the model answer where one exists, else the outline', async ({
    page,
    site,
  }) => {
    await open(page, site, PAGE_TYPES.mains);
    const cards = page.locator('article.mains-question');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      const id = (await card.getAttribute('id'))?.replace(/^mq-/, '') ?? '';
      const control = card.locator('details');
      const summary = control.locator('summary');
      await expect(summary).toHaveText(hasModelAnswer(id) ? 'Show model answer' : 'Show answer outline');
      await expect(control).not.toHaveAttribute('open');
      await summary.click();
      await expect(control).toHaveAttribute('open');
      await expect(control.locator('p').last()).toBeVisible();
    }
  });

  test('links an angle to the card of the previous-year question that asks it', async ({ page, site }) => {
    await open(page, site, PAGE_TYPES.mains);
    await page
      .locator('ol.asks')
      .getByRole('link', { name: /Mains PYQ 2020/ })
      .click();
    await expect(page).toHaveURL(/#mq-pyq-2020-mains-quad$/);
    await expect(page.locator('#mq-pyq-2020-mains-quad')).toBeInViewport();
  });
});
