// Budgets and the results table of the benchmark: pure functions over measurements.

/** What one benchmark run measured. Sizes in bytes, times in seconds unless the name says ms. */
export interface Measurement {
  notes: number;
  date: string;
  cores: number;
  checkMs: number;
  /** No caches at all. */
  coldBuildS: number;
  coldContentSyncS: number;
  /** Empty dist and data store; rendered-Markdown cache kept. */
  cleanBuildS: number;
  astroBuildS: number;
  contentSyncS: number;
  renderingS: number;
  pagefindS: number;
  warmRebuildS: number;
  pages: number;
  peakRssBytes: number;
  distBytes: number;
  distFiles: number;
  noteHtmlBytes: number;
  noteHtmlBrotli: number;
  noteCssBytes: number;
  noteCssBrotli: number;
  noteJsBytes: number;
  noteInlineJsBytes: number;
  jsBeforeInteraction: number;
  firstSearchBytes: number;
  firstSearchRequests: number;
  firstResultsMs: number;
  warmQueryP95Ms: number;
  /** Set when `--search-only` re-measured the browser figures after a change to the search page. */
  searchRemeasured?: string;
}

export interface Budget {
  notes: number;
  name: string;
  figure: string;
  limit: string;
  pass: boolean;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** Every budget that applies to each measurement. */
export function budgets(measurements: readonly Measurement[]): Budget[] {
  const out: Budget[] = [];
  const thousand = measurements.find((m) => m.notes === 1000);
  for (const m of measurements) {
    const add = (name: string, figure: string, limit: string, pass: boolean) => out.push({ notes: m.notes, name, figure, limit, pass });
    const page = m.noteHtmlBrotli + m.noteCssBrotli;
    add('note page HTML + CSS (brotli)', kB(page), '≤ 14 kB', page <= 14 * 1024);
    add('JS a note page loads before interaction', `${m.jsBeforeInteraction} B`, '0 B', m.jsBeforeInteraction === 0);
    add('content check', `${m.checkMs} ms`, m.notes <= 1000 ? '≤ 2,000 ms' : 'reported', m.notes > 1000 || m.checkMs <= 2000);
    add('warm query p95', `${m.warmQueryP95Ms.toFixed(1)} ms`, '≤ 50 ms', m.warmQueryP95Ms <= 50);
    if (m.notes <= 1000) {
      add('first search, UI included', kB(m.firstSearchBytes), '≤ 150 kB', m.firstSearchBytes <= 150 * 1024);
      if (m.notes === 1000) {
        add('clean build of 1,000 notes', s(m.cleanBuildS), '≤ 16 s', m.cleanBuildS <= 16);
        add('cold build of 1,000 notes (no cache at all)', s(m.coldBuildS), '≤ 16 s', m.coldBuildS <= 16);
      }
    } else {
      add('first search, UI included', kB(m.firstSearchBytes), '≤ 300 kB', m.firstSearchBytes <= 300 * 1024);
    }
    if (m.notes === 10000) {
      const ratio = thousand ? m.cleanBuildS / thousand.cleanBuildS : NaN;
      add('10,000-note build vs 1,000 (no heap flag)', thousand ? `${ratio.toFixed(1)} ×` : 'no 1,000-note run', '≤ 11 ×', ratio <= 11);
    }
  }
  return out;
}

/** bench/RESULTS.md: one column per corpus size, then the budgets. */
export function renderResults(measurements: readonly Measurement[]): string {
  const cols = measurements.map((m) => m.notes.toLocaleString('en-US'));
  const row = (label: string, cell: (m: Measurement) => string) => `| ${label} | ${measurements.map(cell).join(' | ')} |`;
  const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const lines = [
    '# Benchmark results',
    '',
    'Made by `npm run bench` (1,000 notes) and `npm run bench -- --notes 10000`, on synthetic notes of about',
    '1,000 words drawn from a 6,000-word Zipf vocabulary (scripts/bench/corpus.ts), one practice question each.',
    'Builds are `astro build` plus Pagefind; the link check and HTML validation that `npm run build` adds are not',
    'included. Browser figures: Debian Chromium against a local server that compresses text with brotli, as a',
    'static host does. Warm query p95: 20 queries from common to rare words, each timed on its second run.',
    '',
    '- **cold build**: no cache of any kind (first build on a new machine).',
    '- **clean build**: empty `dist/` and an empty Astro data store, with the rendered-Markdown cache an earlier',
    '  build left (`node_modules/.cache`, keyed by content hash; see src/markdown/cached-glob.ts).',
    '- **warm rebuild**: everything cached, one note changed.',
    '',
    `| | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} |`,
    row('date', (m) => m.date),
    row('cores', (m) => String(m.cores)),
    row('content check', (m) => `${m.checkMs} ms`),
    row('cold build (Astro + Pagefind)', (m) => s(m.coldBuildS)),
    row('· cold content sync', (m) => s(m.coldContentSyncS)),
    row('clean build (Astro + Pagefind)', (m) => s(m.cleanBuildS)),
    row('· content sync', (m) => s(m.contentSyncS)),
    row('· page rendering', (m) => s(m.renderingS)),
    row('· Pagefind', (m) => s(m.pagefindS)),
    row('warm rebuild, one note changed', (m) => s(m.warmRebuildS)),
    row('pages per second (clean)', (m) => (m.pages / m.astroBuildS).toFixed(0)),
    row('peak RSS', (m) => MiB(m.peakRssBytes)),
    row('dist size / files', (m) => `${MiB(m.distBytes)} / ${m.distFiles.toLocaleString('en-US')}`),
    row('note page HTML raw / brotli', (m) => `${kB(m.noteHtmlBytes)} / ${kB(m.noteHtmlBrotli)}`),
    row('note page CSS raw / brotli', (m) => `${kB(m.noteCssBytes)} / ${kB(m.noteCssBrotli)}`),
    row('note page JS files / inline JS', (m) => `${m.noteJsBytes} B / ${m.noteInlineJsBytes} B`),
    row('JS loaded before interaction', (m) => `${m.jsBeforeInteraction} B`),
    row('first search: bytes (requests)', (m) => `${kB(m.firstSearchBytes)} (${m.firstSearchRequests})`),
    row('time to first results', (m) => `${m.firstResultsMs.toFixed(0)} ms`),
    row('warm query p95', (m) => `${m.warmQueryP95Ms.toFixed(1)} ms`),
    row('browser figures re-measured', (m) => m.searchRemeasured ?? '—'),
    '',
    '## Budgets',
    '',
    '| notes | budget | figure | limit | result |',
    '| ---: | --- | ---: | --- | --- |',
    ...budgets(measurements).map((b) => `| ${b.notes.toLocaleString('en-US')} | ${b.name} | ${b.figure} | ${b.limit} | ${b.pass ? 'PASS' : 'FAIL'} |`),
    '',
  ];
  return lines.join('\n');
}
