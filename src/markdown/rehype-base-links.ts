import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, localePath } from '../lib/i18n/locales.ts';
import { withBase } from '../lib/urls.ts';
import { renderContext } from './render-context.ts';

/**
 * Notes link to each other from the site root (`/notes/<id>/`); this prefixes the base path so the same Markdown
 * works under `/notes-site/`, and a translation's links stay in its language. External links get `rel="noopener noreferrer"`.
 */
export function rehypeBaseLinks({ base = '/' }: { base?: string } = {}) {
  return (tree: Root, file?: VFile) => {
    // A translation links within its own language (`/notes/x/` → `/hi/notes/x/`).
    const locale = renderContext(file)?.locale ?? DEFAULT_LOCALE;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' && node.tagName !== 'img') return;
      const key = node.tagName === 'a' ? 'href' : 'src';
      const value = node.properties[key];
      if (typeof value !== 'string') return;
      if (/^https?:\/\//i.test(value)) {
        if (node.tagName === 'a') node.properties['rel'] = ['noopener', 'noreferrer'];
        return;
      }
      node.properties[key] = withBase(base, node.tagName === 'a' ? localePath(locale, value) : value);
    });
  };
}
