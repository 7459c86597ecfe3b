// One corpus size, side by side: rounds of builds of our site (English alone, and bilingual from the translated
// corpus) and of the two Starlights, alternating which goes first, then the output and what a reader's browser
// loads. Medians are taken by the report.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { filesBelow } from '../lib/walk.ts';
import { pageWeight, searchStats, withSite } from './browser.ts';
import { toHindi } from './corpus.ts';
import { median, notePageMs, timed } from './exec.ts';
import type { SizeResult } from './report.ts';
import { ourSite, STARLIGHT_KIND, starlightSite, type BenchSite, type Kind, type SiteName } from './sites.ts';
import { starlightDir, type StarlightVariant } from './starlight.ts';

export interface SizeOptions {
  notes: number;
  runs: number;
  kinds: readonly Kind[];
  corpus: Map<string, string>;
  /** The same corpus with every note and question translated, for the bilingual build; undefined to skip it. */
  bilingualCorpus: Map<string, string> | undefined;
  work: string;
  /** The Starlight sites to build beside ours (none: ours alone). */
  starlights: readonly StarlightVariant[];
  /** Also time `npm run pdf`, first run and after one note changed. */
  pdf: boolean;
  log: (line: string) => void;
}

const NOTE = 'notes/bench-note-00002/';
const brotli = (bytes: Buffer | string) => brotliCompressSync(bytes).length;

export async function measureSize(options: SizeOptions): Promise<SizeResult> {
  const { notes, runs, kinds, corpus, work, log } = options;
  const ours = ourSite(work, corpus);
  const bilingual = options.bilingualCorpus ? ourSite(`${work}-bilingual`, options.bilingualCorpus, 'bilingual') : undefined;
  const starlights = options.starlights.map((variant) => starlightSite(starlightDir(variant), corpus, variant, log));
  const check = timed(process.execPath, ['scripts/check.ts', join(work, 'content')]);
  log(`content check ${(check.seconds * 1000).toFixed(0)} ms`);

  const times: SizeResult['times'] = {};
  const peak: SizeResult['peakRssBytes'] = {};
  const pageMs: SizeResult['notePageMs'] = {};
  const syncs: number[] = [];
  const renders: number[] = [];
  const time = (site: BenchSite, kind: Kind, round: number) => {
    const result = site.build(kind, round);
    ((times[site.name] ??= {})[kind] ??= []).push(result.seconds);
    peak[site.name] = Math.max(peak[site.name] ?? 0, result.rss);
    if (kind === 'cold') (pageMs[site.name] ??= []).push(notePageMs(result.stdout));
    log(`round ${round} ${site.name} ${kind} ${result.seconds.toFixed(1)} s, peak RSS ${(result.rss / 2 ** 20).toFixed(0)} MiB`);
    return result;
  };
  for (let round = 1; round <= runs; round++) {
    for (const kind of kinds) {
      // A Starlight builds only for the kinds that differ for it (its clean and first builds are its cold one).
      const theirs = STARLIGHT_KIND[kind] === kind ? starlights : [];
      const sites: BenchSite[] = [ours, ...theirs, ...(bilingual && kind === 'cold' ? [bilingual] : [])];
      for (const site of round % 2 ? sites : sites.reverse()) {
        time(site, kind, round);
        if (site === ours && kind === 'cold') {
          const { sync, rendering } = ours.phases();
          syncs.push(sync);
          renders.push(rendering);
        }
      }
    }
  }

  // The output of our last astro build, and one note page of each site in the browser.
  const files = filesBelow(ours.dist);
  const pages = files.filter((f) => f.endsWith('.html'));
  const sizes = pages.map((f) => ({ path: `/${relative(ours.dist, f)}`, bytes: statSync(f).size }));
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const noteHtml = readFileSync(join(ours.dist, NOTE, 'index.html'));
  const css = [...noteHtml.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g)].map((m) =>
    readFileSync(join(ours.dist, m[1] ?? '')),
  );
  const browser = await withSite(ours.dist, async (page, url) => ({
    weight: await pageWeight(page, `${url}${NOTE}`),
    search: await searchStats(page, url),
  }));
  const hindiSearch = bilingual
    ? await withSite(bilingual.dist, (page, url) => searchStats(page, url, { language: 'hi', query: toHindi('security') }))
    : undefined;
  // The same note's Hindi page on a first visit (its Devanagari faces included), against its English page.
  const hindiNoteWeight = bilingual
    ? await withSite(bilingual.dist, (page, url) => pageWeight(page, `${url}hi/${NOTE}`))
    : undefined;
  const bilingualPages = bilingual ? filesBelow(bilingual.dist).filter((f) => f.endsWith('.html')).length : undefined;
  let pdf: SizeResult['pdf'];
  if (options.pdf) {
    const first = ours.pdf(true);
    const changed = ours.pdf(false);
    pdf = { firstS: first.seconds, firstPrinted: first.printed, changedS: changed.seconds, changedPrinted: changed.printed };
    log(`npm run pdf: first ${first.seconds.toFixed(1)} s (${first.printed} PDFs), after one change ${changed.seconds.toFixed(1)} s (${changed.printed})`);
  }
  const theirs: SizeResult['starlight'] = {};
  for (const site of starlights) {
    const weight = await withSite(site.dist, (page, url) => pageWeight(page, `${url}${NOTE}`));
    theirs[site.name as StarlightVariant] = {
      pages: filesBelow(site.dist).filter((f) => f.endsWith('.html')).length,
      noteHtmlBrotli: brotli(readFileSync(join(site.dist, NOTE, 'index.html'))),
      noteWeight: weight,
    };
    log(`${site.name} Starlight note page ${weight.total} B`);
  }
  log(`note page ${browser.weight.total} B; largest page ${largest.path} ${(largest.bytes / 2 ** 20).toFixed(2)} MiB`);
  const name: SiteName[] = ['ours', 'bilingual', ...options.starlights];
  log(`cold note page render ms: ${name.map((n) => `${n} ${median(pageMs[n] ?? [NaN]).toFixed(1)}`).join(', ')}`);
  return {
    notes,
    runs,
    checkMs: Math.round(check.seconds * 1000),
    times,
    coldSyncS: syncs,
    coldRenderingS: renders,
    notePageMs: pageMs,
    peakRssBytes: peak,
    pages: pages.length,
    bilingualPages,
    distBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    largestPage: largest,
    noteHtmlBytes: noteHtml.length,
    noteHtmlBrotli: brotli(noteHtml),
    noteCssBrotli: css.reduce((sum, b) => sum + brotli(b), 0),
    noteWeight: browser.weight,
    starlight: theirs,
    ...browser.search,
    hindiFirstSearchBytes: hindiSearch?.firstSearchBytes,
    hindiNoteWeight,
    pdf,
  };
}
