import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS_PER_PAGE } from '../../../src/lib/constants.ts';

// Our own content has fewer questions than one page holds, so paging is built here from the test fixture and
// enough practice questions to fill more than one page: 2 fixture questions + 60 = 62, pages of 50.
const EXTRA = QUESTIONS_PER_PAGE + 10;

function buildManyQuestions(): string {
  const work = mkdtempSync(join(tmpdir(), 'build-paging-'));
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-valid'), content, { recursive: true });
  const template = readFileSync(join(content, 'questions', 'q-mcq.yaml'), 'utf8');
  const ids = Array.from({ length: EXTRA }, (_, i) => `q-many-${String(i + 1).padStart(2, '0')}`);
  ids.forEach((id, i) =>
    writeFileSync(
      join(content, 'questions', `${id}.yaml`),
      template.replace(/^text: .*$/m, `text: Which of these is test topic number ${i + 1}?`),
    ),
  );
  const note = join(content, 'notes', 'alpha-note.md');
  writeFileSync(
    note,
    readFileSync(note, 'utf8').replace('questions: [q-mcq]', `questions: [q-mcq, ${ids.join(', ')}]`),
  );
  const dist = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') },
    encoding: 'utf8',
  });
  // The post-build check inside fails the build when the pages built and the URL model disagree.
  expect(result.stdout + result.stderr).toContain('pages match the URL model');
  expect(result.status).toBe(0);
  return dist;
}

describe('npm run build with more questions than one page holds', () => {
  let dist = '';
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const numbers = (path: string) => page(path).querySelectorAll('.question-list .q-head > span:first-child');

  beforeAll(() => {
    dist = buildManyQuestions();
  }, 180_000);

  it('keeps page 1 at /questions/ with the count, the page and a pager to page 2', () => {
    const html = page('questions');
    expect(html.querySelector('.lede')?.text).toContain('62 questions · page 1 of 2');
    expect(numbers('questions').map((n) => n.text)).toEqual(
      Array.from({ length: QUESTIONS_PER_PAGE }, (_, i) => `Q${i + 1}.`),
    );
    const pager = html.querySelector('nav[aria-label="Pages"]');
    expect(pager?.querySelector('[aria-current="page"]')?.text).toBe('Page 1');
    expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/questions/page/2/');
  });

  it('builds page 2 at /questions/page/2/, numbering on from Q51', () => {
    const html = page('questions/page/2');
    expect(html.querySelector('title')?.text).toContain('Questions (page 2 of 2)');
    expect(numbers('questions/page/2').map((n) => n.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Q${QUESTIONS_PER_PAGE + i + 1}.`),
    );
    const pager = html.querySelector('nav[aria-label="Pages"]');
    expect(pager?.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('/questions/page/2/');
    expect(pager?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/questions/');
    expect(pager?.querySelector('a[rel="next"]')).toBeNull();
  });

  it('pages a long filter under its own path and leaves a short one on one page', () => {
    expect(page('questions/practice/page/2').querySelector('.lede')?.text).toContain('61 questions · page 2 of 2');
    expect(existsSync(join(dist, 'questions', 'page', '3'))).toBe(false);
    expect(existsSync(join(dist, 'questions', '2020', 'page'))).toBe(false);
    expect(page('questions/2020').querySelector('nav[aria-label="Pages"]')).toBeNull();
  });
});
