import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/lib/csp.ts';

/** public/_headers as path → header name → value. */
function readHeaders(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name = '', ...value] = line.trim().split(':');
      current?.set(name.toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

describe('public/_headers', () => {
  const headers = readHeaders();
  const csp = (headers.get('/*')?.get('content-security-policy') ?? '').split(';').map((d) => d.trim());

  it("sends a Content-Security-Policy header that forbids framing with frame-ancestors 'none'", () => {
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('repeats only directives the page <meta> policy has, and none that would block its hashed inline code', () => {
    for (const directive of csp.filter((d) => !d.startsWith('frame-ancestors')))
      expect(CSP_DIRECTIVES as readonly string[]).toContain(directive);
    expect(csp.some((d) => /^(default|script|style)-src\b/.test(d))).toBe(false);
  });

  it.each(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*'])(
    'caches the content-hashed files under %s for a year',
    (path) => {
      expect(headers.get(path)?.get('cache-control')).toBe('public, max-age=31536000, immutable');
    },
  );

  it("revalidates Pagefind's entry files, whose names do not change between builds", () => {
    expect(headers.get('/pagefind/*.js')?.get('cache-control')).toContain('must-revalidate');
    expect(headers.get('/pagefind/*.json')?.get('cache-control')).toContain('must-revalidate');
  });
});
