import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  copiedRuns,
  fingerprint,
  hex,
  parseFingerprint,
  runHash,
  runHashes,
  withoutQuotedQuestionText,
  words,
} from '../../src/lib/content-check/originality.ts';
import { FINGERPRINT_FILE, originalityProblems } from '../../src/lib/content-check/rules/originality.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';

const REAL_CONTENT = new URL('../../content/', import.meta.url).pathname;

describe('words', () => {
  it.each([
    ['India–Japan ties', ['india', 'japan', 'ties']],
    ["Japan's 2+2 dialogue", ["japan's", '2+2', 'dialogue']],
    ['U.S. and co-production', ['u.s', 'and', 'co-production']],
    ['USD 68 billion (¥10 trillion)', ['usd', '68', 'billion', '10', 'trillion']],
    ['**Bold**, _italic_ [link](/notes/x/)', ['bold', 'italic', 'link', 'notes', 'x']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('copiedRuns', () => {
  const source = 'one two three four five six seven eight nine ten eleven twelve';
  it.each([
    [
      'ten shared words in a row',
      'One two three four five six seven eight nine ten.',
      ['one two three four five six seven eight nine ten'],
    ],
    ['nine shared words are fine', 'one two three four five six seven eight nine', []],
    [
      'markup and case do not hide a copy',
      '**One** two, three — four _five_ six seven eight nine TEN',
      ['one two three four five six seven eight nine ten'],
    ],
    ['a word changed breaks the run', 'one two three four five SIX-ISH seven eight nine ten eleven', []],
    [
      'a long copy is reported once per ten words',
      'one two three four five six seven eight nine ten eleven twelve',
      ['one two three four five six seven eight nine ten'],
    ],
    [
      'a copy in the middle of other text',
      'we write: three four five six seven eight nine ten eleven twelve, in short',
      ['three four five six seven eight nine ten eleven twelve'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(copiedRuns(text, new Set(fingerprint(source)))).toEqual(expected);
  });

  it('takes a run length', () => {
    expect(copiedRuns('x one two three y', new Set(fingerprint(source, 3)), 3)).toEqual(['one two three']);
  });
});

describe('withoutQuotedQuestionText', () => {
  const question = (kind: string) =>
    `kind: ${kind}\ntext: Quoted words of the question\noptions:\n  - Quoted option\nexplanation: Our own words\n`;
  it.each([
    ['prelims-pyq', false],
    ['mains-pyq', false],
    ['practice-mains', true],
    ['practice-mcq', true],
  ])('%s keeps its text and options: %s', (kind, kept) => {
    const out = withoutQuotedQuestionText(question(kind));
    expect(out.includes('Quoted words of the question')).toBe(kept);
    expect(out.includes('Quoted option')).toBe(kept);
    expect(out).toContain('Our own words');
  });

  it('leaves Markdown and unparseable YAML alone', () => {
    expect(withoutQuotedQuestionText('---\ntitle: x\n---\nbody')).toBe('---\ntitle: x\n---\nbody');
    expect(withoutQuotedQuestionText('kind: [mains-pyq')).toBe('kind: [mains-pyq');
  });
});

describe('the source fingerprint', () => {
  it('holds hashes only: sorted, distinct, 14 hex digits each, eight a line, with the words nowhere', () => {
    const text = readFileSync(FINGERPRINT_FILE, 'utf8');
    const hashes = text
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .flatMap((line) => line.split(' '))
      .filter((hash) => hash !== '');
    expect(hashes.length).toBeGreaterThan(500);
    expect(hashes.every((hash) => /^[0-9a-f]{14}$/.test(hash))).toBe(true);
    expect([...hashes].sort()).toEqual(hashes);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(parseFingerprint(text).size).toBe(hashes.length);
    expect(text.split('\n').every((line) => line.startsWith('#') || line.split(' ').length <= 8)).toBe(true);
  });

  // The committed file was made with this hash: changing runHash means regenerating it (npm run fingerprint).
  it.each([
    ['one two three', '084759fe4d41c5'],
    ['india japan', '071a690e10d087'],
    ['', '000dd6c223ada3'],
  ])('hashes %j as the committed fingerprint was made', (run, hash) => {
    expect(runHash(run)).toBe(hash);
  });
});

describe('originalityProblems', () => {
  const source = new Set(fingerprint('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda'));
  it('names the file, the line and the copied words', () => {
    const text = '---\ntitle: x\n---\n\nIntro.\nAlpha beta gamma delta epsilon zeta eta theta iota kappa.\n';
    expect(originalityProblems([{ file: 'notes/x.md', text }], source)).toEqual([
      {
        severity: 'error',
        file: 'notes/x.md',
        line: 6,
        field: 'text',
        message: 'ten or more words in a row are copied from the source material; rewrite them in our own words',
        found: '"alpha beta gamma delta epsilon zeta eta theta iota kappa"',
      },
    ]);
  });

  it('lets an official previous-year question quote the source, but not a practice question', () => {
    const question = (kind: string) =>
      `kind: ${kind}\ntext: Alpha beta gamma delta epsilon zeta eta theta iota kappa?\nexplanation: Ours.\n`;
    expect(originalityProblems([{ file: 'q.yaml', text: question('prelims-pyq') }], source)).toEqual([]);
    expect(originalityProblems([{ file: 'q.yaml', text: question('practice-mcq') }], source)).toHaveLength(1);
  });
});

describe('content originality', () => {
  it('shares no run of 10 or more words and paraphrases no sentence of the source, outside questions quoted as asked', () => {
    const copies = checkContent(REAL_CONTENT, { cwd: REAL_CONTENT }).problems.filter((p) => p.field === 'text');
    const shown = copies.map((p) => `${p.file}:${p.line}: ${p.found}`).join('\n');
    expect(copies, `copied from the source; rewrite in our own words:\n${shown}`).toEqual([]);
  });
});

describe('runHashes', () => {
  const w = 'a b c d e f'.split(' ');
  it('gives each run the hash runHash gives its words, in order', () => {
    expect(runHashes(w, 3).map(hex)).toEqual(['a b c', 'b c d', 'c d e', 'd e f'].map(runHash));
  });

  it('tells apart runs with the same words in another order or split differently', () => {
    const hashes = new Set([runHash('a b c'), runHash('c b a'), runHash('ab c'), runHash('a bc')]);
    expect(hashes.size).toBe(4);
  });

  it('gives no runs for a text shorter than one run', () => {
    expect(runHashes(['a', 'b'], 3)).toEqual([]);
  });
});

describe('withoutQuotedQuestionText and question kinds', () => {
  it.each(['kind: prelims-pyq', "kind: 'mains-pyq'", 'kind: "prelims-pyq"  # as set'])(
    'blanks the text of a question whose kind is written %s',
    (kind) => {
      expect(withoutQuotedQuestionText(`${kind}\ntext: Quoted words\n`)).not.toContain('Quoted words');
    },
  );

  it('leaves a practice question, and a pyq kind named only inside a text, as they are', () => {
    const practice = 'kind: practice-mcq\ntext: Own words\n';
    const mention = 'kind: practice-mcq\ntext: |\n  kind: prelims-pyq\n';
    expect(withoutQuotedQuestionText(practice)).toBe(practice);
    expect(withoutQuotedQuestionText(mention)).toBe(mention);
  });
});
