import type { Browser, Page } from 'playwright-core';

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
