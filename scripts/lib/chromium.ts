import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { config } from '../../src/lib/config.ts';

/** Debian's Chromium: npm cannot download browsers here, so the tests drive the system one. */
export const CHROMIUM = config().chromiumPath;

/** Flags for a headless run as root on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Installs Debian packages with apt-get (we run as root; npm cannot fetch browsers or system tools here) when
 * `present()` says what they provide is missing; fails with a clear message when it cannot.
 */
function aptInstall(what: string, packages: readonly string[], present: () => boolean): void {
  if (present()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot)
    throw new Error(`${what} is missing. Install Debian's package as root: apt-get install -y ${packages.join(' ')}`);
  console.log(`${what} is missing; installing Debian's ${packages.join(' ')} with apt-get…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    throw new Error(
      `Could not install ${packages.join(' ')} with apt-get (${(error as Error).message}). The browser tests need it.`,
      {
        cause: error,
      },
    );
  }
  if (!present()) throw new Error(`apt-get finished but ${what} is still missing.`);
}

/** Installs Debian's chromium (with the Noto fonts) when it is missing. */
export function ensureChromium(): void {
  aptInstall(`Chromium at ${CHROMIUM}`, ['chromium', 'fonts-noto-core'], () => existsSync(CHROMIUM));
}

/**
 * Installs the Debian package that provides `command` when it is missing. The browser tests read printed PDFs back
 * with poppler's pdftotext, as PDF readers do (it honours the ActualText Chromium writes for shaped Devanagari,
 * which pdf.js does not).
 */
export function ensureCommand(command: string, debianPackage: string): void {
  aptInstall(command, [debianPackage], () => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}
