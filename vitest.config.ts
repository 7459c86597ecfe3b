/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests only; the end-to-end suite runs under Playwright against the built site.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
