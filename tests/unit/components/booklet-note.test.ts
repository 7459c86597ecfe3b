import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../../../src/build/html-validator.ts';
import BookletNote from '../../../src/components/BookletNote.astro';
import type { NoteEntry, SiteData } from '../../../src/data/site.ts';

/** A note as a booklet receives it: only the fields BookletNote reads. */
const note = (id: string) =>
  ({
    id,
    data: {
      title: `Note ${id}`,
      summary: 'A summary.',
      prelims: [],
      questions: [],
      sources: [],
      timeline: [{ year: 2008, event: 'A declaration', planned: false }],
      figures: [{ value: '10 trillion yen', label: 'Investment target' }],
    },
    rendered: { html: '<h2 id="intro">Intro</h2><p>Body.</p>' },
  }) as unknown as NoteEntry;

const site = {
  notes: [],
  titles: new Map(),
  topic: new Map(),
  question: new Map(),
  publication: new Map(),
} as unknown as SiteData;

describe('BookletNote', () => {
  it('gives two notes with a timeline and key figures different ids on one booklet page', async () => {
    const container = await AstroContainer.create();
    const pages = await Promise.all(
      ['first', 'second'].map((id) => container.renderToString(BookletNote, { props: { note: note(id), site } })),
    );
    const ids = [...pages.join('').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['second--timeline-heading', 'second--figures-heading']));
  });

  it('gives two notes with a timeline and key figures landmarks of their own names (html-validate passes the page)', async () => {
    const container = await AstroContainer.create();
    const pages = await Promise.all(
      ['first', 'second'].map((id) => container.renderToString(BookletNote, { props: { note: note(id), site } })),
    );
    const html = `<!doctype html><html lang="en"><head><title>Booklet</title></head><body><main><h1>Booklet</h1>${pages.join('')}</main></body></html>`;
    expect(htmlErrors(html)).toEqual([]);
    expect(html).toContain('aria-label="Timeline (Note first)"');
    expect(html).toContain('aria-label="Key figures (Note second)"');
  });
});
