// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base } = siteConfig();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  build: { format: 'directory' },
  integrations: [contentCheck(), sitemap()],
  markdown: {
    // unified() would add GFM itself; turn that off so remark-gfm is the one GFM implementation.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
});
