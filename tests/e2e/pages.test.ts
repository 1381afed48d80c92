import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { afterTwoFrames, eachPageLaidOut } from '../helpers/browser.ts';
import { distInChromium } from '../helpers/dist-in-chromium.ts';
import { browserPages, urlPath } from '../helpers/dist.ts';

// Served as Netlify or Cloudflare Pages would: with the CSP and other headers of dist/_headers.
const site = distInChromium({ withHeadersFile: true });

/** Opens a page and records console errors, CSP violations, failed requests and requests to any other host. */
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 412, height: 823 };

async function open(path: string, colorScheme: 'light' | 'dark' = 'light', viewport = DESKTOP) {
  const context = await site.browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(site.origin) && !r.url().startsWith('data:') && problems.push(`third-party: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.exposeFunction('reportViolation', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  if (!/script-src 'self' 'wasm-unsafe-eval'/.test(response?.headers()['content-security-policy'] ?? '')) problems.push('served without the site CSP');
  return { page, problems, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Every page, but of the figures' own and embed pages one of each kind (browserPages says why).
describe.each(browserPages().filter((p) => p !== '404.html').map(urlPath))('page %s', (path) => {
  // Two phones: the narrowest the site is laid out for, and Lighthouse's (where a figure caption just
  // above the fold of /commercialization/ grew when its copy button appeared).
  it.each([
    [360, 800],
    [412, 823],
  ])('fits a %i px wide phone screen without sideways scrolling, and nothing on it moves while it loads', async (width, height) => {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    // Controls that scripts bring to life must not push text around when the scripts arrive (CLS 0).
    // Counted from the end of parsing: a busy machine may paint a half-parsed table, which then reflows
    // as its last rows arrive, and that frame can come just after parsing ends. No script changes a
    // table's parts, so a shift of table parts alone (cells, rows, body) is that reflow.
    await page.addInitScript(() => {
      const shifts: { at: number; what: string; tableReflow: boolean }[] = ((window as unknown as { layoutShifts: unknown }).layoutShifts = []);
      new PerformanceObserver((list) => {
        for (const shift of list.getEntries() as unknown as { startTime: number; value: number; sources: { node?: Node }[] }[]) {
          const nodes = shift.sources.map((s) => s.node).filter((n): n is Element => n instanceof Element);
          const what = nodes.map((n) => n.outerHTML.slice(0, 80)).join(' | ');
          const tableReflow = nodes.length > 0 && nodes.every((n) => (n.matches('tbody, thead, tr, th, td') && n.closest('table') !== null));
          shifts.push({ at: shift.startTime, what: `${shift.value.toFixed(4)} ${what}`, tableReflow });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await afterTwoFrames(page);
    const shiftsAfterParsing = await page.evaluate(() => {
      const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
      const shifts = (window as unknown as { layoutShifts: { at: number; what: string; tableReflow: boolean }[] }).layoutShifts;
      return shifts.filter((s) => s.at >= parsed && !s.tableReflow).map((s) => s.what);
    });
    expect(shiftsAfterParsing).toEqual([]);
    await context.close();
  });

  // Light on a desktop, dark on a phone (Lighthouse's width): WCAG 2.2 target sizes and spacing depend on
  // the layout. The print edition holds every chapter at once (about 5,800 elements): axe alone takes
  // over a minute there when the machine is busy.
  it.each([
    ['light', 'on a desktop', DESKTOP],
    ['dark', 'on a phone', PHONE],
  ] as const)(
    'loads cleanly under the site CSP and passes axe in %s mode %s',
    async (scheme, _, viewport) => {
      const { page, problems, close } = await open(path, scheme, viewport);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    },
    path === '/full/' ? 240_000 : undefined,
  );
});

describe('chapter 01 charts in the browser', () => {
  it('show a mark’s exact value when reached by keyboard, and arrow keys move on', async () => {
    const { page, close } = await open('/macro/');
    await page.focus('#fig-1-4 .figure-label');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-tip'));
    expect(first).toBe('语言及多模态：193个');
    const tip = page.locator('#fig-1-4 .chart-tip');
    await expect.poll(() => tip.textContent()).toBe('语言及多模态：193个');
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tip'))).toBe('视觉模态：80个');
    expect(await tip.textContent()).toBe('视觉模态：80个');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await close();
  });

  // The figure's table, files, citation and link sit behind one row of actions, one open at a time, and
  // work by keyboard alone, with or without JavaScript: after the chart (one tab stop), Tab reaches each.
  it.each([true, false])('open their actions one at a time by keyboard alone (JavaScript %s)', async (javaScriptEnabled) => {
    const context = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.origin}/macro/`, { waitUntil: 'load' });
    await page.focus('#fig-1-4 .figure-label');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    const open = () => page.$$eval('#fig-1-4 .figure-actions details[open] > summary', (s) => s.map((e) => e.textContent));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tip'))).toBe('语言及多模态：193个');
    await page.keyboard.press('Tab');
    // The figure's original page, marked as the site's reckoning, links to how it was reckoned.
    expect(await focused()).toBe('本站推算');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('表格');
    await page.keyboard.press('Enter');
    expect(await open()).toEqual(['表格']);
    expect(await page.locator('#fig-1-4 .figure-actions table').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('下载');
    await page.keyboard.press('Space');
    expect(await open()).toEqual(['下载']);
    const downloads: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      downloads.push(await focused());
    }
    expect(downloads).toEqual(['图1-4 CSV', '图1-4 JSON', '图1-4 幻灯片 PNG', '图1-4 手机竖图 PNG', '图1-4 SVG 矢量图', '引用']);
    await page.keyboard.press('Enter');
    expect(await open()).toEqual(['引用']);
    expect(await page.locator('#fig-1-4 .figure-citation').textContent()).toContain('图1-4 2024年人工智能产业各应用赛道投资数量及其分布情况[R/OL]');
    const citeFiles: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      citeFiles.push(await focused());
    }
    expect(citeFiles).toEqual(['BibTeX', 'RIS', 'CSL-JSON', '分享']);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // 分享 gives the figure's own page.
    expect(await focused()).toMatch(/\/figures\/fig-1-4\/$/);
    await page.keyboard.press('Tab');
    // The copy button is a script's: without JavaScript there is none. (Chromium on Linux has no Web Share:
    // the 分享… button stays hidden; tests/e2e/share.test.ts stubs it.)
    if (javaScriptEnabled) {
      expect(await focused()).toBe('复制链接');
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('嵌入');
    await page.keyboard.press('Enter');
    expect(await open()).toEqual(['嵌入']);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^<iframe src="[^"]+\/embed\/fig-1-4\/"/);
    await page.keyboard.press('Tab');
    if (javaScriptEnabled) expect(await focused()).toBe('复制代码');
    else expect(await page.evaluate(() => document.activeElement?.closest('#fig-1-4'))).toBeNull();
    await context.close();
  });

  it('show the tip on hover', async () => {
    const { page, close } = await open('/macro/');
    await page.hover('#fig-1-1 .chart-wide .chart-mark >> nth=10');
    await expect.poll(() => page.locator('#fig-1-1 .chart-tip').textContent()).toBe('2024年：1349084亿元');
    await close();
  });

  it('fit their labels inside the chart at 360 px wide', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/macro/`);
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('.chart-narrow svg text')].flatMap((text) => {
        const svg = text.ownerSVGElement!.getBoundingClientRect();
        const box = text.getBoundingClientRect();
        return box.width > 0 && (box.left < svg.left - 1 || box.right > svg.right + 1) ? [text.textContent] : [];
      }),
    );
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('charts on every chapter page', () => {
  // Plot places tick labels without looking at their width; ours thin a year axis by an estimate
  // (components/charts/year-ticks.ts) that the browser's real font checks here.
  it('set no axis label over its neighbour, from a 320 px phone to a desktop', async () => {
    const overlaps: string[] = [];
    const chapters = ['/macro/', '/industry-value/', '/commercialization/', '/cases/', '/trends/'];
    await eachPageLaidOut(site.browser, site.origin, [320, 412, 1280], chapters, async (page, path, width) => {
      const found = await page.$$eval('.chart svg g[aria-label$="tick label"]', (axes) =>
        axes.flatMap((axis) => {
          const labels = [...axis.querySelectorAll('text')].filter((t) => t.checkVisibility() && t.textContent);
          const boxes = labels.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
          return boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .filter(({ box: b }) => Math.min(a.box.right, b.right) > Math.max(a.box.left, b.left) && Math.min(a.box.bottom, b.bottom) > Math.max(a.box.top, b.top))
              .map((b) => `${axis.closest('figure')?.id}: “${a.text}” over “${b.text}”`),
          );
        }),
      );
      overlaps.push(...found.map((f) => `${path} at ${width} px, ${f}`));
    });
    expect(overlaps).toEqual([]);
  }, 120_000);
});
