import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/lib/site-config.ts';

describe('siteConfig', () => {
  it('falls back to the local dev server at the root with no settings', () => {
    expect(siteConfig({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it.each([
    ['unset', undefined, 'http://localhost:4321'],
    ['empty', '', 'http://localhost:4321'],
    ['an origin', 'https://notes.example.org', 'https://notes.example.org'],
    ['an origin with a port', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ])('takes the site from SITE_URL when it is %s', (_what, value, site) => {
    expect(siteConfig({ SITE_URL: value }).site).toBe(site);
  });

  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  /  ', '/'],
    ['   ', '/'],
    ['///', '/'],
    ['/notes-site', '/notes-site'],
    ['/notes-site/', '/notes-site'],
    ['notes-site', '/notes-site'],
    ['notes-site/', '/notes-site'],
    ['//notes-site//', '/notes-site'],
    [' /notes-site/ ', '/notes-site'],
    ['/org/notes-site/', '/org/notes-site'],
  ])('normalises BASE_PATH %j to %j', (value, base) => {
    expect(siteConfig({ BASE_PATH: value }).base).toBe(base);
  });

  it('reads both settings independently', () => {
    expect(siteConfig({ SITE_URL: 'https://example.github.io', BASE_PATH: 'notes-site' })).toEqual({
      site: 'https://example.github.io',
      base: '/notes-site',
    });
  });

  it('ignores unrelated variables', () => {
    expect(siteConfig({ BASE_URL: '/elsewhere/', SITE: 'https://wrong.example' })).toEqual({
      site: 'http://localhost:4321',
      base: '/',
    });
  });

  it('reads process.env when given no environment', () => {
    const saved = { SITE_URL: process.env['SITE_URL'], BASE_PATH: process.env['BASE_PATH'] };
    try {
      process.env['SITE_URL'] = 'https://from-process.example';
      process.env['BASE_PATH'] = '/from-process/';
      expect(siteConfig()).toEqual({ site: 'https://from-process.example', base: '/from-process' });
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
