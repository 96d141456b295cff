// Debian's headless Chromium, driven through the DevTools protocol (puppeteer-core: no browser download).
// Installed by scripts/setup.sh --tests; a test that needs it is skipped with the reason when it is missing.
import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const noBrowser = CHROMIUM ? false : 'Debian\'s chromium is not installed (scripts/setup.sh --tests installs it)';

export async function launch(): Promise<Browser> {
  const { launch: start } = await import('puppeteer-core');
  // Root in a container has no user namespace for Chromium's sandbox; the pages are our own files.
  return start({ executablePath: CHROMIUM!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
