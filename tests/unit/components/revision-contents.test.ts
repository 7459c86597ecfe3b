import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RevisionContents from '../../../src/layouts/RevisionContents.astro';
import type { NoteEntry, SiteData, TopicEntry } from '../../../src/data/site.ts';

// The contents page /revision/ becomes above the page budget: a set that large takes minutes to build, so the page
// is rendered here from a small made-up site.
const note = (id: string, lines: number) =>
  ({
    id,
    data: { title: `Note ${id}`, quickRevision: Array.from({ length: lines }, (_, i) => `Line ${i}`) },
  }) as unknown as NoteEntry;
const topic = (id: string, title: string) => ({ id, data: { title } }) as unknown as TopicEntry;
const [a, b, c] = [note('a', 3), note('b', 1), note('c', 2)];
const site = {
  notes: [a, b, c],
  topics: [topic('alpha', 'Alpha'), topic('beta', 'Beta'), topic('unused', 'Unused')],
  notesByTopic: new Map([
    ['alpha', [a, c]],
    ['beta', [b]],
  ]),
} as unknown as SiteData;

describe('RevisionContents', () => {
  it('links each topic sheet that has lines, with its line and note counts', async () => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
    const html = await container.renderToString(RevisionContents, { props: { site } });
    const start = html.indexOf('class="sheets');
    const sheets = html.slice(start, html.indexOf('</ol>', start));
    const items = [...sheets.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      (m[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(items).toEqual(['Alpha · 5 lines from 2 notes', 'Beta · 1 line from 1 note']);
    expect(html).toContain('href="/revision/alpha/"');
    expect(html).toMatch(/The 6 quick-revision lines of the 3 notes are too many/);
  });
});
