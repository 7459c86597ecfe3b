import { describe, expect, it } from 'vitest';
import { scopeHtml } from '../../../src/lib/scope-html.ts';

describe('scopeHtml', () => {
  it.each([
    ['a heading id', '<h2 id="key-takeaways">Key</h2>', '<h3 id="cepa--key-takeaways">Key</h3>'],
    [
      'an id on any element',
      '<p id="intro">x</p><li id="item-1">y</li>',
      '<p id="cepa--intro">x</p><li id="cepa--item-1">y</li>',
    ],
    [
      'an id nested deep inside',
      '<div><section><span id="deep">x</span></section></div>',
      '<div><section><span id="cepa--deep">x</span></section></div>',
    ],
    [
      'an id that starts with a digit',
      '<h2 id="1-trade-imbalance">1. Trade</h2>',
      '<h3 id="cepa--1-trade-imbalance">1. Trade</h3>',
    ],
  ])('prefixes %s with the note id', (_what, html, expected) => {
    expect(scopeHtml(html, 'cepa')).toBe(expected);
  });

  it.each([
    ['a fragment link', '<a href="#key">k</a>', '<a href="#cepa--key">k</a>'],
    [
      'a footnote reference and its back-reference',
      '<a href="#fn-1" id="fnref-1">1</a><li id="fn-1"><a href="#fnref-1">↩</a></li>',
      '<a href="#cepa--fn-1" id="cepa--fnref-1">1</a><li id="cepa--fn-1"><a href="#cepa--fnref-1">↩</a></li>',
    ],
  ])('rewrites %s to the prefixed id', (_what, html, expected) => {
    expect(scopeHtml(html, 'cepa')).toBe(expected);
  });

  it.each([
    ['a bare # link', '<a href="#">Back to top</a>'],
    ['an external link with a fragment', '<a href="https://example.org/page#key">x</a>'],
    ['a root-relative link with a fragment', '<a href="/notes/mahsr/#key">x</a>'],
    ['a root-relative link', '<a href="/topics/cepa/">x</a>'],
    ['a relative link with a fragment', '<a href="../mahsr/#key">x</a>'],
    ['a mailto link', '<a href="mailto:editor@example.org">x</a>'],
    ['a link with no href', '<a>x</a>'],
    ['text that merely mentions an id', '<p>id="key" and href="#key"</p>'],
  ])('leaves %s untouched', (_what, html) => {
    expect(scopeHtml(html, 'cepa', 0)).toBe(html);
  });

  it.each([
    [1, '<h2>Note title sits above</h2>', '<h3>Note title sits above</h3>'],
    [1, '<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5>', '<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6>'],
    [1, '<h6>already the lowest</h6>', '<h6>already the lowest</h6>'],
    [2, '<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5>', '<h4>a</h4><h5>b</h5><h6>c</h6><h6>d</h6>'],
    [3, '<h1>a</h1><h3>b</h3><h6>c</h6>', '<h4>a</h4><h6>b</h6><h6>c</h6>'],
    [10, '<h1>a</h1>', '<h6>a</h6>'],
  ])('moves headings down by %i, never past h6: %s', (shift, html, expected) => {
    expect(scopeHtml(html, 'n', shift)).toBe(expected);
  });

  it('moves headings down one level by default', () => {
    expect(scopeHtml('<h2>a</h2><h3>b</h3>', 'n')).toBe('<h3>a</h3><h4>b</h4>');
  });

  it.each([
    [0, '<h1>a</h1><h2>b</h2><h6>c</h6>'],
    [-1, '<h2>a</h2><h3>b</h3>'],
  ])('leaves headings where they are for a shift of %i', (shift, html) => {
    expect(scopeHtml(html, 'n', shift)).toBe(html);
  });

  it('still prefixes ids and fragment links when headings are not shifted', () => {
    expect(scopeHtml('<h2 id="a">A</h2><a href="#a">to A</a>', 'n', 0)).toBe(
      '<h2 id="n--a">A</h2><a href="#n--a">to A</a>',
    );
  });

  it('keeps a heading’s other attributes and inline content when it moves', () => {
    expect(scopeHtml('<h2 id="x" class="c" data-n="1">Trade <em>and</em> <code>CEPA</code></h2>', 'n')).toBe(
      '<h3 id="n--x" class="c" data-n="1">Trade <em>and</em> <code>CEPA</code></h3>',
    );
  });

  it('keeps the text, tables and lists around it as they were', () => {
    const html = '<p>India &amp; Japan</p><table><tr><td>1</td></tr></table><ul><li>a</li></ul>';
    expect(scopeHtml(html, 'n')).toBe(html);
  });

  it('gives two notes with the same heading ids distinct ids once each is scoped', () => {
    const note = '<h2 id="key-takeaways">Key takeaways</h2><a href="#key-takeaways">jump</a>';
    const booklet = scopeHtml(note, 'trade') + scopeHtml(note, 'defence');
    expect(booklet).toBe(
      '<h3 id="trade--key-takeaways">Key takeaways</h3><a href="#trade--key-takeaways">jump</a>' +
        '<h3 id="defence--key-takeaways">Key takeaways</h3><a href="#defence--key-takeaways">jump</a>',
    );
  });

  it('keeps apart a note whose id continues another’s and a heading that continues the first', () => {
    const ids = [
      scopeHtml('<h2 id="investment-targets">x</h2>', 'trade'),
      scopeHtml('<h2 id="targets">x</h2>', 'trade-investment'),
    ];
    expect(ids).toEqual(['<h3 id="trade--investment-targets">x</h3>', '<h3 id="trade-investment--targets">x</h3>']);
  });

  it('gives back an empty string for an empty note', () => {
    expect(scopeHtml('', 'n')).toBe('');
  });
});

describe('scopeHtml and attributes that name ids', () => {
  it('prefixes aria-describedby so a footnote reference still points at its label', () => {
    expect(
      scopeHtml('<a href="#fn-1" aria-describedby="footnote-label">1</a><h2 id="footnote-label">F</h2>', 'n'),
    ).toBe('<a href="#n--fn-1" aria-describedby="n--footnote-label">1</a><h3 id="n--footnote-label">F</h3>');
  });
});

describe('scopeHtml and landmark names', () => {
  const table = '<section class="table-scroll" tabindex="0" aria-label="Table: Key figures"><table></table></section>';

  it('adds the note title to a table region’s name so two notes’ tables stay distinct in one booklet', () => {
    const booklet = scopeHtml(table, 'trade', 1, 'Trade and investment') + scopeHtml(table, 'rail', 1, 'MAHSR');
    expect(booklet).toContain('aria-label="Table: Key figures (Trade and investment)"');
    expect(booklet).toContain('aria-label="Table: Key figures (MAHSR)"');
  });

  it('names every kind of labelled landmark, and only those', () => {
    const html = '<aside aria-label="A"></aside><nav aria-label="B"></nav><button aria-label="C"></button>';
    expect(scopeHtml(html, 'n', 0, 'T')).toBe(
      '<aside aria-label="A (T)"></aside><nav aria-label="B (T)"></nav><button aria-label="C"></button>',
    );
  });

  it('leaves names alone without a title, as on the note’s own page', () => {
    expect(scopeHtml(table, 'n', 0)).toBe(table);
  });
});
