import { describe, expect, it } from 'vitest';
import { madePdf, pdfTargets } from '../../../src/lib/pdf-targets.ts';

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

describe('madePdf', () => {
  it.each([
    [true, 'quad'],
    [false, undefined],
  ])('with PDF links %s names %s, whatever is on disk', (links, expected) => {
    expect(madePdf('quad', links)).toBe(expected);
  });
});
