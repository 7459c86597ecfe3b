import fc from 'fast-check';

/**
 * Words an editor of these notes may well write, chosen for what tends to break HTML, slugs and YAML: Devanagari
 * (with its combining marks), other scripts, accents, quotes and apostrophes, markup characters, YAML indicators,
 * brackets like a landmark name's "(Title)", numbers that look like dates, and a word too long for a phone screen.
 */
export const TRICKY_WORDS = [
  'भारत',
  'जापान',
  'प्रधानमंत्री',
  'क्वाड',
  'Ünïcødé',
  'naïve',
  "it's",
  '“quoted”',
  '"plain quotes"',
  '&',
  '&amp;',
  '<b>',
  '< 5',
  'a > b',
  '#',
  '##',
  '*',
  '_',
  '`code`',
  '[x]',
  '(a)',
  '(Alpha Note)',
  ') (',
  ':',
  'CEPA:',
  '- dash',
  '— em',
  '%',
  '@',
  '!',
  '?',
  '2025',
  '2025-01-10',
  '10%',
  '₹1,000',
  'USD 68 billion',
  'Supercalifragilisticexpialidociousnessesqueandbeyondwithoutabreak',
  'Shinkansen',
  'Quad',
  'Timeline',
  'Key figures',
  'Table',
] as const;

/**
 * Characters of every kind the shipped fonts draw (the content check rejects any other: rules/glyphs.ts): ASCII,
 * Latin-1 and latin-ext letters, typographic punctuation, the rupee, and Devanagari letters, signs and digits.
 */
const DRAWN = [
  ...'abcxyzABCXYZ0189 .,;:!?\'"()[]{}/&%#*_-+=<>@$~^|',
  ...'ÀÉÑÖØßàéñöøÿĀāŌōŪūŞşĞğ',
  ...'–—‘’“”…•₹€×÷°±',
  ...Array.from({ length: 0x939 - 0x905 + 1 }, (_, i) => String.fromCodePoint(0x905 + i)),
  ...'ािीुूेैोौंःँ़्।॥०१२३४५६७८९',
];

/** One word: a tricky one, or a few arbitrary characters of any script the fonts draw. */
export const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...DRAWN), minLength: 1, maxLength: 8 }) },
  // The parts kebabId draws from, so a heading's slug can continue a note id ("trade" + "ab-x1", "trade-ab" + "x1").
  { weight: 2, arbitrary: fc.constantFrom('India', 'Japan', 'trade', 'rail', 'the', 'of', 'a', 'b', 'ab', 'x1') },
);

/** A short line of text with at least one letter, trimmed, on one line. */
export const phrase = (maxWords = 6) =>
  fc
    .array(word, { minLength: 1, maxLength: maxWords })
    .map((words) => words.join(' ').replace(/\s+/g, ' ').trim())
    .filter((text) => /\p{L}/u.test(text));

/** A kebab-case id as the schemas allow (`[a-z0-9]+(-[a-z0-9]+)*`), drawn from few letters so ids often nest. */
export const kebabId = fc
  .array(fc.constantFrom('a', 'b', 'ab', 'trade', 'x1'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
