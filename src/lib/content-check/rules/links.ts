import { COLLECTIONS } from '../../../schemas/collections.ts';
import { safeDecode } from '../../safe-decode.ts';
import { sitePages, type SitePage } from '../../site-urls.ts';
import { scriptScheme } from '../body.ts';
import { closest, describeValue, type Problem } from '../problem.ts';
import type { ContentSet } from '../read.ts';
import { routeContent } from '../routes.ts';

/** What a Markdown link is checked against: the site's pages (from the URL model) and each entry's headings. */
export interface LinkTargets {
  /** Pages built from published content, by site path. */
  pages: Map<string, SitePage>;
  /** Pages that only a draft would make: linking one from published text breaks. */
  draftPages: Map<string, SitePage>;
  /** Heading ids of each entry, by `collection/id`. */
  headings: Map<string, Set<string>>;
}

/** The link targets of a content set, built with the site's own URL model. */
export function linkTargets(content: ContentSet, routes: readonly string[]): LinkTargets {
  const pages = new Map(sitePages(routes, routeContent(content)).pages.map((p) => [p.path, p]));
  const all = sitePages(routes, routeContent(content, true)).pages;
  const headings = new Map<string, Set<string>>();
  for (const [collection, byId] of Object.entries(content.entries))
    for (const entry of byId.values())
      if (entry.facts) headings.set(`${collection}/${entry.id}`, new Set(entry.facts.headings.map((h) => h.slug)));
  return { pages, draftPages: new Map(all.filter((p) => !pages.has(p.path)).map((p) => [p.path, p])), headings };
}

/** Why a Markdown link target in the entry `self` (`notes/x`) is wrong, or undefined when it is fine. */
export function linkProblem(url: string, self: string, targets: LinkTargets, selfIsDraft = false): string | undefined {
  const scheme = scriptScheme(url);
  if (scheme) return `a ${scheme} link is not allowed (it would run code or open a page of its own)`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    return /^(https|mailto):/i.test(url) ? undefined : 'external links must use https://';
  if (url.startsWith('//')) return 'external links must use https://';
  const [rawPath = '', fragment] = url.split('#', 2);
  const path = rawPath.split('?')[0] ?? '';
  let source: string | undefined = self;
  if (path !== '') {
    if (!path.startsWith('/')) return 'write internal links from the site root, such as /notes/<id>/ or /topics/<id>/';
    const page = targets.pages.get(path) ?? (selfIsDraft ? targets.draftPages.get(path) : undefined);
    if (!page) {
      if (targets.draftPages.has(path))
        return `links to ${path}, which only a draft makes: it will not be published, so the link would break`;
      const hint = closest(path, [...targets.pages.keys()]);
      return `links to ${path}, which is not a page of this site${hint ? ` (did you mean ${hint}?)` : ''}`;
    }
    source = page.source;
  }
  // Only content pages have known headings; a target that could not be read reports its own error already.
  const slugs = source === undefined ? undefined : targets.headings.get(source);
  if (fragment && slugs && !slugs.has(safeDecode(fragment) ?? fragment))
    return `links to #${fragment}, but ${source === self ? 'this file' : source} has no heading with that id`;
  return undefined;
}

/** Every Markdown link that points at no page of the site, or at a heading its target does not have. */
export function linkProblems(content: ContentSet, targets: LinkTargets): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, byId] of Object.entries(content.entries)) {
    for (const entry of byId.values()) {
      const draft = (entry.data as { draft?: boolean } | undefined)?.draft === true;
      for (const link of entry.facts?.links ?? []) {
        const message = linkProblem(link.url, `${twinOf(collection)}/${entry.id}`, targets, draft);
        if (message)
          problems.push({
            severity: 'error',
            file: entry.file,
            line: link.line,
            field: 'body',
            message,
            found: describeValue(link.url),
          });
      }
    }
  }
  return problems;
}

/** The collection a translation's headings take their ids from (render-context.ts): its English twin's. */
function twinOf(collection: string): string {
  const table = COLLECTIONS as Record<string, { translates?: { collection: string } }>;
  return table[collection]?.translates?.collection ?? collection;
}
