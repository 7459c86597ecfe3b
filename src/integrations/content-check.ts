import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { config } from '../lib/config.ts';
import { runContentCheck } from '../lib/content-check/run.ts';

/**
 * Runs the content checker before Astro reads any content, so a dangling reference or a bad field fails the build
 * with the file and field named (Astro's own `reference()` only logs a warning), and a link out of the repository
 * (in the content or in public/) fails it before anything is copied.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config: astro, logger }) => {
        // The benchmark times the check on its own and then builds without it; preview serves a finished build.
        if (config().skipContentCheck || command === 'preview') return;
        const lines: string[] = [];
        // public/ is copied into the site as it is: a link out of the repository there would publish its target.
        const copied = [{ dir: fileURLToPath(astro.publicDir), root: fileURLToPath(astro.root) }];
        const code = runContentCheck(config().contentDir, (line) => lines.push(line), {
          copied,
          staleTranslations: config().ci ? 'error' : 'warning',
        });
        const report = lines.join('\n');
        if (code !== 0 && command === 'build') throw new Error(`Content check failed:\n${report}`);
        if (code !== 0) logger.error(report);
        else for (const line of lines) logger.info(line);
      },
    },
  };
}
