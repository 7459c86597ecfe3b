import { describe, expect, it } from 'vitest';
import { brokenLinks as broken, readPage, type PageLinks } from '../../../../src/lib/build/links.ts';

/** The broken links as `page: message` lines. */
const brokenLinks = (...args: Parameters<typeof broken>) => broken(...args).map((b) => `${b.page}: ${b.message}`);

const page = (path: string, links: string[] = [], ids: string[] = []): PageLinks => ({
  path,
  links,
  ids: new Set(ids),
});

describe('readPage', () => {
  it('keeps the site path it was given', () => {
    expect(readPage('/notes/cepa/', '<p>x</p>').path).toBe('/notes/cepa/');
  });

  it.each([
    ['no ids in a page without any', '<p>plain</p>', []],
    ['the id of a heading', '<h2 id="key">Key</h2>', ['key']],
    [
      'ids on any element, however deep',
      '<main id="main"><section><h2 id="a">A</h2><ol><li id="fn-1">n</li></ol></section></main>',
      ['main', 'a', 'fn-1'],
    ],
    ['a repeated id once', '<p id="x">1</p><p id="x">2</p>', ['x']],
    [
      'ids in the head as well as the body',
      '<html><head><style id="s"></style></head><body id="b"></body></html>',
      ['s', 'b'],
    ],
  ])('collects %s', (_what, html, expected) => {
    expect([...readPage('/', html).ids]).toEqual(expected);
  });

  it.each([
    ['an anchor href', '<a href="/topics/">t</a>', ['/topics/']],
    ['a stylesheet href', '<link rel="stylesheet" href="/_astro/site.css">', ['/_astro/site.css']],
    ['an image src', '<img src="/images/map.png" alt="">', ['/images/map.png']],
    ['a script src', '<script type="module" src="/_astro/search.js"></script>', ['/_astro/search.js']],
    ['a fragment link', '<a href="#key">k</a>', ['#key']],
    [
      'external links, which are for brokenLinks to skip',
      '<a href="https://example.org/">x</a>',
      ['https://example.org/'],
    ],
    [
      'every kind in document order',
      '<html><head><link rel="icon" href="/favicon.svg"><script src="/a.js"></script></head>' +
        '<body><a href="/b/">b</a><img src="/c.png" alt=""><a href="#d">d</a></body></html>',
      ['/favicon.svg', '/a.js', '/b/', '/c.png', '#d'],
    ],
    ['nothing from an anchor with no href', '<a id="top">x</a>', []],
    ['nothing from an empty href', '<a href="">x</a>', []],
    ['nothing from an inline script', '<script>let x = 1;</script>', []],
    ['nothing from link-like text', '<p>href="/nope/" src="/nope.png"</p>', []],
  ])('collects %s', (_what, html, expected) => {
    expect(readPage('/', html).links).toEqual(expected);
  });
});

describe('brokenLinks', () => {
  const site = [
    page('/', [], ['top']),
    page('/notes/cepa/', [], ['key-takeaways', 'fn-1', 'café']),
    page('/topics/', [], ['list']),
    page('/notes/café/', [], []),
  ];
  const files = new Set(['/_astro/site.css', '/pdf/cepa.pdf', '/favicon.svg', '/images/map.png']);

  const check = (links: string[], base = '/', from = '/notes/cepa/') => {
    const pages = site.map((p) => (p.path === from ? { ...p, links } : p));
    expect(pages.some((p) => p.path === from)).toBe(true);
    return brokenLinks(pages, files, base);
  };

  it.each([
    ['a link to another page', '/topics/'],
    ['a link to the home page', '/'],
    ['a link to a fragment on another page', '/topics/#list'],
    ['a link to a fragment on the same page', '#key-takeaways'],
    ['a link to a page with a query string', '/topics/?sort=title'],
    ['a query string alone', '?print=1'],
    ['a bare #', '#'],
    ['an empty fragment after a path', '/topics/#'],
    ['a stylesheet', '/_astro/site.css'],
    ['a PDF', '/pdf/cepa.pdf'],
    ['an image', '/images/map.png'],
    ['a percent-encoded path', '/notes/caf%C3%A9/'],
    ['a percent-encoded fragment', '#caf%C3%A9'],
  ])('accepts %s', (_what, link) => {
    expect(check([link])).toEqual([]);
  });

  it.each([
    ['https', 'https://www.mea.gov.in/'],
    ['http', 'http://example.org/missing/'],
    ['mailto', 'mailto:editor@example.org'],
    ['tel', 'tel:+911234567'],
    ['a protocol-relative URL', '//cdn.example.org/lib.js'],
    ['an upper-case scheme', 'HTTPS://EXAMPLE.ORG/'],
    ['a data URL', 'data:image/png;base64,AAAA'],
  ])('ignores an external link: %s', (_what, link) => {
    expect(check([link])).toEqual([]);
    expect(check([link], '/notes-site/')).toEqual([]);
  });

  it.each([
    ['a page that does not exist', '/nope/', '/notes/cepa/: link /nope/ points at no page or file'],
    ['a page path without its trailing slash', '/topics', '/notes/cepa/: link /topics points at no page or file'],
    ['a file that was not built', '/pdf/mahsr.pdf', '/notes/cepa/: link /pdf/mahsr.pdf points at no page or file'],
    ['a missing page, even with a fragment', '/nope/#key', '/notes/cepa/: link /nope/#key points at no page or file'],
    [
      'a fragment another page does not have',
      '/topics/#missing',
      '/notes/cepa/: link /topics/#missing points at #missing, which /topics/ does not have',
    ],
    [
      'a fragment the same page does not have',
      '#missing',
      '/notes/cepa/: link #missing points at #missing, which /notes/cepa/ does not have',
    ],
    [
      'a fragment that differs only in case',
      '#Key-Takeaways',
      '/notes/cepa/: link #Key-Takeaways points at #Key-Takeaways, which /notes/cepa/ does not have',
    ],
  ])('reports %s', (_what, link, problem) => {
    expect(check([link])).toEqual([problem]);
  });

  it.each([
    ['a sibling page', '../../topics/', []],
    ['a sibling page with a fragment', '../../topics/#list', []],
    ['the same page by ./', './#fn-1', []],
    ['the parent of the site root, which a browser clamps to the root', '../../../', []],
    ['a missing sibling', '../mahsr/', ['/notes/cepa/: link ../mahsr/ points at no page or file']],
    ['a child path that does not exist', 'print/', ['/notes/cepa/: link print/ points at no page or file']],
    [
      'a sibling missing the fragment',
      '../../topics/#nope',
      ['/notes/cepa/: link ../../topics/#nope points at #nope, which /topics/ does not have'],
    ],
  ])('resolves a relative link against the page path: %s', (_what, link, expected) => {
    expect(check([link])).toEqual(expected);
  });

  it.each([
    ['/notes-site/', '/notes-site/topics/', []],
    ['/notes-site', '/notes-site/topics/', []],
    ['/notes-site/', '/notes-site/', []],
    ['/notes-site/', '/notes-site', []],
    ['/notes-site/', '/notes-site/pdf/cepa.pdf', []],
    ['/notes-site/', '/notes-site/topics/#list', []],
    [
      '/notes-site/',
      '/notes-site/topics/#nope',
      ['/notes/cepa/: link /notes-site/topics/#nope points at #nope, which /topics/ does not have'],
    ],
    ['/notes-site/', '/notes-site/nope/', ['/notes/cepa/: link /notes-site/nope/ points at no page or file']],
    ['/notes-site/', '/topics/', ['/notes/cepa/: link /topics/ is missing the base path /notes-site/']],
    ['/notes-site', '/topics/', ['/notes/cepa/: link /topics/ is missing the base path /notes-site/']],
    ['/notes-site/', '/', ['/notes/cepa/: link / is missing the base path /notes-site/']],
    [
      '/notes-site/',
      '/notes-sites/topics/',
      ['/notes/cepa/: link /notes-sites/topics/ is missing the base path /notes-site/'],
    ],
    ['/notes-site/', '/_astro/site.css', ['/notes/cepa/: link /_astro/site.css is missing the base path /notes-site/']],
    ['/notes-site/', '#key-takeaways', []],
    ['/notes-site/', '../../topics/', []],
    ['/', '/topics/', []],
    ['/', '/notes-site/topics/', ['/notes/cepa/: link /notes-site/topics/ points at no page or file']],
  ])('under base %s, checks %s', (base, link, expected) => {
    expect(check([link], base)).toEqual(expected);
  });

  it('reports every problem, page by page in the order given, links in page order', () => {
    const pages = [
      page('/a/', ['/nope/', '/b/', '#gone'], []),
      page('/b/', ['/a/#gone', 'https://example.org/'], ['here']),
    ];
    expect(brokenLinks(pages, new Set(), '/')).toEqual([
      '/a/: link /nope/ points at no page or file',
      '/a/: link #gone points at #gone, which /a/ does not have',
      '/b/: link /a/#gone points at #gone, which /a/ does not have',
    ]);
  });

  it('reports a broken link once for each time a page uses it', () => {
    expect(brokenLinks([page('/a/', ['/x/', '/x/'])], new Set(), '/')).toEqual([
      '/a/: link /x/ points at no page or file',
      '/a/: link /x/ points at no page or file',
    ]);
  });

  it('finds nothing wrong with a site that has no pages', () => {
    expect(brokenLinks([], new Set(['/a.css']), '/')).toEqual([]);
  });

  it('works on what readPage reads from real HTML', () => {
    const pages = [
      readPage('/', '<link rel="stylesheet" href="/s.css"><a href="/n/#k">n</a><a href="/n/#x">x</a>'),
      readPage('/n/', '<h2 id="k">K</h2><img src="/missing.png" alt="">'),
    ];
    expect(brokenLinks(pages, new Set(['/s.css']), '/')).toEqual([
      '/: link /n/#x points at #x, which /n/ does not have',
      '/n/: link /missing.png points at no page or file',
    ]);
  });
});

describe('brokenLinks edge cases found in review', () => {
  const at = (path: string, links: string[] = []) => ({ path, ids: new Set<string>(), links });
  it('reports a relative link that climbs out of the base path', () => {
    expect(brokenLinks([at('/notes/x/', ['../../../topics/']), at('/topics/')], new Set(), '/notes-site/')).toEqual([
      '/notes/x/: link ../../../topics/ is missing the base path /notes-site/',
    ]);
  });
  it('reports a malformed percent-encoding instead of throwing', () => {
    expect(brokenLinks([at('/a/', ['/b%E0%A4%A/'])], new Set(), '/')).toEqual([
      '/a/: link /b%E0%A4%A/ points at no page or file',
    ]);
  });
  it('does not look for element ids in a PDF fragment', () => {
    expect(brokenLinks([at('/a/', ['/pdf/x.pdf#page=2'])], new Set(['/pdf/x.pdf']), '/')).toEqual([]);
  });
});
