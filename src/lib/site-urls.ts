import { NUMBER_PARAMS, PARAM, type AnyPageType, type AnyParams, type PageContent } from './page-type.ts';
import * as PAGE_TYPES from './page-types.ts';
import type { Question } from '../schemas/question.ts';
import { LOCALES, localePath, splitLocalePath } from './i18n/locales.ts';

/**
 * The one model of this site's URLs, derived from the page-type registry (page-types.ts): a static type is one page,
 * a dynamic type's pages come from the same `pages()` its route's getStaticPaths uses. Both the editor-time link
 * check (npm run check) and the post-build check use it, and the post-build check fails when the built pages and
 * this model disagree.
 */

/** What the routes are built from: published notes, and only the questions those notes list. */
export interface RouteContent {
  notes: readonly string[];
  topics: readonly string[];
  mains: readonly string[];
  questions: readonly { id: string; data: Question }[];
}

/** One page: its site path (base path not included) and the content file it is made from, if one. */
export interface SitePage {
  path: string;
  /** `notes/x`: collection and id of the entry the page renders. */
  source?: string;
}

/** The name of a page type: `note`, `topicBooklet`, … */
export type PageTypeName = keyof typeof PAGE_TYPES;

/**
 * Every page type, by name (each one's params were checked against its pattern where it is declared). Sorted, so
 * the order is the same whoever loads the module: Node lists a namespace's exports alphabetically, Vite's SSR
 * loader in the order they are written.
 */
const NAMED = (Object.entries(PAGE_TYPES) as [PageTypeName, AnyPageType][]).sort(([a], [b]) => (a < b ? -1 : 1));
export const PAGE_TYPE_LIST: readonly AnyPageType[] = NAMED.map(([, type]) => type);

/** Whether a type's pattern has params (a static type makes exactly one page, at its pattern). */
export const isDynamic = (type: { pattern: string }) => type.pattern.includes('[');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new Map<string, RegExp>();

/** The params of the page at site path `path` when it is a page of `type` (a page number is 1 or more). */
export function matchType(type: AnyPageType, path: string): AnyParams | undefined {
  const { pattern } = type;
  let re = compiled.get(pattern);
  if (!re) {
    const parts = pattern.split(PARAM); // static text at even indexes, param names at odd ones
    const source = parts.map((part, i) =>
      i % 2 === 0 ? escapeRegExp(part) : NUMBER_PARAMS.includes(part) ? '([1-9]\\d*)' : '([^/]+)',
    );
    re = new RegExp(`^${source.join('')}$`);
    compiled.set(pattern, re);
  }
  const found = re.exec(path);
  if (!found) return undefined;
  const names = [...pattern.matchAll(PARAM)].map((m) => m[1] ?? '');
  return Object.fromEntries(
    names.map((name, i) => [name, NUMBER_PARAMS.includes(name) ? Number(found[i + 1]) : (found[i + 1] ?? '')]),
  );
}

/**
 * The page type and params of a site path (`/notes/x/`, `/hi/notes/x/`), or undefined when no route makes it.
 * A page in another language is the type of its English twin.
 */
export function matchPage(path: string): { name: PageTypeName; type: AnyPageType; params: AnyParams } | undefined {
  const { locale, path: twin } = splitLocalePath(path);
  if (locale !== 'en') {
    const match = matchPage(twin);
    return match && match.type.pattern !== '/404.html' ? match : undefined;
  }
  // Static patterns first, as Astro ranks them (no two dynamic patterns match one path: a unit test holds that).
  for (const [name, type] of [...NAMED.filter(([, t]) => !isDynamic(t)), ...NAMED.filter(([, t]) => isDynamic(t))]) {
    const params = matchType(type, path);
    if (params) return { name, type, params };
  }
  return undefined;
}

type SampleName = {
  [K in PageTypeName]: (typeof PAGE_TYPES)[K] extends { samples?: (href: never) => infer S } ? keyof S : never;
}[PageTypeName];

/** The sample pages of every type, by name, as paths relative to the site root (`notes/x/`, `` for home). */
export function samplePaths(): Record<SampleName, string> {
  const samples: Record<string, string> = {};
  for (const type of PAGE_TYPE_LIST)
    for (const [name, path] of Object.entries(type.samples?.(type.href as never) ?? {})) samples[name] = path.slice(1);
  return samples as Record<SampleName, string>;
}

const asEntries = (ids: readonly string[]) => ids.map((id) => ({ id }));

/** The pages a dynamic type makes from `content`. */
function pagesOf(type: AnyPageType, content: RouteContent): SitePage[] {
  const entries: PageContent = {
    notes: asEntries(content.notes),
    topics: asEntries(content.topics),
    mains: asEntries(content.mains),
    questions: content.questions,
  };
  return (type.pages?.(entries) ?? []).map(({ params }) => {
    const path = type.href(params);
    return type.source ? { path, source: `${type.source}/${String(params['id'])}` } : { path };
  });
}

/** The pages of each dynamic route, by its pattern (as routePattern() writes it). */
export const DYNAMIC_ROUTES: Record<string, (content: RouteContent) => SitePage[]> = Object.fromEntries(
  PAGE_TYPE_LIST.filter((type) => type.pages).map((type) => [type.pattern, (c: RouteContent) => pagesOf(type, c)]),
);

/**
 * Routes whose pages depend on rendered sizes, which content alone cannot tell: a booklet too big for one page is
 * split into parts (src/lib/booklets.ts). A built page matching one of these is part of the site.
 */
export const SIZED_ROUTES: Record<string, { test: (path: string) => boolean }> = Object.fromEntries(
  PAGE_TYPE_LIST.filter((type) => type.sized).map((type) => [
    type.pattern,
    { test: (p: string) => matchType(type, p) !== undefined },
  ]),
);

/** Whether a built page belongs to a sized route (a booklet part). */
export const isSizedPage = (path: string): boolean => matchPage(path)?.type.sized === true;

/** The folder of routes that make their pages once per language (src/lib/i18n/routes.ts). */
export const LOCALISED_ROUTES = '[...lang]/';

/**
 * The URL pattern of a route file under src/pages, as Astro builds it with `trailingSlash: 'always'` and
 * directory format, for the default language: `[...lang]/notes/[id].astro` → `/notes/[id]/`,
 * `[...lang]/topics/index.astro` → `/topics/`, `[...lang]/rss.xml.ts` → `/rss.xml`, `404.astro` → `/404.html`.
 */
export function routePattern(file: string): string {
  const path = file
    .slice(file.startsWith(LOCALISED_ROUTES) ? LOCALISED_ROUTES.length : 0)
    .replace(/\.(astro|md|mdx|ts|js)$/, '')
    .replace(/(^|\/)index$/, '');
  if (path === '404') return '/404.html';
  if (/\.[a-z]+$/.test(path)) return `/${path}`;
  return path === '' ? '/' : `/${path}/`;
}

const byPattern = new Map(PAGE_TYPE_LIST.map((type) => [type.pattern, type]));

/**
 * Every page the route files build from `content`, in every language a route makes (a page in another language
 * names its English twin's source: its headings have the same ids); `unmodelled` lists route files with no page type.
 */
export function sitePages(
  routeFiles: readonly string[],
  content: RouteContent,
): { pages: SitePage[]; unmodelled: string[] } {
  const pages: SitePage[] = [];
  const unmodelled: string[] = [];
  for (const file of routeFiles) {
    const type = byPattern.get(routePattern(file));
    if (!type) {
      unmodelled.push(file);
      continue;
    }
    const english = isDynamic(type) ? pagesOf(type, content) : [{ path: type.pattern }];
    const locales = file.startsWith(LOCALISED_ROUTES) ? LOCALES : (['en'] as const);
    for (const locale of locales)
      pages.push(...english.map((page) => ({ ...page, path: localePath(locale, page.path) })));
  }
  return { pages, unmodelled };
}
