// `npm run pdf`: builds the site, prints every note and booklet to PDF with Debian's Chromium — several pages at a
// time, and only pages whose printed HTML changed since the last run — then builds again with PDF_LINKS=1 so the pages link them.
// Progress is "n of N"; a page that fails is named and the exit code is 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { config } from '../src/lib/config.ts';
import { pathOf } from '../src/lib/page-type.ts';
import { printKey } from '../src/lib/pdf-key.ts';
import { pdfSourceDir, pdfTargets, type PdfTarget } from '../src/lib/pdf-targets.ts';
import { serveStatic } from './lib/serve.ts';

const started = performance.now();
// The output folder as every other tool reads it (DIST_DIR, validated, in src/lib/config.ts).
const dist = config().distDir;
const out = resolve(pdfSourceDir());
const manifestFile = join(out, 'print-keys.json');
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
// Pages link their PDFs only in a build made with PDF_LINKS=1 (src/lib/config.ts), never by looking at the disk.
const build = (links: boolean) =>
  spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, PDF_LINKS: links ? '1' : '' } })
    .status === 0;

// Print what the content is now, from pages that link no PDFs yet (the link check would want files not yet made); a
// build with nothing changed costs little (incremental build and caches).
if (!build(false)) process.exit(1);
ensureChromium();
// Every page built, as a site path; the page-type registry says which of them get a PDF (src/lib/pdf-targets.ts).
const built = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
  .map((file) => file.split(sep).join('/'))
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .map(pathOf)
  .sort();
const targets = pdfTargets(built);

mkdirSync(out, { recursive: true });
const before = existsSync(manifestFile)
  ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>)
  : {};
const keys = new Map(targets.map((t) => [t.id, printKey(readFileSync(join(dist, t.path, 'index.html'), 'utf8'))]));
const pdfFile = (id: string) => join(out, `${id}.pdf`);
const todo = targets.filter((t) => before[t.id] !== keys.get(t.id) || !existsSync(pdfFile(t.id)));
const pdfsBefore = new Set(readdirSync(out).filter((f) => f.endsWith('.pdf')));
for (const file of pdfsBefore) if (!keys.has(file.slice(0, -4))) rmSync(join(out, file));
console.log(`pdf: ${todo.length} of ${targets.length} pages changed since the last run`);

const failures: string[] = [];
const printed: string[] = [];
const { server, url } = await serveStatic(dist, '/');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  // Chromium lays out and prints on more than one process: a few pages at once keep every core busy.
  const queue = [...todo];
  const workers = Array.from({ length: Math.min(queue.length, Math.max(2, cpus().length)) }, () =>
    printFrom(queue, browser),
  );
  await Promise.all(workers);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

const manifest = { ...before };
for (const id of Object.keys(manifest)) if (!keys.has(id)) delete manifest[id];
for (const id of printed) manifest[id] = keys.get(id) ?? '';
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
if (failures.length) {
  console.error(`\n${failures.length} of ${todo.length} PDFs failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`printed ${printed.length} PDFs in ${seconds()} s`);

// Now every PDF exists: build again so pages link them and dist/pdf/ holds them.
console.log('building again so pages link their PDFs (PDF_LINKS=1)');
if (!build(true)) process.exit(1);
console.log(`npm run pdf finished in ${seconds()} s`);

/** Takes targets off the shared queue and prints each, until the queue is empty. */
async function printFrom(queue: PdfTarget[], browser: Browser): Promise<void> {
  const page = await browser.newPage();
  for (let target = queue.shift(); target; target = queue.shift()) {
    const n = todo.length - queue.length;
    try {
      const response = await page.goto(new URL(target.path.slice(1), url).href, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
      await page.emulateMedia({ media: 'print' });
      // Lay out for paper and wait for any font only paper uses (print-only text), so no PDF gets a fallback.
      await page.evaluate(async () => {
        void document.body.offsetHeight;
        await document.fonts.ready;
      });
      // Chromium writes the document title into the PDF metadata and the headings into its outline.
      await page.pdf({
        path: pdfFile(target.id),
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        preferCSSPageSize: false,
      });
      printed.push(target.id);
      console.log(`pdf ${n} of ${todo.length}: ${target.label}`);
    } catch (error) {
      failures.push(`${target.label} (${target.path}): ${(error as Error).message}`);
      console.error(`pdf ${n} of ${todo.length}: FAILED ${target.label} (${target.path}): ${(error as Error).message}`);
    }
  }
  await page.close();
}
