// The sites the benchmark builds from one generated corpus: ours (this repository, pointed at the corpus through
// CONTENT_DIR; English only, or bilingual from a translated corpus) and two Starlight sites in folders of their own,
// stock and lean. Each knows how to reach the states it is timed in.
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyCacheFile } from '../../src/build/verify-site.ts';
import { timed, type Timed } from './exec.ts';
import { ensureStarlight, writeStarlightContent, type StarlightVariant } from './starlight.ts';

/**
 * Build states: cold (no cache at all), clean (empty output and data store), warm and full (one note changed),
 * first (`npm run build` with no cache of any kind: a fresh clone, what CI does).
 */
export type Kind = 'cold' | 'clean' | 'warm' | 'full' | 'first';

/** What each kind of our build is compared with in a Starlight: it has no Markdown cache and no build beyond `astro build`. */
export const STARLIGHT_KIND: Readonly<Record<Kind, Kind>> = { cold: 'cold', clean: 'cold', first: 'cold', warm: 'warm', full: 'warm' };

/** The sites a run times: ours in English, ours bilingual, stock and lean Starlight. */
export type SiteName = 'ours' | 'bilingual' | StarlightVariant;

export interface BenchSite {
  name: SiteName;
  /** Where `astro build` writes, for the output and browser measurements. */
  dist: string;
  build(kind: Kind, round: number): Timed;
}

const astro = (cwd: string) => join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
const changeNote = (file: string, round: number, kind: Kind) =>
  appendFileSync(file, `\nOne more sentence for the ${kind} build of round ${round}.\n`);

/**
 * Our site, built exactly as `npm run build` builds it but with the corpus and every cache in `work`: in English
 * alone (SITE_LANGUAGES=en, the work Starlight does), or in every language from a translated corpus.
 */
export function ourSite(
  work: string,
  corpus: Map<string, string>,
  name: 'ours' | 'bilingual' = 'ours',
): BenchSite & { phases(): { sync: number; rendering: number }; pdf(first: boolean): Timed & { printed: number } } {
  const root = resolve('.');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  const markdownCache = join(work, 'markdown-cache');
  const timings = join(work, 'timings.json');
  rmSync(work, { recursive: true, force: true });
  // Page facts a past bench run left for this content folder would make a full build faster than a person's.
  rmSync(verifyCacheFile(`${content}\n/`), { force: true });
  for (const [path, text] of corpus) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  cpSync(join(root, 'content', 'taxonomy'), join(content, 'taxonomy'), { recursive: true });
  const env = {
    CONTENT_DIR: content,
    ASTRO_OUT_DIR: dist,
    ASTRO_CACHE_DIR: cache,
    MARKDOWN_CACHE_DIR: markdownCache,
    PDF_SOURCE_DIR: join(work, 'pdf'),
    BENCH_TIMINGS: timings,
    SKIP_CONTENT_CHECK: '1',
    // Starlight's build checks nothing: time ours without the output check too (the full build includes it).
    SKIP_VERIFY: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_LANGUAGES: name === 'ours' ? 'en' : '',
  };
  // `npm run build` as a person runs it: the content check included, into a folder of its own.
  const { SKIP_CONTENT_CHECK: _skip, SKIP_VERIFY: _verify, ASTRO_OUT_DIR: _out, ...rest } = env;
  const fullEnv = { ...rest, DIST_DIR: join(work, 'full') };
  // astro build runs Pagefind itself (src/integrations/pagefind.ts), as Starlight's does.
  const astroAndPagefind = () => timed(process.execPath, [astro(root), 'build'], { env });
  return {
    name,
    dist,
    build(kind, round) {
      if (kind === 'first')
        for (const dir of [fullEnv.DIST_DIR, cache, markdownCache, verifyCacheFile(`${content}\n/`)])
          rmSync(dir, { recursive: true, force: true });
      if (kind === 'cold') for (const dir of [dist, cache, markdownCache]) rmSync(dir, { recursive: true, force: true });
      if (kind === 'clean') for (const dir of [dist, cache]) rmSync(dir, { recursive: true, force: true });
      // A full build is timed from the state a person's next build starts from: one full build done before it.
      if (kind === 'full' && !existsSync(fullEnv.DIST_DIR)) timed(process.execPath, [join(root, 'scripts', 'build.ts')], { env: fullEnv });
      if (kind === 'warm' || kind === 'full') changeNote(join(content, 'notes', `bench-note-0000${round}.md`), round, kind);
      if (kind !== 'full' && kind !== 'first') return astroAndPagefind();
      // The whole `npm run build` (content check, Astro, Pagefind, verification) into a folder of its own.
      return timed(process.execPath, [join(root, 'scripts', 'build.ts')], { env: fullEnv });
    },
    pdf(first) {
      // `npm run pdf` on the full build's folder: a first run prints everything, a later one only what changed.
      if (first) rmSync(fullEnv.PDF_SOURCE_DIR, { recursive: true, force: true });
      else changeNote(join(content, 'notes', 'bench-note-00009.md'), 9, 'full');
      const result = timed(process.execPath, [join(root, 'scripts', 'pdf.ts')], { env: fullEnv });
      return { ...result, printed: Number(/printed (\d+) PDFs/.exec(result.stdout)?.[1] ?? NaN) };
    },
    phases() {
      const marks = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
      return {
        sync: ((marks['buildStart'] ?? 0) - (marks['configDone'] ?? 0)) / 1000,
        rendering: ((marks['generated'] ?? 0) - (marks['buildStart'] ?? 0)) / 1000,
      };
    },
  };
}

/** A Starlight site, stock or lean (its own Pagefind run included in `astro build`) with the same note bodies. */
export function starlightSite(
  dir: string,
  corpus: Map<string, string>,
  variant: StarlightVariant,
  log: (line: string) => void,
): BenchSite {
  ensureStarlight(dir, variant, log);
  writeStarlightContent(dir, corpus);
  const dist = join(dir, 'dist');
  const cache = join(dir, 'astro-cache');
  return {
    name: variant,
    dist,
    build(kind, round) {
      // Starlight has no Markdown cache of its own and no build beyond `astro build`: clean and first are cold.
      if (kind === 'cold' || kind === 'clean' || kind === 'first')
        for (const d of [dist, cache]) rmSync(d, { recursive: true, force: true });
      if (kind === 'warm' || kind === 'full')
        changeNote(join(dir, 'src', 'content', 'docs', 'notes', `bench-note-0000${round}.md`), round, kind);
      return timed(process.execPath, [astro(dir), 'build'], {
        cwd: dir,
        env: { ASTRO_OUT_DIR: dist, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    },
  };
}
