import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

/**
 * Notes link to each other from the site root (`/notes/<id>/`); this prefixes the base path so the same Markdown
 * works under `/notes-site/`. External links get `rel="noopener noreferrer"`.
 */
export function rehypeBaseLinks({ base = '/' }: { base?: string } = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' && node.tagName !== 'img') return;
      const key = node.tagName === 'a' ? 'href' : 'src';
      const value = node.properties[key];
      if (typeof value !== 'string') return;
      if (/^https?:\/\//i.test(value)) {
        if (node.tagName === 'a') node.properties['rel'] = ['noopener', 'noreferrer'];
        return;
      }
      node.properties[key] = withBase(base, value);
    });
  };
}
