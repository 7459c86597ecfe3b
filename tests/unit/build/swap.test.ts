import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesBelow } from '../../../src/build/files.ts';
import { swapIntoPlace } from '../../../src/build/swap.ts';

type Tree = Record<string, string | Buffer>;

/** Every byte value once, so "intact" means byte for byte, not just the text. */
const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

const oldSite: Tree = {
  'index.html': '<h1>old home</h1>',
  'notes/cepa/index.html': '<h1>old note</h1>',
  'only-in-old/index.html': 'removed by the new build',
  'pdf/cepa.pdf': binary,
};

const newSite: Tree = {
  'index.html': '<h1>new home</h1>',
  'notes/cepa/index.html': '<h1>new note</h1>',
  'pagefind/pagefind.js': 'export {}',
};

function writeTree(dir: string, tree: Tree): void {
  for (const [path, content] of Object.entries(tree)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Every file under dir with its bytes, keyed by path relative to dir. */
function readTree(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    filesBelow(dir).map((file) => [relative(dir, file).split('\\').join('/'), readFileSync(file)]),
  );
}

const asBuffers = (tree: Tree) =>
  Object.fromEntries(Object.entries(tree).map(([path, content]) => [path, Buffer.from(content)]));

let root: string;
let staging: string;
let target: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swap-test-'));
  staging = join(root, 'dist.staging');
  target = join(root, 'dist');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('swapIntoPlace', () => {
  it.each<[string, Tree | undefined, string[] | undefined]>([
    ['replaces an existing build', oldSite, undefined],
    ['puts the first build in place when there is no target yet', undefined, undefined],
    ['replaces a build when a stale previous copy was left behind', oldSite, ['dist.previous']],
  ])('%s, leaving only the new site behind', (_what, existing, stale) => {
    if (existing) writeTree(target, existing);
    for (const name of stale ?? []) writeTree(join(root, name), { 'stale.html': 'left by a crashed build' });
    writeTree(staging, newSite);

    swapIntoPlace(staging, target);

    expect(readTree(target)).toEqual(asBuffers(newSite));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('removes files that only the old build had', () => {
    writeTree(target, oldSite);
    writeTree(staging, newSite);
    swapIntoPlace(staging, target);
    expect(existsSync(join(target, 'only-in-old/index.html'))).toBe(false);
    expect(existsSync(join(target, 'pdf/cepa.pdf'))).toBe(false);
  });

  it('uses and then removes a previous folder given by name', () => {
    const previous = join(root, 'old-copy');
    writeTree(previous, { 'stale.html': 'from before' });
    writeTree(target, oldSite);
    writeTree(staging, newSite);

    swapIntoPlace(staging, target, previous);

    expect(readTree(target)).toEqual(asBuffers(newSite));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('moves the staging folder rather than copying it', () => {
    writeTree(staging, newSite);
    swapIntoPlace(staging, target);
    expect(existsSync(staging)).toBe(false);
  });

  describe('when the staging folder does not exist', () => {
    it('throws the rename error and leaves the target byte for byte as it was', () => {
      writeTree(target, oldSite);
      const before = readTree(target);

      expect(() => swapIntoPlace(staging, target)).toThrow(expect.objectContaining({ code: 'ENOENT' }));

      expect(readTree(target)).toEqual(before);
      expect(readTree(target)).toEqual(asBuffers(oldSite));
      expect(readFileSync(join(target, 'pdf/cepa.pdf')).equals(binary)).toBe(true);
      expect(readdirSync(root)).toEqual(['dist']);
    });

    it('puts the target back under its own name even when a previous folder is named', () => {
      const previous = join(root, 'old-copy');
      writeTree(target, oldSite);

      expect(() => swapIntoPlace(staging, target, previous)).toThrow(/ENOENT/);

      expect(readTree(target)).toEqual(asBuffers(oldSite));
      expect(existsSync(previous)).toBe(false);
    });

    it('throws and creates nothing when there was no target either', () => {
      expect(() => swapIntoPlace(staging, target)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
      expect(readdirSync(root)).toEqual([]);
    });
  });
});
