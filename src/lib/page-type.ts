/**
 * How a page type is declared (`pageType()`, used by the registry in page-types.ts) and what every type gets from
 * its declaration: a typed `href()` from its pattern, and the shapes the derived modules work with.
 */
import type { Question } from '../schemas/question.ts';

/** The names in a pattern's brackets: `/questions/[facet]/page/[page]/` → `facet` | `page`. */
type ParamName<P extends string> = P extends `${string}[${infer N}]${infer R}` ? N | ParamName<R> : never;

/** Params with these names are page numbers (1, 2, …); every other param is an id or slug. */
export const NUMBER_PARAMS: readonly string[] = ['n', 'page', 'part'];
type NumberParam = 'n' | 'page' | 'part';

/** What a page of pattern `P` needs to be named: `{ id: string }` for `/notes/[id]/`, nothing for `/glossary/`. */
export type Params<P extends string> = { [K in ParamName<P>]: K extends NumberParam ? number : string };

/** The site path (base path not included) of a page of pattern `P`. */
export type Href<P extends string> = [ParamName<P>] extends [never] ? () => string : (params: Params<P>) => string;

/** A content entry as both Astro (src/data/site.ts) and the content checker (routeContent) hold it. */
export interface Entry {
  id: string;
}

/** A question entry: its id and frontmatter. */
export interface QuestionLike extends Entry {
  data: Question;
}

/**
 * What the site's pages are made from: published notes, topics, mains topics and the questions the notes list.
 * src/data/site.ts's SiteData is one (routes pass it and get its entries back as each page's `data`); the URL model
 * passes what the content checker read.
 */
export interface PageContent {
  notes: readonly Entry[];
  topics: readonly Entry[];
  mains: readonly Entry[];
  questions: readonly QuestionLike[];
}

/** One page of a dynamic type: its params, and what its route renders it from. */
export interface Page<P extends string, D = unknown> {
  params: Params<P>;
  data: D;
}

/** A collection whose entry a page renders, so a broken link on the page is reported at its line in that file. */
export type Source = 'notes' | 'topics' | 'mains' | 'questions';

export type Pages<P extends string> = (content: PageContent) => readonly Page<P>[];

/** How an entry is declared; `pageType()` adds what is derived from it. */
export interface PageTypeSpec<P extends string, F, S> {
  /** The route's URL pattern, as routePattern() writes its file's path: `notes/[id].astro` → `/notes/[id]/`. */
  pattern: P;
  /** A dynamic type's pages for a content set (a static type has one page, at its pattern). */
  pages?: F;
  /**
   * A dynamic type whose pages depend on rendered sizes, which content alone cannot tell (a booklet too big for one
   * page is split into parts): it has no `pages()`, and a built page matching it is part of the site.
   */
  sized?: true;
  /** The collection whose entry (params.id) each page renders. */
  source?: Source;
  /** Whether Pagefind indexes these pages (a page with no searchable body, or one repeating others, is left out). */
  indexed?: true;
  /**
   * When the service worker downloads these pages, lowest first: 0 with the app shell and 1 with the search index
   * (both always), 2 and up in turn while they fit the page budget (src/lib/offline/precache.ts), null never.
   */
  precache: number | null;
  /** The PDF `npm run pdf` prints each page to: its file name under pdf/ (no extension) and its progress label. */
  pdf?: (params: Params<P>) => { id: string; label: string };
  /** Pages of the real content the browser tests open, by name (tests/e2e/support/fixtures.ts PAGE_TYPES). */
  samples?: (href: Href<P>) => S;
}

/** A registry entry: what was declared, and its `href()`. */
export type PageType<P extends string = string, F = unknown, S = unknown> = Omit<PageTypeSpec<P, F, S>, 'pages'> & {
  pages: F;
  href: Href<P>;
};

/** A param in a pattern: `[id]`. */
export const PARAM = /\[([^\]]+)\]/g;

/**
 * Declares a page type (see page-types.ts). It has no side effects, so a bundle that uses one type's href() (a
 * client script building a bank's URL) leaves the others out.
 */
/* #__NO_SIDE_EFFECTS__ */
export function pageType<
  const P extends string,
  F extends Pages<P> | undefined = undefined,
  S extends Record<string, string> = Record<never, string>,
>(spec: PageTypeSpec<P, F, S>): PageType<P, F, S> {
  const { pattern } = spec;
  const href = (params: Record<string, string | number> = {}) =>
    pattern.replace(PARAM, (_, name: string) => {
      const value = params[name];
      if (value === undefined || value === '') throw new RangeError(`${pattern} needs a value for [${name}]`);
      return String(value);
    });
  return { ...spec, pages: spec.pages as F, href: href as Href<P> };
}

/** Params of a page of any type. */
export type AnyParams = Record<string, string | number>;

/** Every page type, as one shape (params and data left open). */
export interface AnyPageType {
  pattern: string;
  pages?: ((content: PageContent) => readonly { params: AnyParams; data: unknown }[]) | undefined;
  sized?: true;
  source?: Source;
  indexed?: true;
  precache: number | null;
  pdf?: (params: AnyParams) => { id: string; label: string };
  samples?: (href: never) => Record<string, string>;
  href: (params?: AnyParams) => string;
}

/** A page's params as Astro's getStaticPaths() wants them: every value a string. */
export const routeParams = (params: AnyParams): Record<string, string> =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));

/** The built file of a site path: `/notes/x/` → `notes/x/index.html`, `/rss.xml` → `rss.xml`. */
export const fileOf = (path: string) => `${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`;

/** The site path of a built file: `notes/x/index.html` → `/notes/x/`, `index.html` → `/`. */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
