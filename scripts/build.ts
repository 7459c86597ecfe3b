// `npm run build`: content check → Astro → Pagefind → link check and HTML validation, all in a staging folder.
// Only a build that passed every step replaces dist/; a failure leaves the previous dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { swapIntoPlace } from '../src/lib/build/swap.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { PAGEFIND_GLOB } from '../src/lib/pagefind-glob.ts';
import { pdfSourceDir } from '../src/lib/pdf-targets.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { writePrecacheManifest } from '../src/integrations/service-worker.ts';
import { verifySite } from './verify-site.ts';

const target = resolve(process.env['DIST_DIR'] || 'dist');
const staging = resolve(`${target}.staging`);
const bin = (name: string) => resolve('node_modules/.bin', name);
const timings: [string, number][] = [];

function step(name: string, run: () => boolean): void {
  const started = performance.now();
  const ok = run();
  timings.push([name, (performance.now() - started) / 1000]);
  if (!ok) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nbuild failed at "${name}"; ${target} was left as it was.`);
    process.exit(1);
  }
}

const exec = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

rmSync(staging, { recursive: true, force: true });
step('content check', () => runContentCheck(contentRoot()) === 0);
step('astro build', () => exec(bin('astro'), ['build'], { ASTRO_OUT_DIR: staging, SKIP_CONTENT_CHECK: '1' }));
step('pagefind', () => exec(bin('pagefind'), ['--site', staging, '--glob', PAGEFIND_GLOB, '--silent']));
step('precache list', () => writePrecacheManifest(staging).precache.length > 0);
// PDFs from the last `npm run pdf` live outside dist/ so that a rebuild keeps them; pages already link them.
if (existsSync(pdfSourceDir())) cpSync(pdfSourceDir(), `${staging}/pdf`, { recursive: true });
step('verify output', () => {
  const problems = verifySite(staging, siteConfig().base);
  for (const problem of problems) console.error(problem);
  if (problems.length === 0) console.log('verify output: every internal link and #fragment resolves; HTML is valid');
  return problems.length === 0;
});
swapIntoPlace(staging, target);
console.log(timings.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(' · '));
console.log(`site built into ${target}`);
