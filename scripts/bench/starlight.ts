// The stock Starlight site `npm run bench -- --vs starlight` builds beside ours: installed into a folder outside the
// repository (never a dependency of the project), with the Astro and Pagefind versions this project has, and fed the
// same generated Markdown bodies as our notes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The Starlight release line the issue measured against (0.42 works with Astro 7.3). */
export const STARLIGHT_RANGE = '~0.42.4';

const installed = (name: string) =>
  (JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Dependencies of the Starlight site: Starlight, plus exactly our Astro, Markdown and Pagefind versions. */
export function starlightPackage(): Record<string, unknown> {
  return {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    dependencies: {
      '@astrojs/starlight': STARLIGHT_RANGE,
      astro: installed('astro'),
      '@astrojs/markdown-remark': installed('@astrojs/markdown-remark'),
      pagefind: installed('pagefind'),
      sharp: installed('sharp'),
    },
  };
}

/** Folder of the Starlight site: outside the repository so neither npm nor git nor our lint ever sees it. */
export function starlightDir(env: Record<string, string | undefined> = process.env): string {
  return env['STARLIGHT_BENCH_DIR'] || join(tmpdir(), 'india-japan-notes-bench-starlight');
}

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [starlight({ title: 'Bench notes' })],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Installs the Starlight site once (npm install in its own folder); later runs reuse it while versions match. */
export function ensureStarlight(dir: string, log: (line: string) => void): void {
  const pkg = `${JSON.stringify(starlightPackage(), null, 2)}\n`;
  const pkgFile = join(dir, 'package.json');
  const current = existsSync(pkgFile) ? readFileSync(pkgFile, 'utf8') : '';
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  if (current === pkg && existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) return;
  writeFileSync(pkgFile, pkg);
  log(`installing Starlight ${STARLIGHT_RANGE} into ${dir}`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`npm install in ${dir} failed`);
}

/** Starlight's version of a note: the same Markdown body under a title, as a page of the docs collection. */
export function starlightPage(note: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(note);
  if (!match) throw new Error('bench note without frontmatter');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(match[1] ?? '')?.[1] ?? '""';
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\n${match[2]}`;
}

/** Writes every note of a generated corpus into the Starlight site's docs collection, replacing what was there. */
export function writeStarlightContent(dir: string, corpus: Map<string, string>): void {
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'notes'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Bench notes\ndescription: The benchmark corpus.\n---\n\nHome.\n');
  for (const [path, text] of corpus) {
    if (path.startsWith('notes/')) writeFileSync(join(docs, path), starlightPage(text));
  }
}
