import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryId, localeOfId } from '../../../../src/lib/content-check/ids.ts';

describe('entryId', () => {
  it.each([
    ['defence-and-security.md', 'defence-and-security'],
    ['Defence And Security.md', 'defence-and-security'],
    ['mcq-acsa.yaml', 'mcq-acsa'],
    ['hi/defence-and-security.md', 'hi/defence-and-security'],
    ['hi/Defence And Security.md', 'hi/defence-and-security'],
  ])('%s → %s', (path, id) => expect(entryId(path)).toBe(id));

  it('keeps a translation apart from the entry it translates', () => {
    expect(entryId('hi/way-forward.md')).not.toBe(entryId('way-forward.md'));
  });
});

describe('localeOfId', () => {
  it.each([
    ['x', 'en', 'x'],
    ['hi/x', 'hi', 'x'],
    ['en/x', 'en', 'en/x'],
    ['fr/x', 'en', 'fr/x'],
    ['hi', 'en', 'hi'],
  ])('%s → %s, %s', (id, locale, rest) => expect(localeOfId(id)).toEqual({ locale, id: rest }));

  it('recovers the English id of every translated entry', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), (id) => {
        expect(localeOfId(entryId(`hi/${id}.md`))).toEqual({ locale: 'hi', id });
        expect(localeOfId(entryId(`${id}.md`))).toEqual({ locale: 'en', id });
      }),
    );
  });
});
