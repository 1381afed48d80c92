import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distInChromium } from '../helpers/dist-in-chromium.ts';

const site = distInChromium();

const MAP = '#diagram-industry-map-2024';

/** Presses Tab until the focused element matches `selector` with text `name`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, name: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(
      ([sel, text]) => {
        const el = document.activeElement;
        return Boolean(el?.matches(sel!) && el.textContent?.replace(/\s+/g, '').startsWith(text!));
      },
      [selector, name],
    );
    if (here) return;
  }
  throw new Error(`Tab never reached ${selector} "${name}"`);
}

const visibleLayers = (page: Page) =>
  page.$$eval(`${MAP} .tree-layer`, (layers) =>
    layers.filter((l) => (l as HTMLElement).offsetParent !== null).map((l) => l.querySelector('strong')!.textContent),
  );

describe('the safety-risk matrix on /trends/', () => {
  // Entries without a name of their own used to span the name column, so the 说明 column started at two
  // places, and the narrow group column broke 内生安全 as 内生安 / 全.
  it('starts every 说明 at one x position and sets each group and category name on one line, at 800 and 1280 px', async () => {
    for (const width of [800, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}/trends/`, { waitUntil: 'load' });
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const layout = await page.$eval('table.matrix', (table) => ({
        textLefts: [...new Set([...table.querySelectorAll('td[data-label]')].map((td) => Math.round(td.getBoundingClientRect().left)))],
        wrapped: [...table.querySelectorAll('th.matrix-row, th.matrix-category')]
          .filter((th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            return range.getClientRects().length > 1;
          })
          .map((th) => th.textContent),
      }));
      expect({ width, columns: layout.textLefts.length, wrapped: layout.wrapped }).toEqual({ width, columns: 1, wrapped: [] });
      await page.close();
    }
  });

  // As cards on a phone, the table's spanning category name sits in its first entry's row only; each later
  // entry used to stand in a card of its own, under no category.
  it('on a phone, shows each entry in a card under its category’s name', async () => {
    const matrix = JSON.parse(readFileSync('src/content/diagrams/ai-safety-risks.json', 'utf8')) as {
      rows: { categories: { name: string; entries: { text: string }[] }[] }[];
    };
    const page = await site.browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${site.origin}/trends/`, { waitUntil: 'load' });
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    // A card is a run of rows drawn without a gap between them; each entry's text, with its card's text.
    const cards = await page.$$eval('table.matrix tbody tr', (rows) => {
      const found: { text: string; card: string }[] = [];
      let card: Element[] = [];
      for (const [i, row] of rows.entries()) {
        const above = rows[i - 1]?.getBoundingClientRect().bottom;
        if (above === undefined || Math.abs(row.getBoundingClientRect().top - above) > 1) card = [];
        card.push(row);
        found.push({ text: row.querySelector('td[data-label]')!.textContent!.trim(), card: card.map((r) => r.textContent).join('') });
      }
      return found;
    });
    await page.close();
    const entries = matrix.rows.flatMap((row) => row.categories.flatMap((category) => category.entries.map((entry) => ({ category: category.name, text: entry.text }))));
    expect(cards.map(({ text }) => text)).toEqual(entries.map(({ text }) => text));
    expect(entries.filter(({ category }, i) => !cards[i]!.card.includes(category))).toEqual([]);
  });
});

describe('industry map in Chromium', () => {
  it('focuses a layer and goes back to all layers by keyboard, the pressed button saying which', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/industry-value/`, { waitUntil: 'networkidle' });
    expect(await visibleLayers(page)).toHaveLength(4);

    await tabTo(page, `${MAP} .tree-focus button`, '人工智能应用层');
    await page.keyboard.press('Enter');
    expect(await visibleLayers(page)).toEqual(['人工智能应用层']);
    expect(await page.$$eval(`${MAP} .tree-focus button[aria-pressed=true]`, (b) => b.map((x) => x.textContent))).toEqual(['人工智能应用层']);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('全部层');
    await page.keyboard.press('Space');
    expect(await visibleLayers(page)).toEqual(['人工智能基础层', '人工智能技术层', '人工智能大模型层与工具层', '人工智能应用层']);
    await context.close();
  });

  it('sets its layer buttons in even rows on a phone: each as tall as the others, none pushed down', async () => {
    const context = await site.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/industry-value/`, { waitUntil: 'networkidle' });
    const boxes = await page.$$eval(`${MAP} .tree-focus button`, (buttons) =>
      buttons.map((b) => ({ text: b.textContent, top: b.getBoundingClientRect().top, height: b.getBoundingClientRect().height })),
    );
    expect(new Set(boxes.map((b) => b.height)).size, JSON.stringify(boxes)).toBe(1);
    expect(boxes[1]!.top, 'a button beside the first starts level with it').toBe(boxes[0]!.top);
    await context.close();
  });

  it('collapses and expands a segment by keyboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/industry-value/`, { waitUntil: 'networkidle' });
    const medical = page.locator(`${MAP} details`, { has: page.locator('summary', { hasText: 'AI+医疗' }) });
    const aidd = medical.locator('li', { hasText: 'AIDD' });
    expect(await aidd.isVisible()).toBe(true);

    await tabTo(page, `${MAP} summary`, 'AI+医疗');
    await page.keyboard.press('Enter');
    expect(await medical.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await aidd.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await medical.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await aidd.isVisible()).toBe(true);
    await context.close();
  });

  it('shows every layer and item without JavaScript, and no focus buttons that could not work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/industry-value/`);
    expect(await visibleLayers(page)).toHaveLength(4);
    expect(await page.locator(`${MAP} .tree-focus`).isVisible()).toBe(false);
    const hidden = await page.$$eval(`${MAP} .tree-items li`, (items) => items.filter((li) => (li as HTMLElement).offsetParent === null).length);
    expect(hidden).toBe(0);
    await context.close();
  });
});
