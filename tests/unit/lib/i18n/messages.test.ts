import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/i18n/en/index.ts';
import { clientTranslator, localeOf } from '../../../../src/lib/i18n/client.ts';
import { useTranslations } from '../../../../src/lib/i18n/index.ts';
import { interpolate, pick, placeholders, pluralForm, translator } from '../../../../src/lib/i18n/messages.ts';

describe('interpolate', () => {
  it('fills every placeholder and groups numbers as the language writes them', () => {
    expect(interpolate('{a} of {b}: {a}', { a: 1200000, b: 'x' }, 'en')).toBe('12,00,000 of x: 12,00,000');
    expect(interpolate('{n}', { n: 1500 }, 'hi')).toBe('1,500');
  });
  it('throws, naming the placeholder, when a value is missing', () => {
    expect(() => interpolate('Import {file}?', {}, 'en')).toThrow('{file}');
  });
  it('leaves text without placeholders as it is', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/\{\w+\}/.test(s)),
        (s) => interpolate(s, {}, 'en') === s,
      ),
    );
  });
});

describe('pluralForm and translator', () => {
  const t = translator({ times: { one: 'once', other: '{count} times' }, hello: 'Hello {name}' }, 'en');
  it('chooses the form by count', () => {
    expect(t('times', { count: 1 })).toBe('once');
    expect(t('times', { count: 0 })).toBe('0 times');
    expect(t('times', { count: 2 })).toBe('2 times');
    expect(pluralForm({ one: 'a', other: 'b' }, undefined, 'en')).toBe('b');
  });
  it('throws on a key the language does not have', () => {
    expect(() => t('missing' as 'hello')).toThrow('"missing"');
  });
});

describe('the English strings', () => {
  it('every key a page asks for exists, and every message fills with its own placeholders', () => {
    const { t } = useTranslations('en');
    for (const [key, message] of Object.entries(en)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      const params = Object.fromEntries(forms.flatMap(placeholders).map((name) => [name, name === 'count' ? 2 : name]));
      expect(t(key as keyof typeof en, params)).not.toMatch(/\{\w+\}/);
    }
  });
  it('a browser script receives exactly the keys under its prefixes, and fills them the same way', () => {
    const { messagesFor, t } = useTranslations('en');
    const json = messagesFor('note.progress.', 'revised.');
    const keys = Object.keys(JSON.parse(json) as object);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.every((k) => k.startsWith('note.progress.') || k.startsWith('revised.'))).toBe(true);
    expect(clientTranslator(json, 'en-IN')('revised.times', { count: 3 })).toBe(t('revised.times', { count: 3 }));
    expect(Object.keys(pick(en, 'no-such-prefix.'))).toEqual([]);
  });
});

describe('localeOf', () => {
  it.each([
    ['hi-IN', 'hi'],
    ['hi', 'hi'],
    ['en-IN', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('%s → %s', (lang, locale) => expect(localeOf(lang)).toBe(locale));
  it('a broken data-messages leaves keys unresolved, which throws rather than showing a raw key', () => {
    expect(() => clientTranslator('{not json', 'en')('x')).toThrow('"x"');
  });
});

describe('the browser scripts', () => {
  it('ask only for keys the strings file has (their t() is not type-checked against the keys)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const used = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(`src/components/${f}`, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1] as string),
      );
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
  it('the import screen has a counted string for every kind of record it counts', async () => {
    const { progressCounts } = await import('../../../../src/lib/practice/progress-merge.ts');
    const { emptyProgress } = await import('../../../../src/lib/practice/progress-format.ts');
    const kinds = Object.keys(progressCounts(emptyProgress()));
    expect(kinds.filter((kind) => !(`progress.import.${kind}` in en))).toEqual([]);
  });
});

describe('the strings files', () => {
  it('define each key once: a key in two area files would silently override the other', async () => {
    const { readdirSync } = await import('node:fs');
    const areas = readdirSync('src/i18n/en').filter((f) => f !== 'index.ts');
    const modules = await Promise.all(
      areas.map((f) => import(/* @vite-ignore */ `../../../../src/i18n/en/${f}`) as Promise<Record<string, object>>),
    );
    const keys = modules.flatMap((m) => Object.values(m).flatMap((messages) => Object.keys(messages)));
    expect(keys.length).toBe(Object.keys(en).length);
  });
});
