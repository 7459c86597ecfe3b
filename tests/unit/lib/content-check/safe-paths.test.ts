import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linksBelow } from '../../../../src/build/files.ts';
import { checkContent } from '../../../../src/lib/content-check/check.ts';
import { filesLeaving, isInside, leavesRoot } from '../../../../src/lib/content-check/safe-paths.ts';

const FIXTURE = 'tests/fixtures/content-valid';
const SECRET = 'OUTSIDE-THE-REPOSITORY-SECRET';
const NOTE = (order: number) =>
  `---\ntitle: Gamma Note\nsummary: A third note.\norder: ${order}\npublished: 2025-01-12\nkind: background\ngs:\n  - paper: gs3\n    line: gs3-economy\nprelims: [topic-two]\nmains: [main-topic]\nsources:\n  - publication: TH\n    title: Another article\n    url: https://www.thehindu.com/another\n    date: 2025-01-11\nquestions: [q-mains]\ncurrentTo: February 2025\nquickRevision: [A fact.]\n---\n\n## Gamma\n\n${SECRET} text.\n`;

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository with the valid content, and beside it (outside) a folder the builder must never publish. */
function workspace() {
  const work = mkdtempSync(join(tmpdir(), 'safe-paths-'));
  temps.push(work);
  const repo = join(work, 'repo');
  const content = join(repo, 'content');
  const outside = join(work, 'outside');
  cpSync(FIXTURE, content, { recursive: true });
  mkdirSync(join(outside, 'maps'), { recursive: true });
  writeFileSync(join(outside, 'secret.md'), NOTE(2));
  writeFileSync(join(outside, 'maps', 'map-two.yaml'), `title: ${SECRET}\n`);
  return { work, repo, content, outside };
}

const check = (content: string, copied?: { dir: string; root: string }[]) =>
  checkContent(content, { cwd: content, houseRules: null, ...(copied ? { copied } : {}) });
const errors = (result: ReturnType<typeof check>) =>
  result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('only the repository is published: the content check', () => {
  it('refuses a note that is a link to a file outside, naming the file, and reads none of it', () => {
    const { content, outside } = workspace();
    symlinkSync(join(outside, 'secret.md'), join(content, 'notes', 'gamma-note.md'));
    const result = check(content);
    expect(errors(result)).toEqual([
      `notes/gamma-note.md file: this file is a link to ${join(outside, 'secret.md')}, outside the content folder; only files inside the repository are published, so put the text itself in the file`,
    ]);
    expect(result.content.texts.some(({ text }) => text.includes(SECRET))).toBe(false);
  });

  it('refuses a link by a relative path, and a list file that is a link', () => {
    const { content, outside } = workspace();
    symlinkSync('../../../outside/secret.md', join(content, 'notes', 'gamma-note.md'));
    rmSync(join(content, 'glossary.yaml'));
    writeFileSync(join(outside, 'glossary.yaml'), '[]\n');
    symlinkSync(join(outside, 'glossary.yaml'), join(content, 'glossary.yaml'));
    const found = errors(check(content));
    expect(found.filter((line) => line.includes('outside the content folder')).map((l) => l.split(' ')[0])).toEqual([
      'glossary.yaml',
      'notes/gamma-note.md',
    ]);
  });

  it('refuses every file of a collection folder that is itself a link out', () => {
    const { content, outside } = workspace();
    rmSync(join(content, 'maps'), { recursive: true });
    symlinkSync(join(outside, 'maps'), join(content, 'maps'));
    expect(errors(check(content))).toContainEqual(
      expect.stringMatching(/^maps\/map-two\.yaml file: this file is a link to .*outside the content folder/),
    );
  });

  it('accepts a link that stays inside the content folder', () => {
    const { content } = workspace();
    writeFileSync(join(content, 'gamma.md'), NOTE(2).replace(SECRET, 'Inside'));
    symlinkSync('../gamma.md', join(content, 'notes', 'gamma-note.md'));
    expect(errors(check(content))).toEqual([]);
  });

  it('refuses a file of public/ that links out of the repository, and accepts one that stays in', () => {
    const { repo, content, outside } = workspace();
    const publicDir = join(repo, 'public');
    mkdirSync(join(publicDir, 'icons'), { recursive: true });
    writeFileSync(join(repo, 'robots.txt'), 'User-agent: *\n');
    symlinkSync(join(repo, 'robots.txt'), join(publicDir, 'robots.txt'));
    symlinkSync(join(outside, 'secret.md'), join(publicDir, 'icons', 'secret.txt'));
    const found = errors(check(content, [{ dir: publicDir, root: repo }]));
    expect(found).toEqual([
      `../public/icons/secret.txt file: this is a link to ${join(outside, 'secret.md')}, outside the repository; the build copies this folder into the site as it is, so only files inside the repository may be here`,
    ]);
  });
});

describe('safe-paths helpers', () => {
  it.each([
    ['/repo', '/repo', true],
    ['/repo/a/b', '/repo', true],
    ['/repo/..a', '/repo', true],
    ['/repository', '/repo', false],
    ['/', '/repo', false],
    ['/other/repo', '/repo', false],
  ])('isInside(%s, %s) is %s', (path, root, expected) => {
    expect(isInside(path, root)).toBe(expected);
  });

  it('ends on a link loop and reports a broken link as nothing to refuse (reading it reports it missing)', () => {
    const { repo } = workspace();
    symlinkSync('.', join(repo, 'content', 'loop'));
    symlinkSync(join(repo, 'nowhere'), join(repo, 'content', 'broken.md'));
    expect(filesLeaving(join(repo, 'content'), repo)).toEqual([]);
    expect(leavesRoot(join(repo, 'content', 'broken.md'), repo)).toBeUndefined();
  });

  it('finds every symbolic link in a built site', () => {
    const { work } = workspace();
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'pdf'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '');
    symlinkSync('/etc/hostname', join(dist, 'pdf', 'x.pdf'));
    expect(linksBelow(dist)).toEqual([{ path: join(dist, 'pdf', 'x.pdf'), target: '/etc/hostname' }]);
  });
});
