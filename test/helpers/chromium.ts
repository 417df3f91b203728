import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium package; `.ci/run` installs it when missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for the browser tests, or null when it is not installed and this is not CI: the caller
 * skips then, saying why. Under CI=true a missing browser fails the suite instead.
 */
export async function launchChromium(): Promise<Browser | null> {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') throw new Error(`Chromium is not installed at ${CHROMIUM}; CI needs it`);
    console.warn(
      `    Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium): skipping the browser ` +
        'tests. Under CI=true this is a failure.',
    );
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
