// `npm run bench [-- --notes 10000]`: builds a synthetic corpus, measures the build, the output and the browser,
// and prints every budget as PASS or FAIL. Results go to bench/results.json and bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { PAGEFIND_GLOB } from '../../src/lib/pagefind-glob.ts';
import { serveStatic } from '../lib/serve.ts';
import { filesBelow } from '../lib/walk.ts';
import { generateCorpus, QUERY_WORDS } from './corpus.ts';
import { budgets, renderResults, type Measurement } from './report.ts';

const args = process.argv.slice(2);
const notesArg = args.indexOf('--notes');
const searchOnly = args.includes('--search-only');
const notes = notesArg >= 0 ? Number(args[notesArg + 1]) : 1000;
if (!Number.isInteger(notes) || notes < 2) {
  console.error('usage: npm run bench -- [--notes N]   (N ≥ 2, default 1000)');
  process.exit(2);
}

const root = resolve('.');
const work = resolve('bench/.work', String(notes));
const content = join(work, 'content');
const dist = join(work, 'dist');
const cache = join(work, 'cache');
const markdownCache = join(work, 'markdown-cache');
const timingsFile = join(work, 'timings.json');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const log = (line: string) => console.log(`[bench ${notes}] ${line}`);

function run(command: string, argv: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '__RSS_KB=%M', command, ...argv], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/__RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${command} ${argv.join(' ')} failed with exit ${result.status}`);
  }
  return { seconds, rss, stdout: result.stdout };
}

const brotli = (bytes: Buffer | string) => brotliCompressSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).length;

// 1. The corpus.
if (!searchOnly) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  const started = performance.now();
  for (const [path, text] of generateCorpus(notes)) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  cpSync(resolve('content/taxonomy'), join(content, 'taxonomy'), { recursive: true });
  log(`generated ${notes} notes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const env = {
  CONTENT_DIR: content,
  ASTRO_OUT_DIR: dist,
  ASTRO_CACHE_DIR: cache,
  MARKDOWN_CACHE_DIR: markdownCache,
  BENCH_TIMINGS: timingsFile,
  SKIP_CONTENT_CHECK: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
};

if (searchOnly) {
  // Re-measure only what the browser sees, on the corpus and caches an earlier full run left: after a change to
  // the search page, without redoing the cold and clean builds.
  if (!existsSync(content)) throw new Error(`no corpus in ${work}: run the full benchmark first`);
  run(bin('astro'), ['build'], env);
  run(bin('pagefind'), ['--site', dist, '--glob', PAGEFIND_GLOB, '--silent']);
  const stats = await measureBrowser();
  const resultsFile = resolve('bench/results.json');
  const all = JSON.parse(readFileSync(resultsFile, 'utf8')) as Measurement[];
  const entry = all.find((m) => m.notes === notes);
  if (!entry) throw new Error(`bench/results.json has no ${notes}-note run to update`);
  Object.assign(entry, {
    jsBeforeInteraction: stats.jsBefore,
    firstSearchBytes: stats.searchBytes,
    firstSearchRequests: stats.searchRequests,
    firstResultsMs: stats.firstResultsMs,
    warmQueryP95Ms: stats.p95,
    searchRemeasured: new Date().toISOString().slice(0, 10),
  });
  writeFileSync(resultsFile, `${JSON.stringify(all, null, 2)}\n`);
  writeFileSync(resolve('bench/RESULTS.md'), renderResults(all));
  console.log(renderResults(all));
  process.exit(budgets(all).some((b) => b.notes === notes && !b.pass) ? 1 : 0);
}

// 2. Content check, clean build, Pagefind.
const check = run(process.execPath, ['scripts/check.ts', content]);
// Wall time of the whole command, Node start-up included, as an editor waits for it.
const checkMs = Math.round(check.seconds * 1000);
log(`content check ${checkMs} ms`);
const phases = () => {
  const marks = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  return {
    sync: ((marks['buildStart'] ?? 0) - (marks['configDone'] ?? 0)) / 1000,
    rendering: ((marks['generated'] ?? 0) - (marks['buildStart'] ?? 0)) / 1000,
  };
};
// Cold: no cache of any kind. Clean: empty dist and an empty Astro data store, with the rendered-Markdown cache
// (src/markdown/cached-glob.ts) that an earlier build on this machine left, as after `rm -rf dist node_modules/.astro`.
const cold = run(bin('astro'), ['build'], env);
const coldPhases = phases();
const coldPagefind = run(bin('pagefind'), ['--site', dist, '--glob', PAGEFIND_GLOB, '--silent']);
log(`cold build ${cold.seconds.toFixed(1)} s (content sync ${coldPhases.sync.toFixed(1)} s, rendering ${coldPhases.rendering.toFixed(1)} s) + pagefind ${coldPagefind.seconds.toFixed(1)} s`);
rmSync(dist, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });
const clean = run(bin('astro'), ['build'], env);
const { sync: contentSync, rendering } = phases();
log(`clean build ${clean.seconds.toFixed(1)} s (content sync ${contentSync.toFixed(1)} s, rendering ${rendering.toFixed(1)} s), peak RSS ${(clean.rss / 2 ** 20).toFixed(0)} MiB`);
const pagefind = run(bin('pagefind'), ['--site', dist, '--glob', PAGEFIND_GLOB, '--silent']);
log(`pagefind ${pagefind.seconds.toFixed(1)} s, peak RSS ${(pagefind.rss / 2 ** 20).toFixed(0)} MiB`);

// 3. Output size and one note page's weight.
const files = filesBelow(dist);
const distBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const noteHtml = readFileSync(join(dist, 'notes', 'bench-note-00001', 'index.html'), 'utf8');
const linked = (pattern: RegExp) => [...noteHtml.matchAll(pattern)].map((m) => m[1] ?? '').filter(Boolean);
const css = linked(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g).map((href) => readFileSync(join(dist, href)));
const js = linked(/<script[^>]+src="([^"]+)"/g).map((src) => readFileSync(join(dist, src)));
const inlineJs = [...noteHtml.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');

// 4. Warm rebuild after one note changed.
const changed = join(content, 'notes', 'bench-note-00000.md');
writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nOne more sentence for the warm rebuild.\n`);
const warm = run(bin('astro'), ['build'], env);
const warmPagefind = run(bin('pagefind'), ['--site', dist, '--glob', PAGEFIND_GLOB, '--silent']);
log(`warm rebuild ${warm.seconds.toFixed(1)} s + pagefind ${warmPagefind.seconds.toFixed(1)} s`);

// 5. In the browser: JS before interaction, first search, warm queries.
const browserStats = await measureBrowser();
const measurement: Measurement = {
  notes,
  date: new Date().toISOString().slice(0, 10),
  cores: cpus().length,
  checkMs,
  coldBuildS: cold.seconds + coldPagefind.seconds,
  coldContentSyncS: coldPhases.sync,
  cleanBuildS: clean.seconds + pagefind.seconds,
  astroBuildS: clean.seconds,
  contentSyncS: contentSync,
  renderingS: rendering,
  pagefindS: pagefind.seconds,
  warmRebuildS: warm.seconds + warmPagefind.seconds,
  pages: files.filter((f) => f.endsWith('.html')).length,
  peakRssBytes: Math.max(cold.rss, clean.rss, pagefind.rss, warm.rss),
  distBytes,
  distFiles: files.length,
  noteHtmlBytes: Buffer.byteLength(noteHtml),
  noteHtmlBrotli: brotli(noteHtml),
  noteCssBytes: css.reduce((s, b) => s + b.length, 0),
  noteCssBrotli: css.reduce((s, b) => s + brotli(b), 0),
  noteJsBytes: js.reduce((s, b) => s + b.length, 0),
  noteInlineJsBytes: Buffer.byteLength(inlineJs),
  jsBeforeInteraction: browserStats.jsBefore,
  firstSearchBytes: browserStats.searchBytes,
  firstSearchRequests: browserStats.searchRequests,
  firstResultsMs: browserStats.firstResultsMs,
  warmQueryP95Ms: browserStats.p95,
};

const resultsFile = resolve('bench/results.json');
const all = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Measurement[]) : [];
const merged = [...all.filter((m) => m.notes !== notes), measurement].sort((a, b) => a.notes - b.notes);
writeFileSync(resultsFile, `${JSON.stringify(merged, null, 2)}\n`);
const markdown = renderResults(merged);
writeFileSync(resolve('bench/RESULTS.md'), markdown);
console.log(`\n${markdown}`);
const failed = budgets(merged).filter((b) => b.notes === notes && !b.pass);
process.exitCode = failed.length ? 1 : 0;

/** Serves dist and measures what a reader's browser loads and how fast search answers. */
async function measureBrowser() {
  ensureChromium();
  const { server, url } = await serveStatic(dist, '/');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const jsBefore = await bytesLoaded(page, `${url}notes/bench-note-00002/`, (u, type) => type === 'script' || /\.m?js$|\.wasm$/.test(u));
    await page.goto('about:blank');
    const firstSearch = await measureFirstSearch(page, `${url}search/?q=security`);
    const p95 = await warmQueryP95(page);
    log(`first search ${(firstSearch.searchBytes / 1024).toFixed(1)} kB in ${firstSearch.firstResultsMs.toFixed(0)} ms; warm p95 ${p95.toFixed(1)} ms`);
    return { jsBefore, ...firstSearch, p95 };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

/** Bytes of matching responses while a page loads and settles, before any interaction. */
async function bytesLoaded(page: Page, target: string, match: (url: string, type: string) => boolean): Promise<number> {
  let bytes = 0;
  const onResponse = async (response: Response) => {
    if (match(response.url(), response.request().resourceType())) bytes += (await response.request().sizes()).responseBodySize;
  };
  page.on('response', onResponse);
  await page.goto(target, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  return bytes;
}

/** Everything the search page fetches for its first query besides its own HTML and CSS, and when results show. */
async function measureFirstSearch(page: Page, target: string) {
  let searchBytes = 0;
  let searchRequests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'document' || type === 'stylesheet' || response.url().endsWith('favicon.svg')) return;
    // Bytes on the wire: the encoded body, as a reader on a compressing host downloads it.
    pending.push(
      response
        .request()
        .sizes()
        .then(
          (sizes) => {
            searchBytes += sizes.responseBodySize;
            searchRequests++;
          },
          () => undefined,
        ),
    );
  });
  await page.goto(target);
  await page.waitForSelector('#results-list > li');
  const firstResultsMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { searchBytes, searchRequests, firstResultsMs };
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
