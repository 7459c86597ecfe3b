import { describe, expect, it } from 'vitest';
import { locateLink, modelMismatch } from '../../../src/build/site-model.ts';
import type { ContentSet } from '../../../src/lib/content-check/read.ts';

const text = ['---', 'title: X', '---', '', 'See [y](/notes/y/#why).', '', 'And [up](#top).', ''].join('\n');
const content = {
  entries: { notes: new Map([['x', { file: 'content/notes/x.md' }]]) },
  texts: [{ file: 'content/notes/x.md', text }],
} as unknown as ContentSet;
const pages = [{ path: '/notes/x/', source: 'notes/x' }, { path: '/topics/' }];

describe('locateLink', () => {
  it.each([
    [
      'a link written in the Markdown, at its line',
      '/notes/x/',
      '/notes/y/#why',
      '/',
      'content/notes/x.md:5: m (on /notes/x/)',
    ],
    [
      'the same under a base path',
      '/notes/x/',
      '/notes-site/notes/y/',
      '/notes-site/',
      'content/notes/x.md:5: m (on /notes/x/)',
    ],
    ['a fragment link within the page', '/notes/x/', '#top', '/', 'content/notes/x.md:7: m (on /notes/x/)'],
    ['a link the template wrote, at its page', '/notes/x/', '/elsewhere/', '/', '/notes/x/: m'],
    ['a page made from no content file', '/topics/', '/nowhere/', '/', '/topics/: m'],
  ])('places %s', (_what, page, link, base, expected) => {
    expect(locateLink({ page, link, message: 'm' }, pages, content, base)).toBe(expected);
  });
});

describe('modelMismatch', () => {
  it('names pages built outside the model and modelled pages not built', () => {
    const files = new Set(['/notes/x/', '/rss.xml', '/extra/']);
    const model = [{ path: '/notes/x/' }, { path: '/rss.xml' }, { path: '/missing/' }];
    expect(modelMismatch(model, ['/notes/x/', '/extra/'], files)).toEqual([
      '/extra/: built, but not in the URL model (src/lib/site-urls.ts)',
      '/missing/: in the URL model (src/lib/site-urls.ts), but not built',
    ]);
  });

  it('accepts booklet parts, whose number depends on rendered size, but not other unmodelled pages', () => {
    const built = ['/topics/quad/print/2/', '/topics/quad/print/extra/'];
    expect(modelMismatch([], built, new Set(built))).toEqual([
      '/topics/quad/print/extra/: built, but not in the URL model (src/lib/site-urls.ts)',
    ]);
  });

  it('is silent when the two agree', () => {
    expect(modelMismatch([{ path: '/' }], ['/'], new Set(['/']))).toEqual([]);
  });
});
