import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesBelow } from '../../../src/build/files.ts';

/** Every file under `dir` with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesBelow(dir).map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]),
  );
}

describe('npm run build with broken content', () => {
  it('fails, names the problem, and leaves the previous dist byte for byte', () => {
    const work = mkdtempSync(join(tmpdir(), 'build-fail-'));
    const content = join(work, 'content');
    cpSync(resolve('tests/fixtures/content-valid'), content, { recursive: true });
    writeFileSync(
      join(content, 'notes', 'alpha-note.md'),
      readFileSync(join(content, 'notes', 'alpha-note.md'), 'utf8').replace(/^prelims:/m, 'prelim:'),
    );
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'notes', 'kept'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous good site</title>');
    writeFileSync(join(dist, 'notes', 'kept', 'index.html'), Buffer.from([0, 1, 2, 255]));
    const before = snapshot(dist);

    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
      encoding: 'utf8',
    });

    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/alpha-note\.md:\d+\s+prelim: unknown field/);
    expect(result.stderr).toContain(`build failed; ${dist} was left as it was.`);
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
  }, 60_000);
});

describe('npm run build with a content set that has no previous-year question', () => {
  it('succeeds, and the home page does not link the previous-year questions page it did not build', () => {
    const work = mkdtempSync(join(tmpdir(), 'build-no-pyq-'));
    const content = join(work, 'content');
    cpSync(resolve('tests/fixtures/content-valid'), content, { recursive: true });
    const question = join(content, 'questions', 'q-mains.yaml');
    writeFileSync(
      question,
      readFileSync(question, 'utf8').replace('kind: mains-pyq\nyear: 2020', 'kind: practice-mains'),
    );
    const dist = join(work, 'dist');

    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') },
      encoding: 'utf8',
    });

    expect(result.stderr).not.toMatch(/questions\/pyq/);
    expect(result.status).toBe(0);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Mains topics');
    expect(home).not.toContain('/questions/pyq/');
  }, 120_000);
});

describe('npm run build with a note that is a link to a file outside the repository', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('fails naming the link, and publishes nothing of the file it leads to', () => {
    const work = mkdtempSync(join(tmpdir(), 'build-link-'));
    temps.push(work);
    const content = join(work, 'content');
    cpSync(resolve('tests/fixtures/content-valid'), content, { recursive: true });
    const secret = join(work, 'builder-secret.md');
    writeFileSync(
      secret,
      readFileSync(join(content, 'notes', 'beta-note.md'), 'utf8').replace('order: 1', 'order: 2') +
        '\nBUILDER-SECRET\n',
    );
    symlinkSync(secret, join(content, 'notes', 'gamma-note.md'));
    const dist = join(work, 'dist');

    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') },
      encoding: 'utf8',
    });

    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(
      /gamma-note\.md\s+file: this file is a link to \S*builder-secret\.md, outside the content folder/,
    );
    expect(existsSync(dist)).toBe(false);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  }, 60_000);
});
