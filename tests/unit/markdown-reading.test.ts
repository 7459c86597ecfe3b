import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeReading } from '../../src/markdown/rehype-reading.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const table = (...caption: string[]) =>
  el('table', [...caption.map((c) => el('caption', [text(c)])), el('tr', [el('td', [text('x')])])]);
const run = (...children: Element[]): Root => {
  const tree: Root = { type: 'root', children };
  rehypeReading()(tree);
  return tree;
};
const first = (tree: Root) => tree.children[0] as Element;

describe('rehypeReading', () => {
  it.each([
    ['the heading before it', [el('h2', [text('Key numbers')]), table()], 'Table: Key numbers'],
    [
      'its caption, before any heading',
      [el('h2', [text('Key numbers')]), table('Trade in FY24')],
      'Table: Trade in FY24',
    ],
    ['"Table" when nothing names it', [table()], 'Table'],
  ])('names a table region after %s', (_what, children, label) => {
    const region = run(...children).children.at(-1) as Element;
    expect(region.tagName).toBe('section');
    expect(region.properties).toMatchObject({ className: ['table-scroll'], tabIndex: 0, ariaLabel: label });
    expect((region.children[0] as Element).tagName).toBe('table');
  });

  it('numbers table regions whose name repeats, so no two share a name (html-validate fails a page that has two)', () => {
    const tree = run(
      el('h2', [text('Trade')]),
      table(),
      table(),
      el('h2', [text('Trade')]),
      table(),
      table('Trade'),
      el('div', [table()]),
    );
    const labels = tree.children.flatMap((node) => {
      const region =
        (node as Element).tagName === 'div' ? ((node as Element).children[0] as Element) : (node as Element);
      return region.tagName === 'section' ? [region.properties['ariaLabel']] : [];
    });
    expect(labels).toEqual(['Table: Trade', 'Table 2: Trade', 'Table 3: Trade', 'Table 4: Trade', 'Table 5: Trade']);
  });

  it.each([
    ['h2', true],
    ['h3', true],
    ['h4', false],
  ])('gives an %s an id, and an anchor link: %s', (tag, anchored) => {
    const out = first(run(el(tag, [text('Way forward')])));
    const heading = anchored ? (out.children[0] as Element) : out;
    expect(heading.properties['id']).toBe('way-forward');
    if (!anchored) return expect(out.tagName).toBe(tag);
    const link = out.children[1] as Element;
    expect(link.properties).toMatchObject({ className: ['heading-anchor'], href: '#way-forward' });
  });

  it('keeps an id the heading already has and numbers repeated slugs as Astro does', () => {
    const tree = run(el('h2', [text('Same')]), el('h2', [text('Same')]), el('h3', [text('Own')], { id: 'mine' }));
    const ids = tree.children.map((wrap) => ((wrap as Element).children[0] as Element).properties['id']);
    expect(ids).toEqual(['same', 'same-1', 'mine']);
  });
});
