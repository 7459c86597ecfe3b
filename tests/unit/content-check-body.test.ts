import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { analyseBody } from '../../src/lib/content-check/body.ts';
import { parseMarkdownFile } from '../../src/lib/content-check/parse.ts';

/** What remark (the site's own Markdown parser) sees: heading ids and link targets. */
function remarkFacts(body: string) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const slugger = new GithubSlugger();
  const headings: string[] = [];
  const links: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') headings.push(`h${node.depth} ${slugger.slug(toString(node))}`);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') links.push(node.url);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return { headings, links };
}

const files = ['content/notes', 'content/topics', 'content/mains', 'tests/fixtures/content-valid/notes'].flatMap(
  (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(dir, f)),
);

describe('the checker reads Markdown the way remark does', () => {
  it.each(files)('%s: same headings and ids, same links', (file) => {
    const parsed = parseMarkdownFile(readFileSync(file, 'utf8'));
    expect(parsed).not.toBeNull();
    const body = parsed?.body ?? '';
    const facts = analyseBody(body, 1);
    const expected = remarkFacts(body);
    expect(facts.headings.map((h) => `h${h.depth} ${h.slug}`)).toEqual(expected.headings);
    expect(facts.links.map((l) => l.url)).toEqual(expected.links);
  });

  it.each([
    ['a setext heading', 'Title here\n==========\n\ntext\n\nSub title\n---\n', ['h1 title-here', 'h2 sub-title']],
    [
      'a heading with emphasis, code and a link',
      '## The **2025** `summit` and [JIMEX](/topics/jimex/)\n',
      ['h2 the-2025-summit-and-jimex'],
    ],
    ['a heading inside a code fence is not a heading', '```md\n## not a heading\n```\n\n## real\n', ['h2 real']],
    ['closing hashes are not part of the text', '### Key takeaways ###\n', ['h3 key-takeaways']],
    ['a thematic break after a blank line is not a heading', 'para\n\n---\n\n## next\n', ['h2 next']],
  ])('%s', (_name, body, headings) => {
    expect(analyseBody(body, 1).headings.map((h) => `h${h.depth} ${h.slug}`)).toEqual(headings);
    expect(remarkFacts(body).headings).toEqual(headings);
  });

  it('finds links in tables, lists, definitions and autolinks but not in code', () => {
    const body = [
      '| a | [x](/notes/a/) |',
      '| - | - |',
      '- item with ![img](/img.png) and `[not](/a-link/)`',
      '[ref]: https://example.org/ref',
      'See <https://example.org/auto>.',
      '```',
      '[not](/in/code/)',
      '```',
    ].join('\n');
    expect(analyseBody(body, 1).links.map((l) => l.url)).toEqual([
      '/notes/a/',
      '/img.png',
      'https://example.org/ref',
      'https://example.org/auto',
    ]);
    expect(remarkFacts(body).links).toEqual([
      '/notes/a/',
      '/img.png',
      'https://example.org/ref',
      'https://example.org/auto',
    ]);
  });

  it('reads an escaped bracket in a link’s text as text, not as an empty link (found by the agreement property)', () => {
    const body = 'See [भारत \\[](#भारत-) and [India \\[1\\]](/notes/a/), not \\[this](/not/a/link/).\n';
    const facts = analyseBody(body, 1);
    expect(facts.links).toEqual([
      { url: '#भारत-', line: 1 },
      { url: '/notes/a/', line: 1 },
    ]);
    expect(remarkFacts(body).links).toEqual(['#भारत-', '/notes/a/']);
  });

  it('reports raw HTML with its line, a block whole and inline tags one by one', () => {
    const facts = analyseBody('text\n\n<div onclick="x()">hi</div>\n\nsome <b>bold</b> words\n', 10);
    expect(facts.html).toEqual([
      { value: '<div onclick="x()">hi</div>', line: 12 },
      { value: '<b>', line: 14 },
      { value: '</b>', line: 14 },
    ]);
  });
});
