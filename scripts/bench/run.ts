// `npm run bench [-- --notes 1000,10000] [--vs starlight] [--runs 3] [--kinds cold,clean,warm,full,first] [--large-kinds cold,warm] [--pdf]`:
// builds synthetic corpora with our site (English alone, and bilingual at up to 1,000 notes) and, with --vs, a lean
// and a stock Starlight (stock only up to --stock-max notes: its sidebar makes it quadratic), measures the builds,
// the output and the browser, and prints every budget of the issue as PASS or FAIL. Results go to
// bench/results.json and bench/RESULTS.md.
// A benchmark, never a timed test: it reports, and exits 1 when a budget fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { budgets, renderResults, type BenchRun } from './report.ts';
import type { Kind } from './sites.ts';
import type { StarlightVariant } from './starlight.ts';
import { measureSize } from './versus.ts';

const KINDS: readonly Kind[] = ['cold', 'clean', 'warm', 'full', 'first'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('notes') ?? '1000').split(',').map(Number);
const runs = Number(option('runs') ?? 3);
const largeRuns = Number(option('large-runs') ?? 1);
const kinds = (option('kinds') ?? KINDS.join(',')).split(',') as Kind[];
// Sizes above 1,000 notes take minutes a build: their kinds can be fewer (the 10,000-note run needs cold and warm).
const largeKinds = (option('large-kinds') ?? kinds.join(',')).split(',') as Kind[];
const vs = option('vs');
// Stock Starlight did not finish 10,000 notes in 25 minutes here: by default it is built up to 1,000.
const stockMax = Number(option('stock-max') ?? 1000);
// The bilingual build (every note translated) is timed up to this size.
const bilingualMax = Number(option('bilingual-max') ?? 1000);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 10) ||
  !(runs >= 1) ||
  [...kinds, ...largeKinds].some((k) => !KINDS.includes(k)) ||
  (vs !== undefined && vs !== 'starlight') ||
  !(stockMax >= 0) ||
  !(bilingualMax >= 0)
) {
  console.error(
    'usage: npm run bench -- [--notes 1000,10000] [--vs starlight] [--stock-max 1000] [--bilingual-max 1000] [--runs 3] [--large-runs 1] [--kinds cold,clean,warm,full,first] [--large-kinds cold,warm] [--pdf]',
  );
  process.exit(2);
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const run: BenchRun = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  cores: cpus().length,
  load: { start: uptime(), end: '' },
  command: `npm run bench -- ${args.join(' ')}`.trim(),
  sizes: [],
};
for (const notes of sizes) {
  const log = (line: string) => console.log(`[bench ${notes}] ${line}`);
  const corpus = generateCorpus(notes);
  const bilingualCorpus = notes <= bilingualMax ? generateCorpus(notes, { hindi: true }) : undefined;
  log(`generated ${notes} notes${bilingualCorpus ? ', and their translations' : ''}`);
  const starlights: StarlightVariant[] = vs ? (notes <= stockMax ? ['stock', 'lean'] : ['lean']) : [];
  run.sizes.push(
    await measureSize({
      notes,
      runs: notes > 1000 ? largeRuns : runs,
      kinds: notes > 1000 ? largeKinds : kinds,
      corpus,
      bilingualCorpus,
      work: resolve('bench/.work', String(notes)),
      starlights,
      pdf: args.includes('--pdf') && notes <= 1000,
      log,
    }),
  );
}
run.load.end = uptime();

const resultsMd = resolve('bench/RESULTS.md');
const previous = existsSync(resultsMd) ? readFileSync(resultsMd, 'utf8') : '';
writeFileSync(resolve('bench/results.json'), `${JSON.stringify(run, null, 2)}\n`);
const markdown = renderResults(run, previous);
writeFileSync(resultsMd, markdown);
console.log(`\n${markdown}`);
process.exitCode = budgets(run).some((b) => !b.pass) ? 1 : 0;
