import { describe, expect, it } from 'vitest';
import { searchUrl, withBase } from '../../src/lib/urls.ts';

describe('withBase', () => {
  it.each([
    ['/', '/notes/x/', '/notes/x/'],
    ['/notes-site', '/notes/x/', '/notes-site/notes/x/'],
    ['/notes-site/', '/topics/', '/notes-site/topics/'],
    ['/notes-site', 'https://example.org/', 'https://example.org/'],
    ['/notes-site', '//cdn.example.org/x', '//cdn.example.org/x'],
    ['/notes-site', '#anchor', '#anchor'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('searchUrl', () => {
  it('puts every filter value in its own parameter', () => {
    expect(searchUrl({ q: 'jimex', topic: ['jimex', 'quad'], gs: ['gs2'] })).toBe('/search/?q=jimex&topic=jimex&topic=quad&gs=gs2');
  });
  it('is the bare search page with no state', () => {
    expect(searchUrl({})).toBe('/search/');
  });
});
