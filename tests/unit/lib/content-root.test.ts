import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../../src/lib/content-root.ts';

const cwd = '/srv/site';

describe('contentRoot', () => {
  it.each([
    ['unset', undefined, '/srv/site/content'],
    ['empty', '', '/srv/site/content'],
    ['a relative folder', 'fixtures/content', '/srv/site/fixtures/content'],
    ['a relative folder starting with ./', './bench/content', '/srv/site/bench/content'],
    ['a folder above the project', '../shared/content', '/srv/shared/content'],
    ['an absolute folder', '/data/content', '/data/content'],
    ['a folder with a trailing slash', '/data/content/', '/data/content'],
  ])('uses the right folder when CONTENT_DIR is %s', (_what, value, expected) => {
    expect(contentRoot({ CONTENT_DIR: value }, cwd)).toBe(expected);
  });

  it('always gives an absolute path', () => {
    expect(isAbsolute(contentRoot({ CONTENT_DIR: 'x' }, 'relative/cwd'))).toBe(true);
  });

  it('ignores unrelated variables', () => {
    expect(contentRoot({ CONTENT: '/elsewhere' }, cwd)).toBe('/srv/site/content');
  });

  it('defaults to content/ under the working directory', () => {
    const saved = process.env['CONTENT_DIR'];
    try {
      delete process.env['CONTENT_DIR'];
      expect(contentRoot()).toBe(join(process.cwd(), 'content'));
    } finally {
      if (saved !== undefined) process.env['CONTENT_DIR'] = saved;
    }
  });

  it('reads CONTENT_DIR from process.env when given no environment', () => {
    const saved = process.env['CONTENT_DIR'];
    try {
      process.env['CONTENT_DIR'] = 'tests/fixtures/content';
      expect(contentRoot()).toBe(resolve(process.cwd(), 'tests/fixtures/content'));
    } finally {
      if (saved === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = saved;
    }
  });
});
