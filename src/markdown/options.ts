import type { RehypePlugins, RemarkPlugins } from 'astro';
import remarkGfm from 'remark-gfm';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeLangRuns } from './rehype-lang-runs.ts';
import { rehypeReading } from './rehype-reading.ts';
import { remarkBeyondSource } from './remark-beyond-source.ts';

/**
 * The one Markdown pipeline of the site, for notes (astro.config.mjs) and for Markdown held in data such as model
 * answers (render-markdown.ts), so both render alike. What the plugins add to a body (labels, dates) is in `locale`.
 */
export function markdownOptions(
  base: string,
  locale: Locale = DEFAULT_LOCALE,
): {
  gfm: false;
  smartypants: false;
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    // The unified processor would add GFM itself; turn that off so remark-gfm is the one GFM implementation.
    gfm: false,
    remarkPlugins: [remarkGfm, [remarkBeyondSource, { locale }]],
    // retext-smartypants parses every sentence into a second syntax tree and doubled Markdown rendering time
    // (13.9 → 6.5 ms a note); notes keep the quotes and dashes their authors typed.
    smartypants: false,
    rehypePlugins: [
      [rehypeBaseLinks, { base }],
      [rehypeReading, { locale }],
      // After the reading aids, so the labels they add in the page's language are not taken for English.
      rehypeLangRuns,
    ],
  };
}
