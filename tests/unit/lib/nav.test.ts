import { describe, expect, it } from 'vitest';
import { isCurrentSection, MAIN_NAV } from '../../../src/lib/nav.ts';

describe('MAIN_NAV', () => {
  it('lists Mains among the sections', () => {
    expect(MAIN_NAV.map((item) => item.label)).toContain('Mains');
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
