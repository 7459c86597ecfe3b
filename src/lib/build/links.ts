import { parse } from 'node-html-parser';
import { safeDecode } from '../safe-decode.ts';

/** What one built HTML page offers (its element ids) and asks for (its links). */
export interface PageLinks {
  /** Site path of the page, base path removed: `/notes/x/`. */
  path: string;
  ids: Set<string>;
  links: string[];
}

/** Reads ids and internal link targets (href, src) from a page's HTML. */
export function readPage(path: string, html: string): PageLinks {
  const root = parse(html);
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
  const links: string[] = [];
  for (const el of root.querySelectorAll('a[href], link[href], img[src], script[src]')) {
    const value = el.getAttribute('href') ?? el.getAttribute('src');
    if (value) links.push(value);
  }
  return { path, ids, links };
}

/** One link that leads nowhere: the page it is on (site path), the link as written, and what is wrong. */
export interface BrokenLink {
  page: string;
  link: string;
  message: string;
}

/**
 * Every internal link that points at no page or no element id. `files` are the site paths of every built file
 * (pages as `/x/`, other files as `/x.css`); links must carry the base path, as a reader's browser would see them.
 */
export function brokenLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, base: string): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const prefix = base.replace(/\/+$/, '');
  const problems: BrokenLink[] = [];
  const report = (page: PageLinks, link: string, message: string) => problems.push({ page: page.path, link, message });
  for (const page of pages) {
    for (const link of page.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
      const [rawPath = '', fragment] = link.split('#', 2);
      let target = page.path;
      if (rawPath !== '') {
        const clean = rawPath.split('?')[0] ?? '';
        // Resolve relative links where the browser would: against the page's real URL, base included.
        const absolute = clean.startsWith('/') ? clean : new URL(clean, `https://site${prefix}${page.path}`).pathname;
        if (prefix && !(absolute === prefix || absolute.startsWith(`${prefix}/`))) {
          report(page, link, `link ${link} is missing the base path ${prefix}/`);
          continue;
        }
        const decoded = safeDecode(absolute.slice(prefix.length) || '/', decodeURI);
        if (decoded === undefined || (!byPath.has(decoded) && !files.has(decoded))) {
          report(page, link, `link ${link} points at no page or file`);
          continue;
        }
        target = decoded;
      }
      // Fragments only mean element ids on pages; `file.pdf#page=2` is the viewer's business.
      const targetPage = byPath.get(target);
      if (fragment && targetPage) {
        const id = safeDecode(fragment, decodeURIComponent);
        if (id === undefined || !targetPage.ids.has(id)) {
          report(page, link, `link ${link} points at #${fragment}, which ${target} does not have`);
        }
      }
    }
  }
  return problems;
}
