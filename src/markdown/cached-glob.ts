import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readConfig } from '../lib/config.ts';
import { LOCALES, useTranslations } from '../lib/i18n/index.ts';
import { countWords } from '../lib/reading.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { withRenderContext } from './render-context.ts';
import { renderPool } from './render-pool.ts';

type GlobOptions = Parameters<typeof glob>[0];
/** Astro hands file loaders the content entry types too, though LoaderContext does not declare them. */
type FileLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };
type Rendered = Awaited<ReturnType<ContentEntryRenderFunction>>;

/** Where rendered Markdown is kept between builds; `MARKDOWN_CACHE_DIR` moves it (read in src/lib/config.ts). */
export function markdownCacheDir(env: Record<string, string | undefined> = process.env): string {
  return readConfig(env, process.cwd()).markdownCacheDir;
}

/**
 * What the rendered HTML depends on besides the body: the site's base path, the Markdown configuration and our
 * plugins, the strings they add (src/i18n/<locale>/markdown.ts) and the versions of the packages that render. Any
 * change gives new keys, so stale HTML is never reused.
 */
function pipelineKey(base: string): string {
  const hash = createHash('sha256').update(base);
  hash.update(readFileSync('astro.config.mjs'));
  for (const file of readdirSync(new URL('./', import.meta.url)).sort())
    hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  for (const locale of LOCALES) hash.update(useTranslations(locale).messagesFor('markdown.'));
  for (const pkg of ['astro', '@astrojs/markdown-remark', 'remark-gfm'])
    hash.update(readFileSync(join('node_modules', pkg, 'package.json')));
  return hash.digest('hex');
}

/**
 * What an entry's parsed data depends on besides its file: the schemas that validate and normalise it. Astro's
 * glob() loader skips a file whose text is unchanged, so without this a schema change (a field normalised to a new
 * shape) kept the data parsed by the old schema, and pages showed "[object Object]".
 */
function schemaKey(): string {
  const hash = createHash('sha256');
  const dir = new URL('../schemas/', import.meta.url);
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(new URL(file, dir)));
  return hash.digest('hex');
}

/** The text of every file in a folder: what a translation collection's rendering depends on in its English twin. */
function folderKey(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

/** An entry's body length in words, which the loader keeps in place of the body (see cachedGlob). */
export function bodyWords(entry: { rendered?: { metadata?: Record<string, unknown> } | undefined }): number {
  const words = entry.rendered?.metadata?.['words'];
  return typeof words === 'number' ? words : 0;
}

/**
 * Astro's glob() loader with rendered Markdown cached on disk by content hash. Astro's own data store already skips
 * unchanged entries, but it is thrown away whenever the config, Astro or the content config changes, and a clean
 * checkout has none; this cache survives those, so each note body is rendered once per machine. Rendering itself is
 * Astro's (the configured unified processor), so cached and fresh HTML are the same; bodies not in the cache are
 * shared between the main thread and one worker (render-pool.ts).
 * The raw body is not kept in Astro's data store (a third of it at 1,000 notes, serialised on every build): pages
 * need only its word count, which goes into the rendered metadata as `words` (read it with bodyWords()).
 */
export function cachedGlob(
  options: GlobOptions & { siteBase: string; translates?: { locale: Locale; dir: string } | undefined },
): Loader {
  const { siteBase, translates, ...globOptions } = options;
  const inner = glob({ ...globOptions, retainBody: false });
  let key: string | undefined;
  return {
    name: 'cached-glob',
    load: (loaderContext: LoaderContext) => {
      const context = loaderContext as FileLoaderContext;
      const markdown = context.entryTypes.get('.md');
      // Astro keeps an entry's rendered HTML while its digest is unchanged, so the digest covers what the HTML also
      // depends on: the schemas, the Markdown pipeline (plugins, their strings) and, for a translation, the English
      // files whose heading ids and citations it renders with.
      const depends = `${schemaKey()}\n${pipelineKey(siteBase)}\n${translates ? folderKey(translates.dir) : ''}`;
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(`${depends}\n${typeof data === 'string' ? data : JSON.stringify(data)}`);
      if (!markdown?.getRenderFunction) return inner.load({ ...context, generateDigest } as FileLoaderContext);
      const getRenderFunction = markdown.getRenderFunction.bind(markdown);
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', {
        ...markdown,
        getRenderFunction: async (config) => {
          const renderHere = await getRenderFunction(config);
          const { markdown, image } = config;
          const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdown;
          const pooled = renderPool(siteBase, { image, syntaxHighlight, shikiConfig, gfm, smartypants }, (entry) =>
            renderHere(entry as Parameters<typeof renderHere>[0]),
          );
          const render = (entry: Parameters<typeof renderHere>[0]) => pooled(entry) as ReturnType<typeof renderHere>;
          const dir = markdownCacheDir();
          return async (original) => {
            key ??= pipelineKey(siteBase);
            // A translation renders with its English twin's heading ids and citations (render-context.ts).
            const entry =
              translates && original.filePath
                ? {
                    ...original,
                    data: withRenderContext(original.data as Record<string, unknown>, original.filePath, translates),
                  }
                : original;
            const hash = createHash('sha256')
              .update(key)
              .update(entry.body ?? '')
              // The marked blocks print their sources from the frontmatter's citations.
              .update(JSON.stringify((entry.data as { citations?: unknown } | undefined)?.citations ?? []))
              .update(JSON.stringify((entry.data as Record<string, unknown>)['renderContext'] ?? null))
              .digest('hex');
            const file = join(dir, hash.slice(0, 2), `${hash}.json`);
            const words = countWords(entry.body ?? '');
            try {
              const cached = JSON.parse(readFileSync(file, 'utf8')) as Rendered;
              return { ...cached, metadata: { ...cached.metadata, frontmatter: original.data, words } } as Rendered;
            } catch {
              const rendered = await render(entry);
              const { frontmatter: _frontmatter, ...metadata } = rendered.metadata ?? {};
              mkdirSync(join(dir, hash.slice(0, 2)), { recursive: true });
              // Write then rename, so a build stopped halfway never leaves half a file behind.
              writeFileSync(`${file}.tmp`, JSON.stringify({ html: rendered.html, metadata }));
              renameSync(`${file}.tmp`, file);
              return { ...rendered, metadata: { ...rendered.metadata, words } } as Rendered;
            }
          };
        },
      });
      return inner.load({ ...context, entryTypes, generateDigest } as FileLoaderContext);
    },
  };
}
