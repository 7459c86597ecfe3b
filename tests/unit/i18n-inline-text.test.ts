import { parse } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every reader-facing word in a component, layout or page comes from the interface strings (t()), so the Hindi
// edition is a strings file and not a hunt through 90 templates. This walks each .astro template and reports text
// written inline: text between tags (not code inside {…}, <style> or <script>) and the attributes a reader hears
// or sees (aria-label, title, alt, placeholder).
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder']);
const WORDS = /\p{L}{2,}/u;

async function inlineText(file: string): Promise<string[]> {
  const { ast } = await parse(readFileSync(file, 'utf8'), { position: true });
  const found: string[] = [];
  const visit = (node: Node, parent: string | undefined) => {
    if (node.type === 'element' && (node.name === 'style' || node.name === 'script')) return;
    const where = `${file}:${node.position?.start.line ?? 0}`;
    if (node.type === 'text' && parent !== 'expression' && WORDS.test(node.value))
      found.push(`${where} "${node.value.trim()}"`);
    if ('attributes' in node)
      for (const a of node.attributes)
        if (a.kind === 'quoted' && READ_ATTRIBUTES.has(a.name) && WORDS.test(a.value))
          found.push(`${where} ${a.name}="${a.value}"`);
    if ('children' in node) for (const child of node.children) visit(child, node.type);
  };
  visit(ast, undefined);
  return found;
}

describe('interface text', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => `src/${f}`);

  it('finds the templates', () => expect(files.length).toBeGreaterThan(80));

  it('is never written inline in a template: it comes from t()', async () => {
    const found = (await Promise.all(files.map(inlineText))).flat();
    expect(found).toEqual([]);
  });

  it('catches inline text, an inline label, and leaves code and expressions alone', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'inline-'));
    try {
      const file = join(dir, 'Probe.astro');
      writeFileSync(
        file,
        `---\nconst t = (k: string) => k;\n---\n<nav aria-label="Main"><p>Read more</p><p>{t('a.b')}</p><p>{ok && <b>Hidden</b>}</p></nav>\n<style>p { color: red; }</style>\n<script>console.log('words here');</script>\n`,
      );
      expect((await inlineText(file)).map((f) => f.replace(/^.*:\d+ /, ''))).toEqual([
        'aria-label="Main"',
        '"Read more"',
        '"Hidden"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
