import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { VFile } from 'vfile';
import { analyseBody } from '../lib/content-check/body.ts';
import { parseMarkdownFile } from '../lib/content-check/parse.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';

/**
 * What a translation's body is rendered with besides its own frontmatter: its language (the labels our plugins add,
 * and links kept inside that language) and, from the English file it translates, the heading ids (the heading at
 * each position gets the English one, so `/hi/notes/x/#section` links and question bases resolve as in English)
 * and the citations its `[!BEYOND]` blocks name. The loader (cached-glob.ts) adds it to the frontmatter under this
 * key; the plugins read it with renderContext().
 */
export const RENDER_CONTEXT = 'renderContext';

export interface RenderContext {
  locale: Locale;
  /** The English twin's heading ids, in order. */
  headingIds: string[];
}

/** The render context a plugin is running in, if the file is a translation. */
export function renderContext(file: VFile | undefined): RenderContext | undefined {
  const frontmatter = (file?.data as { astro?: { frontmatter?: Record<string, unknown> } } | undefined)?.astro
    ?.frontmatter;
  const context = frontmatter?.[RENDER_CONTEXT] as Partial<RenderContext> | undefined;
  return context && isLocale(context.locale)
    ? { locale: context.locale, headingIds: Array.isArray(context.headingIds) ? context.headingIds : [] }
    : undefined;
}

/** A translation's frontmatter for rendering: its own, plus the English twin's citations and the render context. */
export function withRenderContext(
  data: Record<string, unknown>,
  filePath: string,
  twin: { locale: Locale; dir: string },
): Record<string, unknown> {
  let citations: unknown = [];
  let headingIds: string[] = [];
  try {
    const parsed = parseMarkdownFile(readFileSync(join(twin.dir, basename(filePath)), 'utf8'));
    if (parsed) {
      citations = (parsed.data as { citations?: unknown } | undefined)?.citations ?? [];
      headingIds = analyseBody(parsed.body, parsed.bodyLine).headings.map((h) => h.slug);
    }
  } catch {
    // No English twin: the content check reports the orphan translation; render it with its own ids.
  }
  return { ...data, citations, [RENDER_CONTEXT]: { locale: twin.locale, headingIds } };
}
