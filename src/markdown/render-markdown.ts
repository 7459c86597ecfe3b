import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { config } from '../lib/config.ts';
import { markdownOptions } from './options.ts';

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a Markdown string held in data (a model answer in a question file) with the notes' own pipeline. The processor is built once per build.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ ...markdownOptions(config().base), syntaxHighlight: false });
  return (await (await processor).render(markdown)).code;
}
