import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, with no background traffic to Google (the network here is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
  });
}

/** Resolves once the page has rendered two more frames, so layout that was pending (content-visibility, scripts) is done. */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
