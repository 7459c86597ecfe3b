import { describe, expect, it } from 'vitest';
import { markdownCacheDir } from '../../src/markdown/cached-glob.ts';

describe('markdownCacheDir', () => {
  it.each([
    [{}, 'node_modules/.cache/india-japan-notes/markdown'],
    [{ MARKDOWN_CACHE_DIR: '' }, 'node_modules/.cache/india-japan-notes/markdown'],
    [{ MARKDOWN_CACHE_DIR: '/tmp/md' }, '/tmp/md'],
  ])('with %o it is %s', (env, expected) => {
    expect(markdownCacheDir(env)).toBe(expected);
  });
});
