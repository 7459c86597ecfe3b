import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, readConfig } from '../../../src/lib/config.ts';

const cwd = '/srv/site';
const read = (env: Record<string, string | undefined>) => readConfig(env, cwd);

describe('readConfig', () => {
  it('has local defaults with no settings, and says the site URL is unknown', () => {
    expect(read({})).toEqual({
      siteUrl: undefined,
      site: LOCAL_SITE,
      base: '/',
      contentDir: '/srv/site/content',
      distDir: '/srv/site/dist',
      outDir: '/srv/site/dist',
      cacheDir: undefined,
      benchTimings: undefined,
      markdownCacheDir: 'node_modules/.cache/india-japan-notes/markdown',
      pdfSourceDir: '.pdf-out',
      pdfLinks: false,
      skipVerify: false,
      skipContentCheck: false,
      ci: false,
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it.each([
    ['unset', undefined, undefined],
    ['empty', '', undefined],
    ['an origin', 'https://notes.example.org', 'https://notes.example.org'],
    ['an origin with a trailing slash', 'https://notes.example.org/', 'https://notes.example.org'],
    ['an origin with a port', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ])('takes the site from SITE_URL when it is %s', (_what, value, siteUrl) => {
    expect(read({ SITE_URL: value }).siteUrl).toBe(siteUrl);
    expect(read({ SITE_URL: value }).site).toBe(siteUrl ?? LOCAL_SITE);
  });

  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  /  ', '/'],
    ['///', '/'],
    ['/notes-site', '/notes-site'],
    ['/notes-site/', '/notes-site'],
    ['notes-site', '/notes-site'],
    ['//notes-site//', '/notes-site'],
    [' /notes-site/ ', '/notes-site'],
    ['/org/notes-site/', '/org/notes-site'],
  ])('normalises BASE_PATH %j to %j', (value, base) => {
    expect(read({ BASE_PATH: value }).base).toBe(base);
  });

  it.each([
    ['unset', undefined, '/srv/site/content'],
    ['a relative folder', 'fixtures/content', '/srv/site/fixtures/content'],
    ['a folder above the project', '../shared/content', '/srv/shared/content'],
    ['an absolute folder with a trailing slash', '/data/content/', '/data/content'],
  ])('resolves CONTENT_DIR when it is %s', (_what, value, expected) => {
    expect(read({ CONTENT_DIR: value }).contentDir).toBe(expected);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['', false],
  ])('reads PDF_LINKS=%j as %s', (value, expected) => {
    expect(read({ PDF_LINKS: value }).pdfLinks).toBe(expected);
  });

  it.each([
    ['SITE_URL', 'notes.example.org', /SITE_URL="notes.example.org": expected an origin such as https:\/\/example.org/],
    ['SITE_URL', 'ftp://example.org', /SITE_URL="ftp:\/\/example.org": expected an http:\/\/ or https:\/\/ address/],
    ['BASE_PATH', '/notes site/', /BASE_PATH="\/notes site\/": expected a path such as \/notes-site/],
    ['PDF_LINKS', 'yes', /PDF_LINKS="yes": expected 1 or 0/],
    ['SITE_LANGUAGES', 'en,fr', /SITE_LANGUAGES="en,fr": expected some of en, hi/],
  ])('rejects a bad %s (%j) with an error naming the variable', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message);
  });

  it('names every bad variable at once', () => {
    expect(() => read({ SITE_URL: 'x', PDF_LINKS: 'maybe' })).toThrow(/variables:\n {2}SITE_URL=.*\n {2}PDF_LINKS=/);
  });

  it('ignores unrelated variables', () => {
    expect(read({ BASE_URL: '/elsewhere/', SITE: 'https://wrong.example' })).toEqual(read({}));
  });
});
