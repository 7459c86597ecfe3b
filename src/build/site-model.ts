import type { BrokenLink } from '../lib/build/links.ts';
import type { ContentSet } from '../lib/content-check/read.ts';
import { isSizedPage, type SitePage } from '../lib/site-urls.ts';

/**
 * A broken link as a line of the report: at its line in the content file its page is made from when it can be
 * found there (`content/notes/x.md:12: …`), else at the page.
 */
export function locateLink(broken: BrokenLink, pages: readonly SitePage[], content: ContentSet, base: string): string {
  const source = pages.find((page) => page.path === broken.page)?.source;
  const [collection = '', id = ''] = source?.split('/') ?? [];
  const entry = content.entries[collection as keyof ContentSet['entries']]?.get(id);
  const text = entry && content.texts.find((t) => t.file === entry.file)?.text;
  if (entry && text) {
    const prefix = base.replace(/\/+$/, '');
    const link = prefix && broken.link.startsWith(`${prefix}/`) ? broken.link.slice(prefix.length) : broken.link;
    // Markdown writes a link target after "(": the path, or the #fragment of a link within the page.
    const [path = '', fragment = ''] = link.split('#', 2);
    const needle = `(${path || `#${fragment}`}`;
    const at = text.split('\n').findIndex((line) => line.includes(needle));
    if (at !== -1) return `${entry.file}:${at + 1}: ${broken.message} (on ${broken.page})`;
  }
  return `${broken.page}: ${broken.message}`;
}

/** Pages built that the URL model does not know, and pages it predicts that were not built. */
export function modelMismatch(
  pages: readonly SitePage[],
  built: readonly string[],
  files: ReadonlySet<string>,
): string[] {
  const expected = new Set(pages.map((page) => page.path));
  return [
    ...built
      .filter((path) => !expected.has(path) && !isSizedPage(path))
      .map((path) => `${path}: built, but not in the URL model (src/lib/site-urls.ts)`),
    ...[...expected]
      .filter((path) => !files.has(path))
      .map((path) => `${path}: in the URL model (src/lib/site-urls.ts), but not built`),
  ];
}
