import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

/** `npm run build` into `work`, every cache kept there between builds, as on an editor's machine. */
function build(work: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      CONTENT_DIR: join(work, 'content'),
      DIST_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      MARKDOWN_CACHE_DIR: join(work, 'markdown'),
    },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  // Astro colours its log when CI=true is set: compare the text a person reads.
  return stripVTControlCharacters(result.stdout);
}

describe('a rebuild after one note changed', () => {
  it('renders that note and the pages that print its body again, and restores the rest from the last build', () => {
    const work = mkdtempSync(join(tmpdir(), 'build-incremental-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    cpSync(resolve('tests/fixtures/content-valid'), join(work, 'content'), { recursive: true });
    build(work);
    appendFileSync(join(work, 'content', 'notes', 'alpha-note.md'), '\nA sentence added for the second build.\n');

    const log = build(work);
    const page = (path: string) => readFileSync(join(work, 'dist', path, 'index.html'), 'utf8');
    expect(page('notes/alpha-note')).toContain('A sentence added for the second build.');
    expect(page('topics/topic-one/print')).toContain('A sentence added for the second build.');
    expect(log).toMatch(/\/notes\/beta-note\/index\.html \(restored\)/);
    expect(log).not.toMatch(/\/notes\/alpha-note\/index\.html \(restored\)/);
    expect(log).toMatch(/\/topics\/topic-three\/index\.html \(restored\)/);
  }, 240_000);
});
