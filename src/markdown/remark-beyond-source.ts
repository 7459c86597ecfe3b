import type { Blockquote, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isMarker, MARKER_START, MARKERS } from '../lib/beyond-source.ts';

/**
 * Turns `> [!BEYOND]` blockquotes into a note with a visible label ("Beyond the source"), so readers, screen
 * readers and black-and-white printouts all see which facts did not come from the news article. No raw HTML in
 * the Markdown: the element and its class are set through mdast's hName/hProperties.
 */
export function remarkBeyondSource() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER_START.exec(text.value);
      const name = match?.[1];
      if (!match || !name || !isMarker(name)) return;
      text.value = text.value.slice(match[0].length).replace(/^\r?\n/, '');
      if (text.value === '') first.children.shift();
      if (first.children.length === 0) node.children.shift();
      const { label, hint } = MARKERS[name];
      const heading: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['marker-label'] } },
        children: [
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'text', value: ` (${hint})` },
        ],
      };
      node.children.unshift(heading);
      node.data = {
        ...node.data,
        hName: 'div',
        hProperties: { className: ['marker', `marker-${name.toLowerCase()}`], role: 'note' },
      };
    });
  };
}
