// Budgets and the results table of the benchmark: pure functions over what one run measured.
import { median } from './exec.ts';
import type { Kind } from './sites.ts';

/** What one benchmark run measured at one corpus size. Sizes in bytes, times in seconds unless the name says ms. */
export interface SizeResult {
  notes: number;
  runs: number;
  checkMs: number;
  /** Every timed build, per site and state, in run order. */
  times: { ours: Partial<Record<Kind, number[]>>; starlight: Partial<Record<Kind, number[]>> };
  coldSyncS: number[];
  coldRenderingS: number[];
  peakRssBytes: { ours: number; starlight: number };
  pages: number;
  starlightPages: number | undefined;
  distBytes: number;
  largestPage: { path: string; bytes: number };
  noteHtmlBytes: number;
  noteHtmlBrotli: number;
  /** Starlight's note page HTML, brotli: what each further note costs once shared CSS and JS are cached. */
  starlightNoteHtmlBrotli: number | undefined;
  noteCssBrotli: number;
  noteWeight: { total: number; js: number };
  starlightNoteWeight: { total: number; js: number } | undefined;
  firstSearchBytes: number;
  firstSearchRequests: number;
  firstResultsMs: number;
  warmQueryP95Ms: number;
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

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const s = (seconds: number) => (Number.isFinite(seconds) ? `${seconds.toFixed(1)} s` : '—');
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const x = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)} ×` : '—');
const med = (values: number[] | undefined) => (values?.length ? median(values) : NaN);

/** Median seconds of one site's builds of one kind; Starlight's clean build is its cold one, its full build `astro build` after one note changed. */
export function medianTime(size: SizeResult, site: 'ours' | 'starlight', kind: Kind): number {
  const theirs: Record<Kind, Kind> = { cold: 'cold', clean: 'cold', warm: 'warm', full: 'warm' };
  return med(size.times[site][site === 'ours' ? kind : theirs[kind]]);
}

/** Every budget of the issue that applies to one size; ratios to Starlight only when Starlight was built. */
export function budgets(run: BenchRun): Budget[] {
  const out: Budget[] = [];
  const thousand = run.sizes.find((m) => m.notes === 1000);
  for (const m of run.sizes) {
    const add = (name: string, figure: string, limit: string, pass: boolean) => out.push({ notes: m.notes, name, figure, limit, pass });
    const ratio = (kind: Kind) => medianTime(m, 'ours', kind) / medianTime(m, 'starlight', kind);
    if (m.starlightPages !== undefined) {
      if (m.times.ours.full) add('full `npm run build` ÷ Starlight `astro build`', x(ratio('full')), '≤ 1.5 ×', ratio('full') <= 1.5);
      add('cold build ÷ Starlight cold build', x(ratio('cold')), '≤ 1.2 ×', ratio('cold') <= 1.2);
      // Each further note a reader opens costs its HTML: stylesheets and scripts are cached by then.
      const html = m.noteHtmlBrotli / (m.starlightNoteHtmlBrotli ?? NaN);
      add('note page HTML ÷ Starlight’s (brotli)', x(html), '≤ 0.4 ×', html <= 0.4);
    }
    const warm = medianTime(m, 'ours', 'warm') / medianTime(m, 'ours', 'clean');
    if (m.times.ours.warm && m.times.ours.clean) add('warm rebuild ÷ our clean build', x(warm), '≤ 0.5 ×', warm <= 0.5);
    add('largest HTML page', `${(m.largestPage.bytes / 2 ** 20).toFixed(2)} MiB`, '≤ 2 MiB', m.largestPage.bytes <= 2 * 2 ** 20);
    // 15 kB since the site ships its fonts: their @font-face rules (17 faces, every page, so that a Hindi word or an
    // accented name in any page or search result has its face) and the first screen's preloads are 0.7 kB of it.
    const page = m.noteHtmlBrotli + m.noteCssBrotli;
    add('note page HTML + CSS (brotli)', kB(page), '≤ 15 kB', page <= 15 * 1024);
    add('JS a note page loads before interaction', `${m.noteWeight.js} B`, '0 B', m.noteWeight.js === 0);
    if (m.notes <= 1000) add('content check', `${m.checkMs} ms`, '≤ 2,000 ms', m.checkMs <= 2000);
    const searchLimit = m.notes <= 1000 ? 150 : 300;
    add('first search, UI included', kB(m.firstSearchBytes), `≤ ${searchLimit} kB`, m.firstSearchBytes <= searchLimit * 1024);
    add('warm query p95', `${m.warmQueryP95Ms.toFixed(1)} ms`, '≤ 50 ms', m.warmQueryP95Ms <= 50);
    if (m.notes === 10000) {
      const scale = medianTime(m, 'ours', 'cold') / (thousand ? medianTime(thousand, 'ours', 'cold') : NaN);
      add('cold build ÷ 1,000-note cold build, same run, no heap flag', x(scale), '≤ 10 ×', scale <= 10);
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

/** The side-by-side table of one size. */
function sizeTable(m: SizeResult): string[] {
  const row = (label: string, ours: string, theirs: string, ratio: string) => `| ${label} | ${ours} | ${theirs} | ${ratio} |`;
  const build = (label: string, kind: Kind) => {
    const ours = medianTime(m, 'ours', kind);
    const theirs = medianTime(m, 'starlight', kind);
    const runs = (m.times.ours[kind] ?? []).map((t) => t.toFixed(1)).join(', ');
    return row(`${label} (runs: ${runs || '—'})`, s(ours), s(theirs), x(ours / theirs));
  };
  const theirWeight = m.starlightNoteWeight?.total ?? NaN;
  return [
    `### ${m.notes.toLocaleString('en-US')} notes (medians of ${m.runs} run${m.runs > 1 ? 's' : ''})`,
    '',
    '| | ours | Starlight | ratio |',
    '| --- | ---: | ---: | ---: |',
    build('cold build, no cache: astro build + Pagefind', 'cold'),
    row('· cold content sync / page rendering', `${s(med(m.coldSyncS))} / ${s(med(m.coldRenderingS))}`, '', ''),
    build('clean build, our Markdown cache kept', 'clean'),
    build('warm rebuild, one note changed', 'warm'),
    build('**full `npm run build`**, one note changed', 'full'),
    row('peak RSS of one build process', MiB(m.peakRssBytes.ours), MiB(m.peakRssBytes.starlight), ''),
    row('HTML pages built', String(m.pages), String(m.starlightPages ?? '—'), ''),
    row('largest HTML page', `${kB(m.largestPage.bytes)} (${m.largestPage.path})`, '', ''),
    row('dist size', MiB(m.distBytes), '', ''),
    row('note page, first visit: every byte before interaction (brotli)', kB(m.noteWeight.total), kB(theirWeight), x(m.noteWeight.total / theirWeight)),
    row('· of which JS', `${m.noteWeight.js} B`, `${m.starlightNoteWeight?.js ?? '—'} B`, ''),
    row(
      '· without JS (HTML, CSS, icons)',
      kB(m.noteWeight.total - m.noteWeight.js),
      kB(theirWeight - (m.starlightNoteWeight?.js ?? 0)),
      x((m.noteWeight.total - m.noteWeight.js) / (theirWeight - (m.starlightNoteWeight?.js ?? 0))),
    ),
    row('note page HTML, brotli (each further note)', kB(m.noteHtmlBrotli), kB(m.starlightNoteHtmlBrotli ?? NaN), x(m.noteHtmlBrotli / (m.starlightNoteHtmlBrotli ?? NaN))),
    row('note page HTML raw, CSS brotli', `${kB(m.noteHtmlBytes)}, ${kB(m.noteCssBrotli)}`, '', ''),
    row('content check', `${m.checkMs} ms`, '', ''),
    row('first search: bytes (requests), first results', `${kB(m.firstSearchBytes)} (${m.firstSearchRequests}), ${m.firstResultsMs.toFixed(0)} ms`, '', ''),
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
    'question each; Starlight (stock, installed in a temporary folder outside the repository with our Astro and',
    'Pagefind versions) gets the same Markdown bodies as docs pages. Builds alternate between the two sites.',
    '',
    '- **cold**: no cache of any kind. Ours is `astro build` + Pagefind; Starlight runs Pagefind inside `astro build`.',
    '- **clean**: empty output and Astro data store, our rendered-Markdown cache kept (Starlight has none: its cold build).',
    '- **warm**: every cache kept, one note changed. **full**: `npm run build` (content check, Astro, Pagefind, link',
    '  check and HTML validation) after one note changed, against Starlight’s warm `astro build`.',
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
