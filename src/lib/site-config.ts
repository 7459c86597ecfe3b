/** Where the site is published: `SITE_URL` (origin) and `BASE_PATH` (e.g. `/notes-site`), with local defaults. */
export function siteConfig(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  const site = env['SITE_URL'] || 'http://localhost:4321';
  const raw = (env['BASE_PATH'] || '/').trim();
  const base = raw === '/' ? '/' : `/${raw.replace(/^\/+|\/+$/g, '')}`;
  return { site, base };
}
