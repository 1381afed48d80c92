import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Debian's Chromium, with no background traffic to Google (the network here is closed). Refuses to
 * start on a machine without a CJK font: every reader's device has one, and without it Chinese is set
 * as narrower missing-glyph boxes, so each measure of layout a test takes would be of another page.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.setContent('<html lang="zh-CN"><body><span style="font: 20px sans-serif">人工智能</span></body></html>');
  // A CJK font sets each ideograph in a 1em square.
  const width = await page.$eval('span', (span) => span.getBoundingClientRect().width);
  await page.close();
  if (width !== 80) {
    await browser.close();
    throw new Error(
      `Chromium has no CJK font here: 人工智能 at 20 px is ${width} px wide, not 80 px. Install one as readers have: apt-get install fonts-noto-cjk (.ci/run does).`,
    );
  }
  return browser;
}

/** Resolves once the page has rendered two more frames, so layout that was pending (content-visibility, scripts) is done. */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Lays out every part of the page that skips layout while off screen (content-visibility: auto: chapter sections, print chapters, CagrFormula), as if all were on screen. */
export async function layOutEverything(page: Page): Promise<void> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

/**
 * Opens each of `paths` at each of `widths` (800 px tall) with everything laid out, and hands each to
 * `check`; one tab per width.
 */
export async function eachPageLaidOut(
  browser: Browser,
  origin: string,
  widths: number[],
  paths: string[],
  check: (page: Page, path: string, width: number) => Promise<void>,
): Promise<void> {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await layOutEverything(page);
      await check(page, path, width);
    }
    await page.close();
  }
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
  await layOutEverything(page);
  const heights = await page.$$eval(selector, (parts) => parts.map((part) => part.getBoundingClientRect().height));
  return estimates.map((estimate, i) => ({ estimate, height: heights[i]! }));
}
