import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { config } from '../lib/config.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a Markdown string held in data (a model answer in a question file) with the same GFM and base-path
 * links as the notes. The processor is built once per build.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({
    gfm: false,
    remarkPlugins: [remarkGfm],
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins: [[rehypeBaseLinks, { base: config().base }]],
  });
  return (await (await processor).render(markdown)).code;
}
