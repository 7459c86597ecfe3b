// What a reader's browser loads and how fast search answers, measured in Debian's Chromium against a local server
// that compresses text with brotli, as a static host does.
import { chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve.ts';
import { QUERY_WORDS } from './corpus.ts';

export interface PageWeight {
  /** Every byte on the wire until the page settles, before any interaction: HTML, CSS, JS, fonts, images. */
  total: number;
  /** The JavaScript among them (files and modules; inline scripts are part of the HTML). */
  js: number;
  /** The web fonts among them (a site on system fonts has none). */
  fonts: number;
}

export interface SearchStats {
  firstSearchBytes: number;
  firstSearchRequests: number;
  firstResultsMs: number;
  warmQueryP95Ms: number;
}

const isJs = (url: string, type: string) => type === 'script' || /\.m?js$|\.wasm$/.test(url);

/** Serves `dist` and runs `work` with a fresh browser page pointed at it. */
export async function withSite<T>(dist: string, work: (page: Page, url: string) => Promise<T>): Promise<T> {
  ensureChromium();
  const { server, url } = await serveStatic(dist, '/');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    return await work(await browser.newPage(), url);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

/** Bytes a page loads before interaction, in a fresh page with nothing cached. */
export async function pageWeight(page: Page, target: string): Promise<PageWeight> {
  const weight = { total: 0, js: 0, fonts: 0 };
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      response
        .request()
        .sizes()
        .then(({ responseBodySize }) => {
          weight.total += responseBodySize;
          if (isJs(response.url(), response.request().resourceType())) weight.js += responseBodySize;
          if (response.request().resourceType() === 'font') weight.fonts += responseBodySize;
        }),
    );
  };
  page.on('response', onResponse);
  await page.goto(target, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  await Promise.all(pending);
  return weight;
}

/**
 * Everything the search page (in `language`, the root's by default) fetches for its first query besides its own HTML, CSS and fonts (the page's, as on any
 * other page: a note page's first visit counts them), then warm query p95.
 */
export async function searchStats(
  page: Page,
  siteUrl: string,
  { language = '', query = 'security' }: { language?: string; query?: string } = {},
): Promise<SearchStats> {
  let firstSearchBytes = 0;
  let firstSearchRequests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'document' || type === 'stylesheet' || type === 'font' || response.url().endsWith('favicon.svg'))
      return;
    // Bytes on the wire: the encoded body, as a reader on a compressing host downloads it.
    pending.push(
      response
        .request()
        .sizes()
        .then(
          (sizes) => {
            firstSearchBytes += sizes.responseBodySize;
            firstSearchRequests++;
          },
          () => undefined,
        ),
    );
  });
  await page.goto(`${siteUrl}${language && `${language}/`}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#results-list > li');
  const firstResultsMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // The first search's figures before the warm queries add their own requests.
  const first = { firstSearchBytes, firstSearchRequests, firstResultsMs };
  return { ...first, warmQueryP95Ms: language ? NaN : await warmQueryP95(page) };
}

/** p95 of warm queries (search plus the first five results' data), each query run once to warm, then timed. */
async function warmQueryP95(page: Page): Promise<number> {
  // Twenty domain words spread over the vocabulary's ranks, from common to rare.
  const queries = QUERY_WORDS.filter((_, i) => i % Math.floor(QUERY_WORDS.length / 20) === 0).slice(0, 20);
  const times = await page.evaluate(async (words) => {
    const base = document.querySelector<HTMLFormElement>('#search-form')?.dataset['base'] ?? '/';
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const once = async (q: string) => {
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
    };
    const out: number[] = [];
    for (const q of words) {
      await once(q);
      const t = performance.now();
      await once(q);
      out.push(performance.now() - t);
    }
    return out;
  }, queries);
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? NaN;
}
