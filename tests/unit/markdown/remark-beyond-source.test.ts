import type { Blockquote, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markerCitationProblem, markerCitations, markerProblem } from '../../../src/lib/beyond-source.ts';
import { remarkBeyondSource } from '../../../src/markdown/remark-beyond-source.ts';

/** What remark-rehype reads off a node to pick its HTML element (declared by mdast-util-to-hast). */
const hast = (quote: Blockquote) => (quote.data ?? {}) as { hName?: string; hProperties?: unknown };

const MEA = {
  id: 'mea-2016',
  publisher: 'Ministry of External Affairs',
  title: 'India-Japan Joint Statement',
  date: new Date('2016-11-11T00:00:00Z'),
  url: 'https://www.mea.gov.in/example',
};
const JICA = { ...MEA, id: 'jica-2024', publisher: 'JICA', title: 'Annual Report', date: '2024-10-01' };

/** Parses Markdown with these frontmatter citations, runs the plugin, and returns the first blockquote. */
function firstQuote(markdown: string, citations: unknown[] = [MEA, JICA]): Blockquote {
  const processor = unified().use(remarkParse).use(remarkBeyondSource);
  const file = { value: markdown, data: { astro: { frontmatter: { citations } } } };
  const tree = processor.runSync(processor.parse(markdown), file as never) as Root;
  const quote = tree.children.find((node): node is Blockquote => node.type === 'blockquote');
  if (!quote) throw new Error('no blockquote');
  return quote;
}

describe('remarkBeyondSource', () => {
  it('turns a marked blockquote into a labelled note that ends with its source', () => {
    const quote = firstQuote('> [!BEYOND] mea-2016\n> Signed in **2016**.\n');
    expect(hast(quote).hName).toBe('div');
    expect(hast(quote).hProperties).toEqual({ className: ['marker', 'marker-beyond'], role: 'note' });
    expect(toString(quote.children[0])).toBe('Beyond the source (added by us, not from the news article)');
    expect(toString(quote.children[1])).toBe('Signed in 2016.');
    expect(toString(quote.children[2])).toBe(
      'Source: Ministry of External Affairs, “India-Japan Joint Statement”, 11 November 2016',
    );
    const link = (quote.children[2] as { children: { type: string; url?: string }[] }).children.find(
      (c) => c.type === 'link',
    );
    expect(link?.url).toBe('https://www.mea.gov.in/example');
    expect(toString(quote)).not.toContain('[!BEYOND]');
    expect(toString(quote)).not.toContain('mea-2016\n');
  });

  it('marks a Hindi source title lang="hi-IN" on an English page, and an English title not at all', () => {
    const PIB_HI = { ...MEA, id: 'pib-hi', publisher: 'PIB', title: 'जापान-भारत समुद्री अभ्यास' };
    const quote = firstQuote('> [!BEYOND] pib-hi mea-2016\n> Held in 2025.\n', [PIB_HI, MEA]);
    const links = (quote.children[2] as { children: { type: string; data?: { hProperties?: unknown } }[] }).children
      .filter((c) => c.type === 'link')
      .map((link) => link.data?.hProperties);
    expect(links).toEqual([{ lang: 'hi-IN' }, undefined]);
  });

  it('lists every cited source in the order the marker names them, and labels a correction', () => {
    const quote = firstQuote('> [!CORRECTION] jica-2024, mea-2016\n> The article gives 2028.\n');
    expect(hast(quote).hProperties).toEqual({ className: ['marker', 'marker-correction'], role: 'note' });
    expect(toString(quote.children[0])).toMatch(/^Correction/);
    expect(toString(quote.children[2])).toBe(
      'Sources: JICA, “Annual Report”, 1 October 2024; Ministry of External Affairs, “India-Japan Joint Statement”, 11 November 2016',
    );
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
    [
      'beyond',
      false,
      'unknown marker "[!beyond]" (write it in capitals: [!BEYOND]); the markers are [!BEYOND], [!CORRECTION]',
    ],
    ['NOTE', false, 'unknown marker "[!NOTE]"; the markers are [!BEYOND], [!CORRECTION]'],
  ] as const)('says what is wrong with [!%s] (empty: %s)', (name, empty, expected) => {
    const problem = markerProblem(name, empty);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(expected);
  });
});

describe('marker citations', () => {
  it.each([
    ['', []],
    ['mea-2016', ['mea-2016']],
    ['  mea-2016,jica-2024  pib ', ['mea-2016', 'jica-2024', 'pib']],
  ])('reads the ids on the marker line %j', (rest, ids) => {
    expect(markerCitations(rest)).toEqual(ids);
  });

  const known = new Set(['mea-2016']);
  it.each([
    ['BEYOND', [], 'cites no source'],
    ['CORRECTION', [], 'cites no source'],
    ['BEYOND', ['mea-2016'], undefined],
    [
      'BEYOND',
      ['mea-2016', 'pib-2025'],
      'cites "pib-2025", which is not under citations in the frontmatter; this file declares "mea-2016"',
    ],
    ['NOTE', [], undefined],
  ] as const)('[!%s] naming %j', (name, cites, expected) => {
    const problem = markerCitationProblem(name, cites, known);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(expected);
  });
});
