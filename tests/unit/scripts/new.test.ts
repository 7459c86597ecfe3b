import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check.ts';
import { formatCoverage, syllabusCoverage } from '../../../src/lib/content-check/coverage.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fixture(): string {
  const work = mkdtempSync(join(tmpdir(), 'new-entry-'));
  temps.push(work);
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-valid'), content, { recursive: true });
  return content;
}

const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });

describe('npm run new', () => {
  it.each([
    ['note', 'notes/gamma.md'],
    ['topic', 'topics/gamma.md'],
    ['question', 'questions/gamma.yaml'],
  ])('writes a %s skeleton the check reports only for its placeholders, each with its line', (kind, file) => {
    const content = fixture();
    const result = run(content, kind, 'gamma');
    expect(result.status, result.stderr).toBe(0);
    const errors = checkContent(content, { cwd: content, houseRules: null }).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.file).toBe(file);
      expect(error.message).toContain('a placeholder from `npm run new` is still here');
      expect(error.line).toBeGreaterThan(0);
    }
  });

  it('refuses an id that is not kebab-case, an unknown kind, and a file that exists', () => {
    const content = fixture();
    expect(run(content, 'note', 'Gamma Note').status).toBe(2);
    expect(run(content, 'essay', 'gamma').status).toBe(2);
    const before = readFileSync(join(content, 'notes', 'alpha-note.md'), 'utf8');
    const taken = run(content, 'note', 'alpha-note');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('exists already');
    expect(readFileSync(join(content, 'notes', 'alpha-note.md'), 'utf8')).toBe(before);
  });
});

describe('npm run check -- --coverage', () => {
  it('lists each syllabus line with its notes, and the lines with none', () => {
    const content = fixture();
    const coverage = syllabusCoverage(checkContent(content, { cwd: content, houseRules: null }).content);
    expect(coverage).toEqual([
      { paper: 'gs2', line: 'gs2-bilateral', text: 'Bilateral groupings and agreements.', notes: ['alpha-note'] },
      { paper: 'gs3', line: 'gs3-economy', text: 'Growth and investment.', notes: ['beta-note'] },
    ]);
    expect(formatCoverage(coverage)[0]).toBe('syllabus coverage: 2 of 2 lines have a note');
    const uncovered = formatCoverage([{ paper: 'gs1', line: 'gs1-art', text: 'Art and culture.', notes: [] }]);
    expect(uncovered.slice(-2)).toEqual(['no note yet (1):', '  gs1-art  Art and culture.']);
  });

  it('prints the report after the check, and refuses an unknown option', () => {
    const ok = spawnSync(
      process.execPath,
      ['scripts/check.ts', resolve('tests/fixtures/content-valid'), '--coverage'],
      {
        encoding: 'utf8',
      },
    );
    expect(ok.stdout).toContain('syllabus coverage: 2 of 2 lines have a note');
    const bad = spawnSync(process.execPath, ['scripts/check.ts', '--coverge'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown option --coverge');
  });
});
