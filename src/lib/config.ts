import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { LANGUAGES, unknownLanguages } from './i18n/locales.ts';

/** The local address `astro dev` and `npm start` serve on; only ever a fallback for builds that are not deployed. */
export const LOCAL_SITE = 'http://localhost:4321';

const flag = (what: string) =>
  z
    .enum(['', '0', '1', 'true', 'false'], { error: `expected 1 or 0 (${what})` })
    .optional()
    .transform((value) => value === '1' || value === 'true');

const folder = (fallback?: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value.replace(/(.)\/+$/, '$1') : fallback));

/**
 * Every environment variable the project reads, with what it means. Values are checked here once, so a typo
 * fails with the variable's name instead of surfacing later as a broken page.
 */
const envSchema = z.object({
  /** Origin the site is published at (`https://example.org`): canonical URLs, sitemap, RSS, Open Graph. */
  SITE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .url({ error: 'expected an origin such as https://example.org' })
        .refine((value) => /^https?:\/\//.test(value), 'expected an http:// or https:// address')
        .transform((value) => value.replace(/\/+$/, ''))
        .optional(),
    ),
  /** Path the site is served below (`/notes-site`); the root when unset. */
  BASE_PATH: z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim().replace(/^\/+|\/+$/g, ''))
    .refine((value) => /^[\w.~-]*(?:\/[\w.~-]+)*$/.test(value), 'expected a path such as /notes-site')
    .transform((value) => (value ? `/${value}` : '/')),
  /** Folder the content is read from (the benchmark points it at a synthetic corpus). */
  CONTENT_DIR: folder('content'),
  /** Where `npm run build` puts the finished site. */
  DIST_DIR: folder('dist'),
  /** Where `astro build` writes (`npm run build` points it at its staging folder). */
  ASTRO_OUT_DIR: folder('dist'),
  /** Astro's cache folder, when not the default (the benchmark keeps its own). */
  ASTRO_CACHE_DIR: folder(),
  /** File the benchmark's build-phase timings are written to. */
  BENCH_TIMINGS: folder(),
  /** Where rendered Markdown is kept between builds (the benchmark keeps its own). */
  MARKDOWN_CACHE_DIR: folder('node_modules/.cache/india-japan-notes/markdown'),
  /** Folder `npm run pdf` writes PDFs to and the build copies into pdf/. */
  PDF_SOURCE_DIR: folder('.pdf-out'),
  /** 1: pages link their PDFs and the build copies them in (the link check then proves each one exists). */
  PDF_LINKS: flag('link the PDFs made by npm run pdf'),
  /** 1: skip the output verification (link check and HTML validation) after `astro build`. */
  SKIP_VERIFY: flag('skip the output verification'),
  /** 1: skip the content check before `astro build` (the benchmark times it on its own). */
  SKIP_CONTENT_CHECK: flag('skip the content check'),
  /** Languages to build, comma-separated (`en` builds the English site alone); every language when unset. */
  SITE_LANGUAGES: z
    .string()
    .optional()
    .refine((value) => unknownLanguages(value).length === 0, `expected some of ${LANGUAGES.join(', ')}`),
  /** Set by CI services: a translation made from an older English text fails the content check instead of warning. */
  CI: flag('running in CI'),
  /** The Chromium the browser tests and `npm run pdf` drive. */
  CHROMIUM_PATH: folder('/usr/bin/chromium'),
});

/** The project's settings, read from the environment. */
export interface Config {
  /** The published origin, or undefined when SITE_URL is not set (a local build). */
  siteUrl: string | undefined;
  /** What Astro uses as `site`: the published origin, else the local server. */
  site: string;
  base: string;
  contentDir: string;
  distDir: string;
  outDir: string;
  cacheDir: string | undefined;
  benchTimings: string | undefined;
  markdownCacheDir: string;
  pdfSourceDir: string;
  pdfLinks: boolean;
  skipVerify: boolean;
  skipContentCheck: boolean;
  /** Running in CI: stale translations are errors. */
  ci: boolean;
  chromiumPath: string;
}

/** Reads the settings from `env`; throws one error naming every variable with a bad value. */
export function readConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    // The first complaint about each variable is the one to fix.
    const first = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      if (!first.has(name)) first.set(name, `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`);
    }
    const lines = [...first.values()];
    throw new Error(`Bad environment variable${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    siteUrl: e.SITE_URL,
    site: e.SITE_URL ?? LOCAL_SITE,
    base: e.BASE_PATH,
    contentDir: abs(e.CONTENT_DIR ?? 'content'),
    distDir: abs(e.DIST_DIR ?? 'dist'),
    outDir: abs(e.ASTRO_OUT_DIR ?? 'dist'),
    cacheDir: e.ASTRO_CACHE_DIR,
    benchTimings: e.BENCH_TIMINGS,
    markdownCacheDir: e.MARKDOWN_CACHE_DIR ?? 'node_modules/.cache/india-japan-notes/markdown',
    pdfSourceDir: e.PDF_SOURCE_DIR ?? '.pdf-out',
    pdfLinks: e.PDF_LINKS,
    skipVerify: e.SKIP_VERIFY,
    skipContentCheck: e.SKIP_CONTENT_CHECK,
    ci: e.CI,
    chromiumPath: e.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

let cached: Config | undefined;

/** The settings of this process (process.env), read once. */
export function config(): Config {
  cached ??= readConfig(process.env, process.cwd());
  return cached;
}
