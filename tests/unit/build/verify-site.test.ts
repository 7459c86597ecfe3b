import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../../../src/build/html-validator.ts';
import { verifySite } from '../../../src/build/verify-site.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('htmlErrors', () => {
  it.each([
    ['a sound page', page('<main><h1 id="a">A</h1></main>'), []],
    ['a duplicate id, each time it is asked', page('<p id="x">1</p><p id="x">2</p>'), ['no-dup-id']],
    [
      'a duplicate id again (the resolved configuration is reused)',
      page('<p id="y">1</p><p id="y">2</p>'),
      ['no-dup-id'],
    ],
  ])('finds the errors in %s', (_what, html, rules) => {
    expect(htmlErrors(html).map((e) => e.ruleId)).toEqual(rules);
  });
});

describe('verifySite', () => {
  /** A two-page site: the home page links the note, which has a broken link and an invalid duplicate id. */
  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    mkdirSync(join(dir, 'notes', 'a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page('<a href="/notes/a/">a</a>'));
    writeFileSync(join(dir, 'notes', 'a', 'index.html'), page('<a href="/notes/b/">b</a><p id="x"></p><p id="x"></p>'));
    return dir;
  }

  it('reports broken links with their page and HTML errors with file and line', async () => {
    const result = await verifySite(site(), '/');
    expect(result.links).toEqual([
      { page: '/notes/a/', link: '/notes/b/', message: 'link /notes/b/ points at no page or file' },
    ]);
    expect(result.html).toHaveLength(1);
    expect(result.html[0]).toMatch(/^\/notes\/a\/index\.html:1:\d+ html-validate no-dup-id: /);
    expect(result.built.sort()).toEqual(['/', '/notes/a/']);
  });

  it('validates each distinct page once and takes unchanged pages from the cache next time', async () => {
    const dir = site();
    writeFileSync(join(dir, 'copy.html'), readFileSync(join(dir, 'index.html')));
    const cache = join(dir, '..', `${Date.now()}-verify-cache.json`);
    const first = await verifySite(dir, '/', { cache });
    expect(first.pages).toBe(3);
    expect(first.validated).toBe(2);
    const second = await verifySite(dir, '/', { cache });
    expect(second.validated).toBe(0);
    expect(second.links).toEqual(first.links);
    expect(second.html).toEqual(first.html);
  });
});
