import type { Blockquote, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markerProblem } from '../../../src/lib/beyond-source.ts';
import { remarkBeyondSource } from '../../../src/markdown/remark-beyond-source.ts';

/** What remark-rehype reads off a node to pick its HTML element (declared by mdast-util-to-hast). */
const hast = (quote: Blockquote) => (quote.data ?? {}) as { hName?: string; hProperties?: unknown };

/** Parses Markdown, runs the plugin, and returns the first blockquote. */
function firstQuote(markdown: string): Blockquote {
  const processor = unified().use(remarkParse).use(remarkBeyondSource);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const quote = tree.children.find((node): node is Blockquote => node.type === 'blockquote');
  if (!quote) throw new Error('no blockquote');
  return quote;
}

describe('remarkBeyondSource', () => {
  it.each([
    ['the marker on its own line', '> [!BEYOND]\n> Signed in **2016**.\n'],
    ['the fact on the marker line', '> [!BEYOND] Signed in **2016**.\n'],
  ])('turns a blockquote with %s into a labelled note', (_what, markdown) => {
    const quote = firstQuote(markdown);
    expect(hast(quote).hName).toBe('div');
    expect(hast(quote).hProperties).toEqual({ className: ['marker', 'marker-beyond'], role: 'note' });
    expect(toString(quote.children[0])).toBe('Beyond the source (added by us, not from the news article)');
    expect(toString(quote.children[1])).toBe('Signed in 2016.');
    expect(toString(quote)).not.toContain('[!BEYOND]');
  });

  it.each([
    ['a plain quotation', '> A quotation.\n', 'A quotation.'],
    ['an unknown marker', '> [!NOTE]\n> Text.\n', '[!NOTE]\nText.'],
    ['a lower-case marker', '> [!beyond]\n> Text.\n', '[!beyond]\nText.'],
    ['a marker that is not at the start', '> Text [!BEYOND] here.\n', 'Text [!BEYOND] here.'],
  ])('leaves %s alone', (_what, markdown, text) => {
    const quote = firstQuote(markdown);
    expect(hast(quote).hName).toBeUndefined();
    expect(toString(quote)).toBe(text);
  });
});

describe('markerProblem', () => {
  it.each([
    ['BEYOND', false, undefined],
    ['BEYOND', true, 'the [!BEYOND] block is empty'],
    ['beyond', false, 'unknown marker "[!beyond]" (write it in capitals: [!BEYOND]); the markers are [!BEYOND]'],
    ['NOTE', false, 'unknown marker "[!NOTE]"; the markers are [!BEYOND]'],
  ] as const)('says what is wrong with [!%s] (empty: %s)', (name, empty, expected) => {
    const problem = markerProblem(name, empty);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(expected);
  });
});
