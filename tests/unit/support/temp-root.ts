import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a unit test makes (`mkdtempSync(join(tmpdir(), …))`, and the builds it
 * runs as child processes) goes under one folder for the run, removed when the run ends, so `npm test` leaves nothing
 * behind in the machine's /tmp however a test ends. `os.tmpdir()` reads TMPDIR, which the test workers inherit.
 */
export default function setup() {
  const root = mkdtempSync(join(tmpdir(), 'india-japan-unit-'));
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(root, { recursive: true, force: true });
  };
}
