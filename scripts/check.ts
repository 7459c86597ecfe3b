// `npm run check [folder]`: validates all content with the site's own schemas and rules and reports every problem.
import { config } from '../src/lib/config.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';

process.exitCode = runContentCheck(process.argv[2] ?? config().contentDir);
