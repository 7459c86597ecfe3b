import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium, ensureCommand } from '../../../scripts/lib/chromium.ts';
import { serveStatic } from '../../../scripts/lib/serve.ts';

/** The base path the second build is served under, to prove the site works below the root. */
export const TEST_BASE = '/notes-site/';

export default async function globalSetup() {
  ensureChromium();
  ensureCommand('pdftotext', 'poppler-utils');
  const dist = resolve('dist');
  const distBase = resolve('dist-base');
  for (const [dir, how] of [
    [dist, 'npm run build'],
    [distBase, 'npm run build:base'],
  ] as const) {
    if (!existsSync(resolve(dir, 'index.html')))
      throw new Error(`No built site in ${dir}: run \`${how}\` first (npm test does).`);
  }
  const site = await serveStatic(dist, '/');
  const based = await serveStatic(distBase, TEST_BASE);
  process.env['SITE_URL_UNDER_TEST'] = site.url;
  process.env['BASE_SITE_URL_UNDER_TEST'] = based.url;
  return async () => {
    site.server.closeAllConnections();
    based.server.closeAllConnections();
    await Promise.all([site, based].map(({ server }) => new Promise((r) => server.close(r))));
  };
}
