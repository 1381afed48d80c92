import { describe, expect, it } from 'vitest';
import { distInChromium } from '../helpers/dist-in-chromium.ts';
import { readPage } from '../helpers/dist.ts';

const site = distInChromium();

/** The figure page's address the build wrote (SITE_URL), from its canonical link. */
const figurePageUrl = (anchor: string) => readPage(`figures/${anchor}/index.html`).querySelector('link[rel="canonical"]')!.getAttribute('href')!;

describe('分享 hands a figure to the system share sheet where the browser has one', () => {
  it('shows no 分享… button where the browser has no Web Share (copy-link remains)', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await page.goto(`${site.origin}/macro/`, { waitUntil: 'load' });
    await page.click('#fig-1-3 summary:text-is("分享")');
    expect(await page.locator('#fig-1-3 button.web-share').isVisible()).toBe(false);
    expect(await page.locator('#fig-1-3 button.copy-link[data-copy]').first().isVisible()).toBe(true);
    await page.close();
  });

  it('where it has, shows 分享… and shares the figure page’s URL and title', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared.push(data);
          return Promise.resolve();
        },
      });
      (window as unknown as { shared: ShareData[] }).shared = [];
    });
    await page.goto(`${site.origin}/macro/`, { waitUntil: 'load' });
    await page.click('#fig-1-3 summary:text-is("分享")');
    const button = page.locator('#fig-1-3 button.web-share');
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe('分享…');
    await button.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(figurePageUrl('fig-1-3'));
    expect(new URL(shared[0]!.url!).pathname).toBe('/figures/fig-1-3/');
    expect(shared[0]!.title).toContain('图1-3');
    await page.close();
  });
});

describe('嵌入 gives the snippet to copy', () => {
  it('复制代码 copies the snippet the panel shows', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.origin}/macro/`, { waitUntil: 'load' });
    await page.click('#fig-1-3 summary:text-is("嵌入")');
    const snippet = await page.locator('#fig-1-3 pre.figure-embed-code').textContent();
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/fig-1-3\/"[^>]*><\/iframe>\n<script>/);
    await page.click('#fig-1-3 button:text-is("复制代码")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await context.close();
  });
});
