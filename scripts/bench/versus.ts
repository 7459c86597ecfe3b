// One corpus size, side by side: rounds of builds of our site and (optionally) Starlight, alternating which goes
// first, then the output and what a reader's browser loads. Medians are taken by the report.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { filesBelow } from '../lib/walk.ts';
import { pageWeight, searchStats, withSite } from './browser.ts';
import { timed } from './exec.ts';
import type { SizeResult } from './report.ts';
import { ourSite, starlightSite, type BenchSite, type Kind } from './sites.ts';

export interface SizeOptions {
  notes: number;
  runs: number;
  kinds: readonly Kind[];
  corpus: Map<string, string>;
  work: string;
  /** Folder of the Starlight site, or undefined to build ours alone. */
  starlightDir: string | undefined;
  /** Also time `npm run pdf`, first run and after one note changed. */
  pdf: boolean;
  log: (line: string) => void;
}

const NOTE = 'notes/bench-note-00002/';
const brotli = (bytes: Buffer | string) => brotliCompressSync(bytes).length;

export async function measureSize(options: SizeOptions): Promise<SizeResult> {
  const { notes, runs, kinds, corpus, work, log } = options;
  const ours = ourSite(work, corpus);
  const starlight = options.starlightDir ? starlightSite(options.starlightDir, corpus, log) : undefined;
  const check = timed(process.execPath, ['scripts/check.ts', join(work, 'content')]);
  log(`content check ${(check.seconds * 1000).toFixed(0)} ms`);

  const times: SizeResult['times'] = { ours: {}, starlight: {} };
  const peak = { ours: 0, starlight: 0 };
  const syncs: number[] = [];
  const renders: number[] = [];
  const time = (site: BenchSite, kind: Kind, round: number) => {
    const result = site.build(kind, round);
    const key = site.name as 'ours' | 'starlight';
    (times[key][kind] ??= []).push(result.seconds);
    peak[key] = Math.max(peak[key], result.rss);
    log(`round ${round} ${site.name} ${kind} ${result.seconds.toFixed(1)} s, peak RSS ${(result.rss / 2 ** 20).toFixed(0)} MiB`);
    return result;
  };
  for (let round = 1; round <= runs; round++) {
    for (const kind of kinds) {
      // Starlight has no Markdown cache (clean = cold) and no build beyond `astro build` (full = warm).
      const theirs = starlight && (kind === 'cold' || kind === 'warm') ? starlight : undefined;
      const order = round % 2 ? [ours, theirs] : [theirs, ours];
      for (const site of order) {
        if (!site) continue;
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
  const css = [...noteHtml.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g)]
    .map((m) => readFileSync(join(ours.dist, m[1] ?? '')));
  const browser = await withSite(ours.dist, async (page, url) => ({
    weight: await pageWeight(page, `${url}${NOTE}`),
    search: await searchStats(page, url),
  }));
  let pdf: SizeResult['pdf'];
  if (options.pdf) {
    const first = ours.pdf(true);
    const changed = ours.pdf(false);
    pdf = { firstS: first.seconds, firstPrinted: first.printed, changedS: changed.seconds, changedPrinted: changed.printed };
    log(`npm run pdf: first ${first.seconds.toFixed(1)} s (${first.printed} PDFs), after one change ${changed.seconds.toFixed(1)} s (${changed.printed})`);
  }
  const theirWeight = starlight ? await withSite(starlight.dist, (page, url) => pageWeight(page, `${url}${NOTE}`)) : undefined;
  log(`note page ${browser.weight.total} B (Starlight ${theirWeight?.total ?? '—'} B); largest page ${largest.path} ${(largest.bytes / 2 ** 20).toFixed(2)} MiB`);
  return {
    notes,
    runs,
    checkMs: Math.round(check.seconds * 1000),
    times,
    coldSyncS: syncs,
    coldRenderingS: renders,
    peakRssBytes: peak,
    pages: pages.length,
    starlightPages: starlight ? filesBelow(starlight.dist).filter((f) => f.endsWith('.html')).length : undefined,
    distBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    largestPage: largest,
    noteHtmlBytes: noteHtml.length,
    noteHtmlBrotli: brotli(noteHtml),
    starlightNoteHtmlBrotli: starlight ? brotli(readFileSync(join(starlight.dist, NOTE, 'index.html'))) : undefined,
    noteCssBrotli: css.reduce((sum, b) => sum + brotli(b), 0),
    noteWeight: browser.weight,
    starlightNoteWeight: theirWeight,
    ...browser.search,
    pdf,
  };
}
