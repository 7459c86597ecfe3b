// Budgets and the results table of the benchmark: pure functions over what one run measured.
import { median } from './exec.ts';
import type { PageWeight } from './browser.ts';
import { STARLIGHT_KIND, type Kind, type SiteName } from './sites.ts';
import type { StarlightVariant } from './starlight.ts';

/** What a Starlight site's output measured at one size. */
export interface StarlightOutput {
  pages: number;
  /** A note page's HTML, brotli: what each further note costs once shared CSS and JS are cached. */
  noteHtmlBrotli: number;
  noteWeight: PageWeight;
}

/** What one benchmark run measured at one corpus size. Sizes in bytes, times in seconds unless the name says ms. */
export interface SizeResult {
  notes: number;
  runs: number;
  checkMs: number;
  /** Every timed build, per site and state, in run order. */
  times: Partial<Record<SiteName, Partial<Record<Kind, number[]>>>>;
  coldSyncS: number[];
  coldRenderingS: number[];
  /** Median render time of a note page in each cold build, per site (Astro's per-page timings). */
  notePageMs: Partial<Record<SiteName, number[]>>;
  peakRssBytes: Partial<Record<SiteName, number>>;
  pages: number;
  bilingualPages: number | undefined;
  distBytes: number;
  largestPage: { path: string; bytes: number };
  noteHtmlBytes: number;
  noteHtmlBrotli: number;
  noteCssBrotli: number;
  noteWeight: PageWeight;
  /** Each Starlight built at this size. */
  starlight: Partial<Record<StarlightVariant, StarlightOutput>>;
  firstSearchBytes: number;
  firstSearchRequests: number;
  firstResultsMs: number;
  warmQueryP95Ms: number;
  /** The first search on a Hindi page of the bilingual build, UI included. */
  hindiFirstSearchBytes: number | undefined;
  /** The Hindi page of the same note on a first visit (bilingual build), fonts included. */
  hindiNoteWeight?: PageWeight | undefined;
  /** `npm run pdf` on the full build: a first run, then a run after one note changed. */
  pdf?: { firstS: number; firstPrinted: number; changedS: number; changedPrinted: number } | undefined;
}

/** One run of `npm run bench`: every size it measured, on one machine, at one time. */
export interface BenchRun {
  date: string;
  cores: number;
  /** `uptime` when the run started and ended: other work on the machine makes timings noisy. */
  load: { start: string; end: string };
  command: string;
  sizes: SizeResult[];
}

export interface Budget {
  notes: number;
  name: string;
  figure: string;
  limit: string;
  pass: boolean;
}

const kB = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} kB` : '—');
const s = (seconds: number) => (Number.isFinite(seconds) ? `${seconds.toFixed(1)} s` : '—');
const MiB = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : '—');
const x = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)} ×` : '—');
const med = (values: number[] | undefined) => (values?.length ? median(values) : NaN);

/** Median seconds of one site's builds of one kind; a Starlight's clean and first builds are its cold one, its full build `astro build` after one note changed. */
export function medianTime(size: SizeResult, site: SiteName, kind: Kind): number {
  const ours = site === 'ours' || site === 'bilingual';
  return med(size.times[site]?.[ours ? kind : STARLIGHT_KIND[kind]]);
}

/** Every budget of the issue that applies to one size; ratios to lean Starlight only when it was built. */
export function budgets(run: BenchRun): Budget[] {
  const out: Budget[] = [];
  const thousand = run.sizes.find((m) => m.notes === 1000);
  for (const m of run.sizes) {
    const add = (name: string, figure: string, limit: string, pass: boolean) => out.push({ notes: m.notes, name, figure, limit, pass });
    const lean = m.starlight.lean;
    const vsLean = (kind: Kind) => medianTime(m, 'ours', kind) / medianTime(m, 'lean', kind);
    if (lean && m.notes <= 1000) {
      add('cold `astro build` ÷ lean Starlight', x(vsLean('cold')), '≤ 1.5 ×', vsLean('cold') <= 1.5);
      if (m.times.ours?.first) add('first `npm run build`, no caches ÷ lean Starlight cold', x(vsLean('first')), '≤ 2.5 ×', vsLean('first') <= 2.5);
      const render = med(m.notePageMs.ours) / med(m.notePageMs.lean);
      add('note page render time ÷ lean Starlight’s', x(render), '≤ 1.5 ×', render <= 1.5);
      const bytes = m.noteWeight.total / lean.noteWeight.total;
      add('note page, every byte before interaction ÷ lean Starlight’s', x(bytes), '≤ 0.5 ×', bytes <= 0.5);
    }
    const warm = medianTime(m, 'ours', 'warm') / medianTime(m, 'ours', 'clean');
    if (m.times.ours?.warm && m.times.ours.clean) add('warm rebuild, one note changed ÷ our clean build', x(warm), '≤ 0.4 ×', warm <= 0.4);
    if (m.times.bilingual?.cold) {
      const both = medianTime(m, 'bilingual', 'cold') / medianTime(m, 'ours', 'cold');
      add('bilingual cold build (every note translated) ÷ English-only', x(both), '≤ 2.1 ×', both <= 2.1);
    }
    if (m.hindiFirstSearchBytes !== undefined)
      add('first search on a Hindi page, UI included', kB(m.hindiFirstSearchBytes), '≤ 150 kB', m.hindiFirstSearchBytes <= 150 * 1024);
    add('largest HTML page', `${(m.largestPage.bytes / 2 ** 20).toFixed(2)} MiB`, '≤ 2 MiB', m.largestPage.bytes <= 2 * 2 ** 20);
    if (m.notes <= 1000) add('content check', `${m.checkMs} ms`, '≤ 2,500 ms', m.checkMs <= 2500);
    const searchLimit = m.notes <= 1000 ? 150 : 300;
    add('first search, UI included', kB(m.firstSearchBytes), `≤ ${searchLimit} kB`, m.firstSearchBytes <= searchLimit * 1024);
    add('warm query p95', `${m.warmQueryP95Ms.toFixed(1)} ms`, '≤ 50 ms', m.warmQueryP95Ms <= 50);
    if (m.notes === 10000) {
      const scale = medianTime(m, 'ours', 'cold') / (thousand ? medianTime(thousand, 'ours', 'cold') : NaN);
      add('cold build ÷ 1,000-note cold build, same run, default heap', x(scale), '≤ 10 ×', scale <= 10);
    }
  }
  return out;
}

/** Marks where the hand-written notes of bench/RESULTS.md start; a new run keeps everything below it. */
const NOTES_MARKER = '<!-- notes: kept by npm run bench -->';

/** The hand-written part of an earlier RESULTS.md, from the marker on. */
export function keptNotes(previous: string): string {
  return previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)).trimEnd() : NOTES_MARKER;
}

/** The side-by-side table of one size: ours against stock and lean Starlight. */
function sizeTable(m: SizeResult): string[] {
  const variants: StarlightVariant[] = ['stock', 'lean'];
  const row = (label: string, ours: string, ...theirs: string[]) => `| ${label} | ${ours} | ${theirs.join(' | ')} |`;
  const pair = (ours: number, theirs: (v: StarlightVariant) => number, unit: (n: number) => string) =>
    variants.map((v) => (Number.isFinite(theirs(v)) ? `${unit(theirs(v))} (${x(ours / theirs(v))})` : '—'));
  // A row only for builds this size timed: a Starlight's figure alone compares with nothing.
  const build = (label: string, kind: Kind, site: SiteName = 'ours') => {
    const ours = medianTime(m, site, kind);
    if (!Number.isFinite(ours)) return [];
    const runs = (m.times[site]?.[kind] ?? []).map((t) => t.toFixed(1)).join(', ');
    return [row(`${label} (runs: ${runs})`, s(ours), ...pair(ours, (v) => medianTime(m, v, kind), s))];
  };
  const weight = (v: StarlightVariant) => m.starlight[v]?.noteWeight.total ?? NaN;
  const renderMs = (site: SiteName) => med(m.notePageMs[site]);
  return [
    `### ${m.notes.toLocaleString('en-US')} notes (medians of ${m.runs} run${m.runs > 1 ? 's' : ''})`,
    '',
    '| | ours (English) | stock Starlight (ratio) | lean Starlight (ratio) |',
    '| --- | ---: | ---: | ---: |',
    ...build('cold `astro build`, no cache (Pagefind inside)', 'cold'),
    row('· cold content sync / page rendering', `${s(med(m.coldSyncS))} / ${s(med(m.coldRenderingS))}`, '', ''),
    row('· one note page rendered (median, cold)', `${renderMs('ours').toFixed(1)} ms`, ...pair(renderMs('ours'), renderMs, (n) => `${n.toFixed(1)} ms`)),
    ...build('clean build, our Markdown cache kept', 'clean'),
    ...build('warm rebuild, one note changed', 'warm'),
    ...build('**full `npm run build`**, one note changed', 'full'),
    ...build('**first `npm run build`**, no caches (a fresh clone: CI)', 'first'),
    ...build('bilingual cold `astro build` (every note and question translated)', 'cold', 'bilingual'),
    row('peak RSS of one build process', MiB(m.peakRssBytes.ours ?? NaN), ...variants.map((v) => MiB(m.peakRssBytes[v] ?? NaN))),
    ...(m.peakRssBytes.bilingual ? [row('· bilingual build', MiB(m.peakRssBytes.bilingual), '', '')] : []),
    row('HTML pages built (bilingual)', `${m.pages} (${m.bilingualPages ?? '—'})`, ...variants.map((v) => String(m.starlight[v]?.pages ?? '—'))),
    row('largest HTML page', `${kB(m.largestPage.bytes)} (${m.largestPage.path})`, '', ''),
    row('dist size', MiB(m.distBytes), '', ''),
    row('note page, first visit: every byte before interaction (brotli)', kB(m.noteWeight.total), ...pair(m.noteWeight.total, weight, kB)),
    row('· of which JS', kB(m.noteWeight.js), ...variants.map((v) => kB(m.starlight[v]?.noteWeight.js ?? NaN))),
    row('· of which web fonts', kB(m.noteWeight.fonts), ...variants.map((v) => kB(m.starlight[v]?.noteWeight.fonts ?? NaN))),
    row(
      '· everything but web fonts',
      kB(m.noteWeight.total - m.noteWeight.fonts),
      ...pair(m.noteWeight.total - m.noteWeight.fonts, (v) => (m.starlight[v]?.noteWeight.total ?? NaN) - (m.starlight[v]?.noteWeight.fonts ?? 0), kB),
    ),
    row(
      'note page HTML, brotli (each further note)',
      kB(m.noteHtmlBrotli),
      ...pair(m.noteHtmlBrotli, (v) => m.starlight[v]?.noteHtmlBrotli ?? NaN, kB),
    ),
    row('note page HTML raw, CSS brotli', `${kB(m.noteHtmlBytes)}, ${kB(m.noteCssBrotli)}`, '', ''),
    row('content check', `${m.checkMs} ms`, '', ''),
    row('first search: bytes (requests), first results', `${kB(m.firstSearchBytes)} (${m.firstSearchRequests}), ${m.firstResultsMs.toFixed(0)} ms`, '', ''),
    ...(m.hindiNoteWeight
      ? [
          row(
            'Hindi note page, first visit, fonts included (÷ the English page)',
            `${kB(m.hindiNoteWeight.total)} (${x(m.hindiNoteWeight.total / m.noteWeight.total)}), fonts ${kB(m.hindiNoteWeight.fonts)}`,
            '',
            '',
          ),
        ]
      : []),
    row('first search on a Hindi page (bilingual build)', m.hindiFirstSearchBytes === undefined ? '—' : kB(m.hindiFirstSearchBytes), '', ''),
    row('warm query p95', `${m.warmQueryP95Ms.toFixed(1)} ms`, '', ''),
    ...(m.pdf
      ? [
          row('`npm run pdf`, first run (build, print, rebuild)', `${s(m.pdf.firstS)}, ${m.pdf.firstPrinted} PDFs`, '', ''),
          row('`npm run pdf` after one note changed', `${s(m.pdf.changedS)}, ${m.pdf.changedPrinted} PDFs`, '', ''),
        ]
      : []),
    '',
  ];
}

/** bench/RESULTS.md: how it was measured, one side-by-side table per size, then the budgets. */
export function renderResults(run: BenchRun, previous = ''): string {
  return [
    '# Benchmark results',
    '',
    `\`${run.command}\` on ${run.date}: ${run.cores} cores; load at start \`${run.load.start}\`, at end \`${run.load.end}\`.`,
    '',
    'Synthetic notes of about 1,000 words from a 6,000-word Zipf vocabulary (scripts/bench/corpus.ts), one practice',
    'question each. Two Starlight 0.42 sites, installed in temporary folders outside the repository with our Astro and',
    'Pagefind versions, get the same Markdown bodies as docs pages: **stock** (its autogenerated sidebar lists every',
    'page on every page, quadratic in the notes) and **lean** (a one-link sidebar: the same per-page work as ours).',
    '"ours" is the English site alone (`SITE_LANGUAGES=en`), the work a Starlight does; **bilingual** is the same',
    'corpus with every note and question translated, built in both languages. Builds alternate between the sites.',
    '',
    '- **cold**: no cache of any kind: `astro build`, Pagefind inside it (as in Starlight).',
    '- **clean**: empty output and Astro data store, our rendered-Markdown cache kept (Starlight has none: its cold build).',
    '- **warm**: every cache kept, one note changed. **full**: `npm run build` (content check, Astro, Pagefind, link',
    '  check and HTML validation) after one note changed, against Starlight’s warm `astro build`. **first**: `npm run',
    '  build` with no cache of any kind (a fresh clone, as CI builds), against Starlight’s cold build.',
    '- Browser figures: Debian Chromium against a local server that compresses text with brotli, as a static host does.',
    '',
    ...run.sizes.flatMap(sizeTable),
    '## Budgets',
    '',
    '| notes | budget | figure | limit | result |',
    '| ---: | --- | ---: | --- | --- |',
    ...budgets(run).map((b) => `| ${b.notes.toLocaleString('en-US')} | ${b.name} | ${b.figure} | ${b.limit} | ${b.pass ? 'PASS' : 'FAIL'} |`),
    '',
    keptNotes(previous),
    '',
  ].join('\n');
}
