// `npm run check [folder] [-- --coverage]`: validates all content with the site's own schemas and rules and
// reports every problem; with --coverage it also prints which syllabus lines have notes and which have none.
import { resolve } from 'node:path';
import { config } from '../src/lib/config.ts';
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatCoverage, syllabusCoverage } from '../src/lib/content-check/coverage.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';

const args = process.argv.slice(2);
const coverage = args.includes('--coverage');
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--coverage');
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')}; usage: npm run check [folder] [-- --coverage]`);
  process.exit(2);
}
const root = args.find((arg) => !arg.startsWith('-')) ?? config().contentDir;
process.exitCode = runContentCheck(root, console.log, {
  copied: [{ dir: resolve('public'), root: process.cwd() }],
  staleTranslations: config().ci ? 'error' : 'warning',
});
if (coverage) for (const line of formatCoverage(syllabusCoverage(checkContent(root).content))) console.log(line);
