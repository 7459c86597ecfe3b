// `node scripts/verify-site.ts [dir] [base]`: checks a built site's links and HTML, as the build does.
import { verifySite } from '../src/build/verify-site.ts';
import { config } from '../src/lib/config.ts';

const [dir = config().distDir, base = config().base] = process.argv.slice(2);
const result = await verifySite(dir, base);
const problems = [...result.html, ...result.links.map((b) => `${b.page}: ${b.message}`)];
for (const problem of problems) console.error(problem);
console.log(problems.length ? `${problems.length} problems` : 'site verified: links, fragments and HTML are sound');
process.exitCode = problems.length ? 1 : 0;
