import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../../src/lib/content-check/check.ts';

// The one-source-one-citation rule through the whole checker, on copies of the valid fixture tree whose two notes
// each declare a citation.
const FIXTURE = fileURLToPath(new URL('../../../../fixtures/content-valid/', import.meta.url));
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const citation = (id: string, url: string, title = 'A page') =>
  `citations:\n  - id: ${id}\n    publisher: The Hindu\n    title: "${title}"\n    date: 2025-08-29\n    url: ${url}\n`;

/** The rule's problems once alpha-note and beta-note declare these citations. */
function problemsWith(alpha: string, beta: string) {
  const root = mkdtempSync(join(tmpdir(), 'citation-rule-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  for (const [file, block] of [
    ['notes/alpha-note.md', alpha],
    ['notes/beta-note.md', beta],
  ] as const) {
    const text = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), text.replace(/\n---\n/, `\n${block}---\n`));
  }
  return checkContent(root, { cwd: root, houseRules: null })
    .problems.filter((p) => /one source/.test(p.message))
    .map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
}

describe('one source, one citation', () => {
  it('accepts the same page under the same id, written the same, in two files', () => {
    const same = citation('th-summit-2025', 'https://www.thehindu.com/a');
    expect(problemsWith(same, same)).toEqual([]);
  });
  it('rejects one id for two different pages, naming the other file', () => {
    expect(
      problemsWith(
        citation('th-summit-2025', 'https://www.thehindu.com/a'),
        citation('th-summit-2025', 'https://www.thehindu.com/b'),
      ),
    ).toEqual([
      expect.stringMatching(
        /^notes\/beta-note\.md:\d+ citations\[0\]\.url: the citation "th-summit-2025" has a different url in notes\/alpha-note\.md/,
      ),
    ]);
  });
  it('rejects a stale copy: the same id with another title', () => {
    const [problem] = problemsWith(
      citation('th-summit-2025', 'https://www.thehindu.com/a', 'Corrected title'),
      citation('th-summit-2025', 'https://www.thehindu.com/a', 'Old title'),
    );
    expect(problem).toMatch(/citations\[0\]\.title: .*different title/);
  });
  it('rejects one page under two ids (a trailing slash is the same page)', () => {
    expect(
      problemsWith(
        citation('th-summit-2025', 'https://www.thehindu.com/a'),
        citation('hindu-summit', 'https://www.thehindu.com/a/'),
      ),
    ).toEqual([
      expect.stringMatching(/^notes\/beta-note\.md:\d+ citations\[0\]\.id: this page is cited as "th-summit-2025"/),
    ]);
  });
});
