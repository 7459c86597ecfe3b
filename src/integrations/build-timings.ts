import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Records when Astro's build phases start and end, for the benchmark: content sync runs between config:done and
 * build:start, page rendering between build:start and build:generated. Writes JSON to `file`.
 */
export function buildTimings(file: string): AstroIntegration {
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = performance.now();
  };
  return {
    name: 'build-timings',
    hooks: {
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => {
        mark('done');
        writeFileSync(file, JSON.stringify(marks));
      },
    },
  };
}
