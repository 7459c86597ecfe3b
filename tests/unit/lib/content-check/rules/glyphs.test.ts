import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glyphProblems, unicodeRanges } from '../../../../../src/lib/content-check/rules/glyphs.ts';

const css = readFileSync(new URL('../../../../../src/styles/fonts.css', import.meta.url), 'utf8');
const shipped = unicodeRanges(css);

describe('unicodeRanges', () => {
  it('reads single code points, ranges and lists that span lines', () => {
    expect(unicodeRanges('a { unicode-range: U+900-97F, U+20B9; } b { unicode-range:\n  U+0-FF,\n  U+2154; }')).toEqual(
      [
        [0x900, 0x97f],
        [0x20b9, 0x20b9],
        [0, 0xff],
        [0x2154, 0x2154],
      ],
    );
  });
});

describe('glyphProblems, against the fonts the site ships', () => {
  const check = (text: string) => glyphProblems([{ file: 'content/notes/x.md', text }], shipped);

  it.each([
    ['English with typographic quotes, dashes and the rupee', '“Quad” — ₹250 crore, 29.1% and ⅔'],
    ['Hindi with nuqta, danda and conjuncts', 'क्वाड और ज़्यादा शृंखला। ₹'],
    ['an accented name (latin-ext)', 'Tōdai-ji'],
    ['the arrows and marks the site uses', '→ ↑ ↔ ✓ ✗'],
    ['tabs and line breaks', 'a\tb\r\nc'],
  ])('accepts %s', (_what, text) => expect(check(text)).toEqual([]));

  it('reports a character no shipped font has, once per line, with its line and code point', () => {
    const problems = check('first line\nRecord High 29.1％ and 50％\nthird 日本');
    expect(problems.map((p) => [p.line, /^"(.+?)" \((U\+[0-9A-F]+)\)/.exec(p.message)?.slice(1)])).toEqual([
      [2, ['％', 'U+FF05']],
      [3, ['日', 'U+65E5']],
      [3, ['本', 'U+672C']],
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.file === 'content/notes/x.md')).toBe(true);
  });
});
