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

/** Installs Debian's chromium with apt-get when it is missing; fails with a clear message when it cannot. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install Debian's package as root: apt-get install -y chromium`,
    );
  }
  console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium package with apt-get…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    throw new Error(
      `Could not install chromium with apt-get (${(error as Error).message}). The browser tests need it.`,
      { cause: error },
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing.`);
}

/**
 * Installs a Debian package with apt-get when `command` is missing (we run as root; npm cannot fetch system tools).
 * The browser tests read printed PDFs back with poppler's pdftotext, as PDF readers do (it honours the ActualText
 * Chromium writes for shaped Devanagari, which pdf.js does not).
 */
export function ensureCommand(command: string, debianPackage: string): void {
  const found = () => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (found()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot)
    throw new Error(`${command} is missing. Install Debian's package as root: apt-get install -y ${debianPackage}`);
  console.log(`${command} is missing; installing Debian's ${debianPackage} package with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!found()) throw new Error(`apt-get finished but ${command} is still missing.`);
}
