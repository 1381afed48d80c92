import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, with no background traffic to Google (the network here is closed). Refuses to
 * start on a machine without a CJK font: every reader's device has one, and without it Chinese is set
 * as narrower missing-glyph boxes, so each measure of layout taken (and each page printed) would be
 * of another page. Shared by the browser tests and `npm run pdf`.
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
