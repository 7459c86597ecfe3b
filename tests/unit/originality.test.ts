import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copiedRuns, sourceRuns, withoutQuotedQuestionText, words } from '../../src/lib/content-check/originality.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// The source sits beside the repository (shared/ next to the clone), locally and in CI alike.
const sourcePath = resolve(repoRoot, '../shared/source/000_390bd653576dd6c6.txt');
const contentDir = join(repoRoot, 'content');

function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.(md|mdx|ya?ml|json)$/.test(name) ? [path] : [];
  });
}

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
    expect(copiedRuns(text, source)).toEqual(expected);
  });

  it('takes a prepared set of source runs and a run length', () => {
    expect(copiedRuns('x one two three y', sourceRuns(source, 3), 3)).toEqual(['one two three']);
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

describe('content originality', () => {
  it('finds the source material beside the repository', () => {
    expect(
      existsSync(sourcePath),
      `source material not found at ${sourcePath}; the originality check needs shared/source/ beside the repository`,
    ).toBe(true);
  });

  it('shares no run of 10 or more words with the source, outside questions quoted as asked', () => {
    if (!existsSync(sourcePath)) {
      throw new Error(
        `source material not found at ${sourcePath}; the originality check needs shared/source/ beside the repository`,
      );
    }
    const runs = sourceRuns(readFileSync(sourcePath, 'utf8'));
    const files = contentFiles(contentDir);
    expect(files.length).toBeGreaterThan(0);
    const copies = files.flatMap((file) => {
      const raw = readFileSync(file, 'utf8');
      const text = /\.ya?ml$/.test(file) ? withoutQuotedQuestionText(raw) : raw;
      return copiedRuns(text, runs).map((run) => `${relative(repoRoot, file)}: "${run}"`);
    });
    expect(copies, `copied from the source; rewrite in our own words:\n${copies.join('\n')}`).toEqual([]);
  });
});
