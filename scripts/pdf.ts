// `npm run pdf`: prints every note and booklet of the built site to PDF with Debian's Chromium, then rebuilds so
// each page links its PDF. Progress is "n of N"; a page that fails is named and the exit code is 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { pdfSourceDir, pdfTargets } from '../src/lib/pdf-targets.ts';
import { serveStatic } from './lib/serve.ts';

const started = performance.now();
const dist = resolve('dist');
const out = resolve(pdfSourceDir());
const run = (args: string[]) => spawnSync('npm', ['run', ...args], { stdio: 'inherit' }).status === 0;

if (!existsSync(join(dist, 'index.html')) && !run(['build'])) process.exit(1);
ensureChromium();
const dirs = (path: string) =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
const targets = pdfTargets(dirs(join(dist, 'notes')), dirs(join(dist, 'topics')));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(dist, '/');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const failures: string[] = [];
try {
  const page = await browser.newPage();
  for (const [index, target] of targets.entries()) {
    const file = join(out, `${target.id}.pdf`);
    try {
      const response = await page.goto(new URL(target.path.slice(1), url).href, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
      await page.emulateMedia({ media: 'print' });
      // Chromium writes the document title into the PDF metadata and the headings into its outline.
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        preferCSSPageSize: false,
      });
      console.log(`pdf ${index + 1} of ${targets.length}: ${target.label} → ${file}`);
    } catch (error) {
      failures.push(`${target.label} (${target.path}): ${(error as Error).message}`);
      console.error(
        `pdf ${index + 1} of ${targets.length}: FAILED ${target.label} (${target.path}): ${(error as Error).message}`,
      );
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

if (failures.length) {
  console.error(`\n${failures.length} of ${targets.length} PDFs failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `made ${targets.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s; rebuilding so pages link them`,
);
if (!run(['build'])) process.exit(1);
console.log(`npm run pdf finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
