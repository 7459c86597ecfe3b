// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base } = siteConfig();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  // Every page's CSS in cached files, never inline: a reader's second note downloads only its HTML (the inline
  // <style> was 5 kB raw on every note page).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages whose getStaticPaths() key (src/lib/page-keys.ts) is unchanged are copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // The benchmark keeps its content-layer cache apart from the project's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [
    contentCheck(),
    sitemap(),
    ...(process.env.BENCH_TIMINGS ? [buildTimings(process.env.BENCH_TIMINGS)] : []),
  ],
  security: {
    // Astro hashes every script and style it renders into a CSP <meta>; no 'unsafe-inline' anywhere.
    // Pagefind compiles its WebAssembly search core, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // unified() would add GFM itself; turn that off so remark-gfm is the one GFM implementation.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      // retext-smartypants parses every sentence into a second syntax tree and doubled Markdown rendering time
      // (13.9 → 6.5 ms a note); notes keep the quotes and dashes their authors typed.
      smartypants: false,
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
});
