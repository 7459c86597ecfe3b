import { describe, expect, it } from 'vitest';
import { printKey } from '../../../src/lib/pdf-key.ts';

const page = (body: string) =>
  `<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;

describe('printKey', () => {
  it.each([
    [
      'a link to the page’s own PDF appears',
      page('<p>x</p>'),
      page('<p>x</p><a class="button" href="/pdf/a.pdf" download>Download PDF</a>'),
    ],
    [
      'a PDF link under a base path appears',
      page('<p>x</p>'),
      page('<p>x</p><a href="/notes-site/pdf/topic-quad.pdf">PDF</a>'),
    ],
  ])('stays the same when %s', (_, before, after) => {
    expect(printKey(after)).toBe(printKey(before));
  });

  it.each([
    ['the text changes', page('<p>x</p>'), page('<p>y</p>')],
    ['a stylesheet changes', page('<p>x</p>'), page('<p>x</p>').replace('a.css', 'b.css')],
    ['a link to another page appears', page('<p>x</p>'), page('<p>x</p><a href="/notes/b/">b</a>')],
  ])('changes when %s', (_, before, after) => {
    expect(printKey(after)).not.toBe(printKey(before));
  });
});
