import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import type { Problem } from '../../src/lib/content-check/problem.ts';
import { isPageId, pageIds } from '../../src/lib/content-check/rules/page-ids.ts';
import {
  MISCHIEF,
  noteArbitrary,
  variationArbitrary,
  writeVariation,
  type Mischief,
  type Variation,
} from './support/content-variations.ts';

/**
 * The check and the build agree (docs: DESIGN.md): everything `npm run check` accepts builds, and everything the
 * build rejects the check rejects first, naming the file, the line and the field. Checking is cheap, so generated
 * content sets are checked by the hundred; a build takes 10-20 s, so the builds are few and each holds many
 * variations at once (every accepted risky construct, and generated notes sharing topics so booklets combine them).
 */
const work = mkdtempSync(join(tmpdir(), 'agreement-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const shown = (problems: Problem[]) =>
  problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.field}: ${p.message}`).join('\n');
const check = () => errorsOf(checkContent(content, { cwd: content }).problems);

/**
 * Ids on the built pages of notes, topics and mains topics that are neither a heading of the entry's body nor one
 * the checker knows the page gives its own parts (pageIds): were a layout to add one, a body heading could take it.
 */
function unknownPageIds(dist: string): string[] {
  const { content: set } = checkContent(content, { cwd: content, houseRules: null });
  const found: string[] = [];
  for (const collection of ['notes', 'topics', 'mains'] as const) {
    for (const entry of set.entries[collection].values()) {
      const page = join(dist, collection, entry.id, 'index.html');
      if (!existsSync(page)) continue;
      const headings = new Set(entry.facts?.headings.map((h) => h.slug));
      const own = pageIds(collection, entry, set);
      for (const [, id = ''] of readFileSync(page, 'utf8').matchAll(/\sid="([^"]*)"/g))
        if (!headings.has(id) && !isPageId(id, own)) found.push(`/${collection}/${entry.id}/: ${id}`);
    }
  }
  return [...new Set(found)];
}

describe('the check accepts the generated content it is meant to accept', () => {
  it('accepts every generated variation: all optional fields, shared topics, repeated headings, unusual text', () => {
    fc.assert(
      fc.property(variationArbitrary({ min: 1, max: 4 }), (variation) => {
        writeVariation(content, variation);
        const errors = check();
        expect(errors, shown(errors)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

/** Each risky construct on a generated note of its own, with what the check made of it. */
const verdicts = MISCHIEF.map((mischief, i) => {
  const [note] = fc.sample(noteArbitrary, { numRuns: 1, seed: 21 + i });
  return { mischief, note: note!, errors: [] as Problem[] };
});
const accepted: { mischief: Mischief; note: (typeof verdicts)[number]['note'] }[] = [];

describe('a risky construct is rejected with its place, or accepted', () => {
  it.each(verdicts.map((v) => [v.mischief.name, v] as const))('%s', (_name, verdict) => {
    const file = writeVariation(content, {
      notes: [{ id: 'risky', note: verdict.note, mischief: verdict.mischief }],
    })[0];
    const errors = check();
    if (errors.length === 0) {
      accepted.push(verdict);
      return;
    }
    // Rejected: the editor is told where. (Whether the build would have failed too is not asked here; the
    // combined build below asks the converse for everything accepted.)
    const own = errors.filter((p) => p.file === file);
    expect(own.length, `errors elsewhere than ${file}:\n${shown(errors)}`).toBeGreaterThan(0);
    for (const p of own) {
      expect(p.line, shown([p])).toBeGreaterThan(0);
      expect(p.field, shown([p])).not.toBe('');
    }
  });
});

describe('what the check accepts, the build builds', () => {
  it('builds generated notes combined into booklets together with every risky construct the check accepted', () => {
    fc.assert(
      fc.property(variationArbitrary({ min: 3, max: 5 }), (generated) => {
        const variation: Variation = {
          notes: [
            ...generated.notes,
            ...accepted.map(({ mischief, note }, i) => ({ id: `risky-${i + 1}`, note, mischief })),
          ],
        };
        writeVariation(content, variation);
        const errors = check();
        expect(errors, shown(errors)).toEqual([]);
        const build = spawnSync(process.execPath, ['scripts/build.ts'], {
          env: {
            ...process.env,
            CONTENT_DIR: content,
            DIST_DIR: join(work, 'dist'),
            ASTRO_CACHE_DIR: join(work, 'cache'),
            MARKDOWN_CACHE_DIR: join(work, 'markdown'),
            // The build on its own: were the check to run first, it would only agree with itself.
            SKIP_CONTENT_CHECK: '1',
          },
          encoding: 'utf8',
        });
        const accepts = accepted.map(({ mischief }, i) => `risky-${i + 1}: ${mischief.name}`).join('\n');
        expect(build.status, `${build.stdout}\n${build.stderr}\nrisky notes in this set:\n${accepts}`).toBe(0);
        expect(unknownPageIds(join(work, 'dist')), 'ids to add to src/lib/content-check/rules/page-ids.ts').toEqual([]);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  }, 240_000);
});
