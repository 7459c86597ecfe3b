import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../../src/lib/content-check/check.ts';

// The basis rule through the whole checker, on copies of the valid fixture tree with one question's basis changed.
const FIXTURE = fileURLToPath(new URL('../../../../fixtures/content-valid/', import.meta.url));
const MCQ = 'questions/q-mcq.yaml';
const VALID = 'basis:\n  note: alpha-note\n  section: section-one\n';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Problems the checker finds once the MCQ's basis is replaced by `basis` (and, optionally, the note broken). */
function problemsWith(basis: string, breakNote = false) {
  const root = mkdtempSync(join(tmpdir(), 'basis-rule-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const text = readFileSync(join(root, MCQ), 'utf8');
  expect(text, 'the fixture question rests on alpha-note#section-one').toContain(VALID);
  writeFileSync(join(root, MCQ), text.replace(VALID, basis));
  if (breakNote) writeFileSync(join(root, 'notes/alpha-note.md'), 'no frontmatter here\n');
  return checkContent(root, { cwd: root, houseRules: null }).problems.filter((p) => p.file === MCQ);
}

describe('the basis rule', () => {
  it.each([
    ['a heading of the note', 'basis:\n  note: alpha-note\n  section: section-one\n'],
    ['a lower-level heading', 'basis:\n  note: alpha-note\n  section: a-detail\n'],
    ['a heading of another note', 'basis:\n  note: beta-note\n  section: section-two\n'],
  ])('accepts %s', (_what, basis) => {
    expect(problemsWith(basis)).toEqual([]);
  });

  it('leaves the section of a note that could not be read to that note’s own error', () => {
    expect(problemsWith(VALID, true)).toEqual([]);
  });

  it.each([
    [
      'a note that does not exist, with the closest id',
      'basis:\n  note: alpha-notes\n  section: section-one\n',
      { field: 'basis.note', line: 16 },
      'unknown note "alpha-notes"; it must be an id in content/notes/ (did you mean "alpha-note"?)',
    ],
    [
      'a heading of another note, with the closest id of this one',
      'basis:\n  note: alpha-note\n  section: section-two\n',
      { field: 'basis.section', line: 17, found: '"section-two"' },
      'note "alpha-note" has no heading with the id "section-two" (did you mean "section-one"?)',
    ],
    [
      'a heading far from any, listing the headings there are',
      'basis:\n  note: beta-note\n  section: key-takeaways-for-the-exam\n',
      { field: 'basis.section', line: 17 },
      'note "beta-note" has no heading with the id "key-takeaways-for-the-exam"; its headings are section-two',
    ],
  ])('reports %s', (_what, basis, where, message) => {
    const problems = problemsWith(basis);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: MCQ, ...where });
    expect(problems[0]?.message).toContain(message);
  });
});
