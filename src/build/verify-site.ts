import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { brokenLinks, readPage, type BrokenLink, type PageLinks } from '../lib/build/links.ts';
import { filesBelow } from './files.ts';
import { HTML_VALIDATE_CONFIG, htmlErrors, type HtmlError } from './html-validator.ts';

/**
 * Where verification results are kept between builds, by page content: one file per site (content folder and base
 * path), so `npm run build` and `npm run build:base` do not evict each other's results.
 */
export function verifyCacheFile(site: string): string {
  const name = createHash('sha256').update(site).digest('hex').slice(0, 16);
  return `node_modules/.cache/india-japan-notes/verify/${name}.json`;
}

/** What a page's HTML alone says: its html-validate errors, its element ids and its links. */
interface PageFacts {
  errors: HtmlError[];
  ids: string[];
  links: string[];
}

/** What the cache depends on besides the HTML: the validator's version and rules. */
function cacheKey(): string {
  const version = JSON.parse(readFileSync('node_modules/html-validate/package.json', 'utf8')) as { version: string };
  return createHash('sha256')
    .update(`${version.version}\n${JSON.stringify(HTML_VALIDATE_CONFIG)}\nfacts-v1`)
    .digest('hex');
}

function readCache(file: string, key: string): Map<string, PageFacts> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { key: string; pages: Record<string, PageFacts> };
    return new Map(data.key === key ? Object.entries(data.pages) : []);
  } catch {
    return new Map();
  }
}

/** Validates `files` on a second core: half in a worker thread, half here. */
async function validateAll(files: readonly string[], parallel: boolean): Promise<HtmlError[][]> {
  if (!parallel || files.length < 40 || availableParallelism() < 2) {
    return files.map((file) => htmlErrors(readFileSync(file, 'utf8')));
  }
  const half = Math.ceil(files.length / 2);
  const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { workerData: files.slice(half) });
  const theirs = new Promise<HtmlError[][]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const ours = files.slice(0, half).map((file) => htmlErrors(readFileSync(file, 'utf8')));
  const rest = await theirs;
  await worker.terminate();
  return [...ours, ...rest];
}

export interface VerifyOptions {
  /** Cache file for page facts; none when undefined. */
  cache?: string | undefined;
  /** Validate on two cores. */
  parallel?: boolean;
}

export interface VerifyResult {
  /** Broken links and HTML errors, each a sentence. */
  links: BrokenLink[];
  html: string[];
  pages: number;
  /** Site paths of the HTML pages built (`/notes/x/`, `/404.html`). */
  built: string[];
  /** Site paths of every file built, pages also as `/x/`. */
  files: Set<string>;
  /** Distinct pages validated this time (the rest came from the cache or were identical to another page). */
  validated: number;
}

/**
 * Checks a built site at `dir`, served under `base`: every internal link and #fragment resolves, and html-validate
 * finds no error. Each distinct page is validated once; results are cached by page content between builds.
 */
export async function verifySite(dir: string, base: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const files = filesBelow(dir).map((file) => `/${relative(dir, file).split(sep).join('/')}`);
  const sitePath = (file: string) => file.replace(/index\.html$/, '');
  const fileSet = new Set(files.flatMap((file) => [file, sitePath(file)]));
  const key = options.cache ? cacheKey() : '';
  const cache = options.cache ? readCache(options.cache, key) : new Map<string, PageFacts>();
  const html = files.filter((f) => f.endsWith('.html'));
  const hashes = html.map((file) =>
    createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex'),
  );
  const missing = [...new Set(hashes.filter((hash) => !cache.has(hash)))];
  const fileOf = new Map(hashes.map((hash, i) => [hash, join(dir, html[i] ?? '')]));
  const errors = await validateAll(
    missing.map((hash) => fileOf.get(hash) ?? ''),
    options.parallel ?? true,
  );
  missing.forEach((hash, i) => {
    const page = readPage('', readFileSync(fileOf.get(hash) ?? '', 'utf8'));
    cache.set(hash, { errors: errors[i] ?? [], ids: [...page.ids], links: page.links });
  });
  const pages: PageLinks[] = [];
  const problems: string[] = [];
  html.forEach((file, i) => {
    const facts = cache.get(hashes[i] ?? '') as PageFacts;
    pages.push({ path: sitePath(file), ids: new Set(facts.ids), links: facts.links });
    for (const e of facts.errors)
      problems.push(`${file}:${e.line}:${e.column} html-validate ${e.ruleId}: ${e.message}`);
  });
  if (options.cache) {
    const used = Object.fromEntries(hashes.map((hash) => [hash, cache.get(hash)]));
    mkdirSync(dirname(options.cache), { recursive: true });
    writeFileSync(options.cache, JSON.stringify({ key, pages: used }));
  }
  return {
    links: brokenLinks(pages, fileSet, base),
    html: problems,
    pages: html.length,
    built: html.map(sitePath),
    files: fileSet,
    validated: missing.length,
  };
}
