// `npm run build`: `astro build` (content check, pages, Pagefind, output check: see astro.config.mjs) into a
// staging folder. Only a build that passed every step replaces dist/; a failure leaves the previous dist/ as it was.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { swapIntoPlace } from '../src/build/swap.ts';
import { config } from '../src/lib/config.ts';

const target = config().distDir;
const staging = `${target}.staging`;
const started = performance.now();

rmSync(staging, { recursive: true, force: true });
const { status } = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: staging },
});
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nbuild failed; ${target} was left as it was.`);
  process.exit(1);
}
swapIntoPlace(staging, target);
console.log(`site built into ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
