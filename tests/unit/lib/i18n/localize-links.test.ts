import { describe, expect, it } from 'vitest';
import { localizeLinks } from '../../../../src/lib/i18n/localize-links.ts';

describe('localizeLinks', () => {
  it.each([
    ['a note link', '<a href="/notes/x/">x</a>', '/', '<a href="/hi/notes/x/">x</a>'],
    ['a section link', '<a href="/notes/x/#part">x</a>', '/', '<a href="/hi/notes/x/#part">x</a>'],
    [
      'a link with other attributes first',
      '<a class="c" href="/topics/quad/">q</a>',
      '/',
      '<a class="c" href="/hi/topics/quad/">q</a>',
    ],
    [
      'under a base path',
      '<a href="/notes-site/notes/x/">x</a>',
      '/notes-site',
      '<a href="/notes-site/hi/notes/x/">x</a>',
    ],
    ['already in the language', '<a href="/hi/notes/x/">x</a>', '/', '<a href="/hi/notes/x/">x</a>'],
    ['a link on the page', '<a href="#part">p</a>', '/', '<a href="#part">p</a>'],
    [
      'an external link',
      '<a href="https://mea.gov.in/x" rel="noopener noreferrer">m</a>',
      '/',
      '<a href="https://mea.gov.in/x" rel="noopener noreferrer">m</a>',
    ],
    ['a protocol-relative link', '<a href="//example.org/">e</a>', '/', '<a href="//example.org/">e</a>'],
    ['outside the base path', '<a href="/other/">o</a>', '/notes-site', '<a href="/other/">o</a>'],
    ['an image, which is no link', '<img src="/icons/x.png">', '/', '<img src="/icons/x.png">'],
  ])('%s', (_what, html, base, expected) => expect(localizeLinks(html, 'hi', base)).toBe(expected));

  it('leaves English pages as they are', () => {
    expect(localizeLinks('<a href="/notes/x/">x</a>', 'en', '/')).toBe('<a href="/notes/x/">x</a>');
  });

  it('moves every link of a paragraph, and nothing else', () => {
    const html = '<p>See <a href="/notes/a/">a</a> and <a href="/topics/b/">b</a>; href="/notes/c/" in text.</p>';
    expect(localizeLinks(html, 'hi', '/')).toBe(
      '<p>See <a href="/hi/notes/a/">a</a> and <a href="/hi/topics/b/">b</a>; href="/notes/c/" in text.</p>',
    );
  });
});
