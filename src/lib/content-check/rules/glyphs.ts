import type { Problem } from '../problem.ts';
import type { ReadFile } from './originality.ts';

/** Code-point ranges, inclusive. */
export type Ranges = readonly (readonly [number, number])[];

/** Every `unicode-range` of a stylesheet, as ranges: what the fonts the site ships can draw (src/styles/fonts.css). */
export function unicodeRanges(css: string): Ranges {
  const ranges: [number, number][] = [];
  for (const [, list] of css.matchAll(/unicode-range:\s*([^;]+);/g)) {
    for (const part of (list ?? '').split(',')) {
      const match = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
      if (!match) continue;
      const from = parseInt(match[1] ?? '', 16);
      ranges.push([from, match[2] ? parseInt(match[2], 16) : from]);
    }
  }
  return ranges;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every character of the content is one the shipped fonts draw: the site ships its fonts so pages, print and PDFs
 * look the same on every device, and a character outside them (a full-width ％ pasted from a Japanese headline, say)
 * is drawn in whatever font a reader's device has, or as an empty box. Control characters are left to the parsers.
 */
export function glyphProblems(texts: readonly ReadFile[], ranges: Ranges): Problem[] {
  // A text has a few hundred distinct characters: each is looked up in the ranges once.
  const known = new Map<number, boolean>();
  const covered = (code: number) => {
    let yes = known.get(code);
    if (yes === undefined)
      known.set(code, (yes = code < 0x20 || ranges.some(([from, to]) => code >= from && code <= to)));
    return yes;
  };
  const problems: Problem[] = [];
  for (const { file, text } of texts) {
    text.split('\n').forEach((line, i) => {
      const missing = [...new Set([...line].filter((ch) => !covered(ch.codePointAt(0) ?? 0)))];
      for (const ch of missing)
        problems.push({
          severity: 'error',
          file,
          line: i + 1,
          field: 'text',
          message: `"${ch}" (${hex(ch.codePointAt(0) ?? 0)}) is in none of the fonts the site ships (src/styles/fonts.css), so readers would see it in another font or as an empty box; write it with a character the fonts have (for example an ASCII "%" for a full-width "％")`,
        });
    });
  }
  return problems;
}
