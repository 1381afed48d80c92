import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distInChromium } from '../helpers/dist-in-chromium.ts';

const site = distInChromium();

/** A page with its Pagefind requests counted (each search fetches index chunks it has not seen). */
async function open(path: string, options: { javaScript?: boolean; blockPagefind?: boolean } = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (options.blockPagefind) await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

const dialog = '.search-dialog[open]';
const resultLinks = (page: Page) => page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const status = (page: Page) => page.locator('#search-status').textContent();

async function typeQuery(page: Page, query: string) {
  await page.fill('#search-input', query);
  await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/找到|没有找到|失败/);
}

describe('search dialog', () => {
  it.each([
    ['Control+k', 'Ctrl+K'],
    ['Meta+k', '⌘K'],
    ['/', '/'],
  ])('opens with %s, searches a Chinese query and groups results by chapter', async (keys) => {
    const { page, problems, close } = await open('/');
    await page.keyboard.press(keys);
    await page.locator(dialog).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await typeQuery(page, '算力');
    const hrefs = await resultLinks(page);
    expect(hrefs[0]).toBe('/industry-value/?q=%E7%AE%97%E5%8A%9B#compute');
    expect(await page.locator('#search-results section h3').first().textContent()).toContain('第02章');
    expect(await status(page)).toMatch(/^找到 \d+ 处结果，分布在 \d+ 个页面$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('does not search on the Latin letters of a pinyin composition, then searches its Chinese text', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Control+k');
    await page.locator(dialog).waitFor();
    // Let Pagefind load before counting searches.
    await typeQuery(page, '算力');
    await page.fill('#search-input', '');
    await expect.poll(() => status(page)).toBe('');
    // Every finished search rewrites the status line; record what it says.
    const statuses: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => statuses.push(text));
    await page.evaluate(() => {
      const live = document.querySelector('#search-status')!;
      const record = (window as unknown as { recordStatus(text: string): void }).recordStatus;
      new MutationObserver(() => record(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
    });
    await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      for (const value of ['z', 'zh', 'zhe', 'zheng', 'zhengw', 'zhengwu']) {
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { data: value, inputType: 'insertCompositionText', isComposing: true }));
        await wait(250);
      }
      input.value = '政务';
      input.dispatchEvent(new InputEvent('input', { data: '政务', inputType: 'insertCompositionText', isComposing: true }));
      input.dispatchEvent(new CompositionEvent('compositionend', { data: '政务' }));
    });
    await expect.poll(() => statuses.some((text) => text.startsWith('找到')), { timeout: 15_000 }).toBe(true);
    expect(statuses.filter((text) => /[a-z]/.test(text))).toEqual([]);
    expect((await resultLinks(page))[0]).toContain(`?q=${encodeURIComponent('政务')}`);
    await close();
  });

  it('moves through results with the arrow keys, opens one with Enter, and highlights the whole phrase there', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Control+k');
    await typeQuery(page, '智算中心');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe(`/industry-value/?q=${encodeURIComponent('智算中心')}#compute`);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL(/industry-value/), page.keyboard.press('Enter')]);
    await page.locator('mark.search-hit').first().waitFor();
    const marks = await page.locator('mark.search-hit').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['智算中心']));
    const inView = await page.evaluate(() => {
      const mark = document.querySelector('mark.search-hit-first')!.getBoundingClientRect();
      const section = document.getElementById('compute')!;
      return {
        markVisible: mark.top >= 0 && mark.bottom <= innerHeight,
        afterSection: !!(section.compareDocumentPosition(document.querySelector('mark.search-hit-first')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(inView).toEqual({ markVisible: true, afterSection: true });
    // A result on the page already open changes only the fragment: the dialog closes itself.
    await page.keyboard.press('Control+k');
    await typeQuery(page, '智算中心');
    const samePage = page.locator('#search-results a[href^="/industry-value/"]:not([href$="#compute"])').first();
    await samePage.click();
    await expect.poll(() => page.locator(dialog).count()).toBe(0);
    expect(page.url()).toContain(await samePage.getAttribute('href'));
    await close();
  });

  // Figures above the hit stand in at an estimated height until laid out; laid out only after the
  // page has scrolled, they would push the hit off the screen (2697 landed below it).
  it('lands with the highlighted phrase on screen, below the header, once the page has settled', async () => {
    for (const query of ['2697', '智算中心', 'DeepSeek']) {
      const { page, close } = await open('/');
      await page.keyboard.press('Control+k');
      await typeQuery(page, query);
      const href = (await resultLinks(page))[0]!;
      await page.goto(site.origin + href, { waitUntil: 'load' });
      await page.locator('mark.search-hit-first').waitFor();
      await page.waitForTimeout(1000);
      const { top, bottom, header } = await page.evaluate(() => ({
        ...document.querySelector('mark.search-hit-first')!.getBoundingClientRect().toJSON(),
        header: document.querySelector('.page > header')!.getBoundingClientRect().bottom,
      }));
      expect({ query, href, onScreen: top >= header && bottom <= (page.viewportSize()?.height ?? 0) }).toEqual({ query, href, onScreen: true });
      await close();
    }
  });

  it('closes with one press of Esc, a query typed or not, and gives focus back to the search button', async () => {
    const { page, close } = await open('/macro/');
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    await page.locator(dialog).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(dialog).count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.locator(dialog).waitFor();
    // A search field clears itself on the first Esc; the reader meant to close.
    await page.keyboard.type('算力');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(dialog).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await close();
  });

  it('announces the result count in a live region', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Control+k');
    await typeQuery(page, 'DeepSeek');
    const live = page.locator('#search-status');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    const count = await page.locator('#search-results li').count();
    expect(await live.textContent()).toContain(`找到 ${count} 处结果`);
    await close();
  });

  it('narrows results to one chapter with the chapter filter', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Control+k');
    await typeQuery(page, 'DeepSeek');
    expect(new Set((await resultLinks(page)).map((h) => h!.split('?')[0])).size).toBeGreaterThan(1);
    await page.selectOption('#search-chapter', '第05章 发展趋势');
    await expect.poll(async () => new Set((await resultLinks(page)).map((h) => h!.split('?')[0]))).toEqual(new Set(['/trends/']));
    await close();
  });

  it('says so in Chinese when nothing is found', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Control+k');
    await typeQuery(page, '冰淇淋');
    expect(await status(page)).toBe('没有找到与“冰淇淋”相关的内容。可换一个词，或选择“全部章节”。');
    expect(await page.locator('#search-results li').count()).toBe(0);
    await close();
  });

  it('says so in Chinese when the index cannot load', async () => {
    const { page, close } = await open('/', { blockPagefind: true });
    await page.keyboard.press('Control+k');
    await page.locator(dialog).waitFor();
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe('搜索索引加载失败，请检查网络后重试。');
    await close();
  });

  it('without JavaScript hides the button and says why', async () => {
    const { page, close } = await open('/macro/', { javaScript: false });
    expect(await page.locator('[data-search-open]').isVisible()).toBe(false);
    expect(await page.locator('.search-no-js').textContent()).toContain('搜索需要启用 JavaScript');
    await close();
  });

  it.each(['light', 'dark'] as const)('passes axe with results open in %s mode', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    await typeQuery(page, '政务');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
