/** Headless Chromium for artifact tests, or a clear reason to skip (never on CI). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Launches Chromium; in a mocha `before`, skips the suite when it is missing and CI is not "true". */
export async function launchOrSkip(context: Mocha.Context): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true')
      throw new Error(`Chromium not found at ${CHROMIUM} (CI=true: artifact tests must run). apt-get install chromium`);
    console.log(
      `    (skipped: no Chromium at ${CHROMIUM}; install it with apt-get install chromium, or set CHROMIUM_PATH)`,
    );
    context.skip();
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
