// Running and timing the commands the benchmark compares: wall time as a person waits for it, and peak memory.
import { spawnSync } from 'node:child_process';

export interface Timed {
  seconds: number;
  /** Peak resident memory of the largest process the command ran, in bytes (from GNU time). */
  rss: number;
  stdout: string;
}

/** Runs `command` to completion and times it; throws with the tail of its output when it fails. */
export function timed(command: string, argv: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Timed {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '__RSS_KB=%M', command, ...argv], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/__RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${command} ${argv.join(' ')} failed with exit ${result.status}`);
  }
  return { seconds, rss, stdout: result.stdout };
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Median milliseconds Astro reports for rendering one note page (its `├─ /notes/<id>/index.html (+N ms)` lines). */
export function notePageMs(stdout: string): number {
  const ms = [...stdout.matchAll(/[├└]─ \/notes\/bench-note-\d+\/index\.html \(\+(\d+(?:\.\d+)?)(ms|s)\)/gm)].map(
    (m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1),
  );
  return ms.length ? median(ms) : NaN;
}
