/**
 * The site's Content-Security-Policy, apart from script and style hashes (Astro adds those to each page's <meta>).
 * public/_headers repeats these directives as a header and adds frame-ancestors, which a <meta> cannot carry.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
] as const;

/** Script sources besides the hashes: Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
