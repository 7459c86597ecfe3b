// `npm run fonts:symbols`: writes the few symbol glyphs the site uses that Noto Serif and Noto Sans lack (arrows, the
// theme toggle's ◐, disclosure ▸, the quiz's ✓ ✗ and −⅔) as tiny woff2 files in src/styles/fonts/, so they are never
// drawn from whatever a machine has installed (or as empty boxes where it has nothing). @fontsource ships these only
// in whole-block subsets of 60–380 kB, and ⅔ in none, so they are cut here from the full fonts of Debian's
// fonts-noto-core (the package the browser tests install with Chromium). Run it after adding a symbol to the site,
// then copy the unicode-range it prints into src/styles/fonts.css.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';

const source = process.env['NOTO_FONTS_DIR'] || '/usr/share/fonts/truetype/noto';
const out = resolve('src/styles/fonts');

/**
 * Each output file: the full font it is cut from and the characters it keeps; `shaped` keeps the layout tables a
 * script needs (Devanagari's conjuncts and matras).
 */
const SUBSETS: { file: string; from: string; chars: string; shaped?: true }[] = [
  { file: 'symbols-arrows.woff2', from: 'NotoSansMath-Regular.ttf', chars: '←↑→↓↔' },
  { file: 'symbols-shapes.woff2', from: 'NotoSansSymbols2-Regular.ttf', chars: '▸◐✓✗' },
  { file: 'symbols-fractions.woff2', from: 'NotoSans-Regular.ttf', chars: '⅔' },
  // The language switch names Hindi in Hindi on every English page: these six characters, shaped, instead of the
  // whole Devanagari face (an English page never downloads Devanagari). Cut from the face the site ships.
  {
    file: 'language-names.woff2',
    from: resolve('node_modules/@fontsource/noto-sans/files/noto-sans-devanagari-700-normal.woff2'),
    chars: 'हिन्दी',
    shaped: true,
  },
];

const hex = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
for (const { file, from, chars, shaped } of SUBSETS) {
  const path = from.startsWith('/') ? from : join(source, from);
  if (!existsSync(path)) {
    console.error(
      `${path} is missing: apt-get install fonts-noto-core, or set NOTO_FONTS_DIR to a folder holding ${from}`,
    );
    process.exit(1);
  }
  const woff2 = await subsetFont(
    readFileSync(path),
    chars,
    shaped
      ? { targetFormat: 'woff2', noHinting: true }
      : {
          targetFormat: 'woff2',
          // Lone symbols need no ligatures, alternates or MATH table; hinting was most of each file (2.7 kB → 0.7 kB).
          keepFeatures: [],
          noLayoutClosure: true,
          noHinting: true,
          dropTables: ['MATH'],
        },
  );
  writeFileSync(join(out, file), woff2);
  console.log(`${file}: ${woff2.length} B from ${from}; unicode-range: ${[...chars].map(hex).join(', ')}`);
}
