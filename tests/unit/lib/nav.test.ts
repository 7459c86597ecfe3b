import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/lib/i18n/index.ts';
import { isCurrentSection, MAIN_NAV } from '../../../src/lib/nav.ts';
import { matchPage } from '../../../src/lib/site-urls.ts';

describe('MAIN_NAV', () => {
  it('lists Mains among the sections, every label a string the English edition has', () => {
    const { t } = useTranslations('en');
    expect(MAIN_NAV.map((item) => t(item.label))).toContain('Mains');
  });
  it('reaches only pages precached before the notes, so every menu entry opens offline after a first visit', () => {
    for (const item of MAIN_NAV) {
      const rank = matchPage(item.path)?.type.precache;
      expect(rank, item.path).not.toBeNull();
      expect(rank, item.path).toBeLessThanOrEqual(3);
    }
  });
  it('has root-relative paths ending in a slash', () => {
    for (const item of MAIN_NAV) expect(item.path).toMatch(/^\/.*\/$/);
  });
});

describe('isCurrentSection', () => {
  it.each([
    ['/topics/', '/topics/', true],
    ['/topics/jimex/', '/topics/', true],
    ['/questions/q/x/', '/questions/', true],
    ['/', '/topics/', false],
    ['/mains/', '/topics/', false],
  ])('%s is in %s: %s', (pathname, href, expected) => {
    expect(isCurrentSection(pathname, href)).toBe(expected);
  });
});
