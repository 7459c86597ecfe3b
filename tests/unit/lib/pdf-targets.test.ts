import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { madePdf, pdfSourceDir, pdfTargets } from '../../../src/lib/pdf-targets.ts';

describe('pdfTargets', () => {
  it('lists every note, then the booklet, then one booklet per topic', () => {
    expect(pdfTargets(['a', 'b'], ['quad'])).toEqual([
      { id: 'a', path: '/notes/a/', label: 'note a' },
      { id: 'b', path: '/notes/b/', label: 'note b' },
      { id: 'booklet', path: '/print/', label: 'booklet' },
      { id: 'topic-quad', path: '/topics/quad/print/', label: 'topic booklet quad' },
    ]);
  });
  it('still makes the booklet when there are no notes or topics', () => {
    expect(pdfTargets([], []).map((t) => t.id)).toEqual(['booklet']);
  });
});

describe('pdfSourceDir', () => {
  it.each([
    [{}, '.pdf-out'],
    [{ PDF_SOURCE_DIR: '' }, '.pdf-out'],
    [{ PDF_SOURCE_DIR: '/tmp/pdfs' }, '/tmp/pdfs'],
  ])('with %o it is %s', (env, expected) => {
    expect(pdfSourceDir(env)).toBe(expected);
  });
});

describe('madePdf', () => {
  it('names a PDF that exists and nothing for one that does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdfs-'));
    writeFileSync(join(dir, 'quad.pdf'), '%PDF-1.7');
    expect(madePdf('quad', dir)).toBe('quad');
    expect(madePdf('jimex', dir)).toBeUndefined();
  });
});
