// `npm run check [folder]`: validates all content with the site's own schemas and rules and reports every problem.
import { resolve } from 'node:path';
import { config } from '../src/lib/config.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';

process.exitCode = runContentCheck(process.argv[2] ?? config().contentDir, console.log, {
  copied: [{ dir: resolve('public'), root: process.cwd() }],
});
