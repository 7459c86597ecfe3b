// `npm run check`: validates all content with the site's own schemas and reports every problem at once.
import { contentRoot } from '../src/lib/content-root.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';

const root = process.argv[2] ?? contentRoot();
process.exitCode = runContentCheck(root);
