// The links of rendered HTML moved into a language: what rehype-base-links does to a translation's Markdown, done
// to the English HTML a page shows when its translation is missing, so a reader of that page stays in their
// language (`/notes/x/` → `/hi/notes/x/`) instead of being sent to the English site. Pure.
import { withBase, withoutBase } from '../urls.ts';
import { DEFAULT_LOCALE, localePath, splitLocalePath, type Locale } from './locales.ts';

// An <a> tag's href, as the Markdown pipeline writes it (double quotes).
const HREF = /(<a\b[^>]*?\shref=")([^"]*)(")/g;

/** `html` with every site-internal link (under `base`, not yet in a language) pointing into `locale`. */
export function localizeLinks(html: string, locale: Locale, base: string): string {
  if (locale === DEFAULT_LOCALE) return html;
  const root = base.replace(/\/?$/, '/');
  return html.replace(HREF, (all, open: string, href: string, close: string) => {
    if (href.startsWith('//') || !href.startsWith(root)) return all;
    const path = withoutBase(base, href);
    if (splitLocalePath(path).locale !== DEFAULT_LOCALE) return all;
    return `${open}${withBase(base, localePath(locale, path))}${close}`;
  });
}
