import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/markdown/options.ts';
import { renderPool, type RenderEntry, type Rendered } from '../../../src/markdown/render-pool.ts';

const SHARED = { syntaxHighlight: false, gfm: false, smartypants: false } as const;
const dir = 'content/notes';
const notes = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    file: f,
    body: readFileSync(join(dir, f), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .trim(),
  }));

/** The main-thread renderer, built as Astro builds it from astro.config.mjs's processor. */
async function inProcess(base: string): Promise<(entry: RenderEntry) => Promise<Rendered>> {
  const renderer = await unified(markdownOptions(base)).createRenderer(SHARED);
  return async (entry) => {
    const result = await renderer.render(entry.body ?? '', { frontmatter: entry.data });
    return { html: result.code, metadata: { headings: result.metadata.headings } };
  };
}

describe('renderPool', () => {
  it('renders every note in the worker to the same HTML and headings as the main thread, under a base path too', async () => {
    for (const base of ['/', '/notes-site/']) {
      const here = await inProcess(base);
      const seen: string[] = [];
      const pooled = renderPool(base, SHARED, (entry) => {
        seen.push('here');
        return here(entry);
      });
      // All at once, as the glob loader does: some go to the worker, the rest render here.
      const results = await Promise.all(notes.map(({ body }) => pooled({ body, data: {} })));
      for (const [i, { body }] of notes.entries()) {
        const expected = await here({ body, data: {} });
        expect(results[i]?.html, notes[i]?.file).toBe(expected.html);
        expect(results[i]?.metadata?.['headings'], notes[i]?.file).toEqual(expected.metadata?.['headings']);
      }
      expect(seen.length).toBeLessThan(notes.length);
    }
  }, 60_000);

  it('renders in the main thread alone on a one-core machine', async () => {
    const here = async (): Promise<Rendered> => ({ html: 'here', metadata: {} });
    const pooled = renderPool('/', SHARED, here, 1);
    expect(await pooled({ body: '# x', data: {} })).toEqual({ html: 'here', metadata: {} });
  });

  it('falls back to the main thread for front matter a worker cannot be sent', async () => {
    const here = async (): Promise<Rendered> => ({ html: 'here', metadata: {} });
    const pooled = renderPool('/', SHARED, here, 2);
    expect(await pooled({ body: '# x', data: { f: () => 1 } })).toEqual({ html: 'here', metadata: {} });
  });
});
