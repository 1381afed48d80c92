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

/**
 * For each element matching `selector` that skips layout while off screen: the height it stands in at
 * (its contain-intrinsic-size), then its height laid out in full with every figure drawn, the tallest it
 * can be at this width. Leaves the whole page laid out.
 */
export async function estimatedAndLaidOutHeights(page: Page, selector: string): Promise<{ estimate: number; height: number }[]> {
  const estimates = await page.$$eval(selector, (parts) =>
    parts.map((part) => Number.parseFloat(getComputedStyle(part).containIntrinsicHeight.replace('auto ', ''))),
  );
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const heights = await page.$$eval(selector, (parts) => parts.map((part) => part.getBoundingClientRect().height));
  return estimates.map((estimate, i) => ({ estimate, height: heights[i]! }));
}
