import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile } from '../../../../src/lib/content-check/parse.ts';

describe('the checker reads YAML as the build does', () => {
  it('uses the very js-yaml Astro parses content with (one copy installed, not two)', () => {
    const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
    const astros = dirname(fromAstro.resolve('js-yaml/package.json'));
    const ours = dirname(createRequire(import.meta.url).resolve('js-yaml/package.json'));
    expect(astros).toBe(ours);
    expect(existsSync(ours)).toBe(true);
    expect(JSON.parse(readFileSync(`${ours}/package.json`, 'utf8')).version).toMatch(/^4\./);
  });

  it('keeps what Astro reads beside what the checker reads: a date is a Date to the site, text to the checker', () => {
    const parsed = parseMarkdownFile('---\ntitle: 2025-01-10\n---\n\nBody.\n');
    expect(parsed?.data).toEqual({ title: '2025-01-10' });
    expect(parsed?.astroData).toEqual({ title: new Date('2025-01-10T00:00:00Z') });
  });

  it('reports a tag the site cannot read on its line, with no data', () => {
    const parsed = parseYamlFile('kind: x\nsetBy: !custom y\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ line: 2, message: expect.stringContaining('unknown tag') }]);
  });
});
