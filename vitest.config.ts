/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests only; the end-to-end suite runs under Playwright against the built site.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/support/temp-root.ts'],
    // A few tests check the whole real content set (about 4 s alone, twice that on a loaded 2-core machine): the
    // 5 s default made them fail by the clock, not by what they check.
    testTimeout: 30_000,
  },
});
