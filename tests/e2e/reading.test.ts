import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterTwoFrames, eachPageLaidOut, estimatedAndLaidOutHeights, layOutEverything } from '../helpers/browser.ts';
import { distInChromium } from '../helpers/dist-in-chromium.ts';
import { readPage } from '../helpers/dist.ts';
import { realDatasets } from '../helpers/real-datasets.ts';
import { isTableName } from '../../src/lib/site/table-names.ts';

const site = distInChromium();

async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

const CHAPTERS = ['preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends'];

describe('glossary tooltips', () => {
  const activeTip = `(() => {
    const a = document.activeElement;
    const tip = a && document.getElementById(a.getAttribute('aria-describedby') ?? '');
    return tip ? { term: a.textContent, tip: tip.textContent, visible: tip.checkVisibility() } : null;
  })()`;

  it('show the definition when a term is reached by keyboard, and Escape hides it', async () => {
    const { page, close } = await open('/industry-value/');
    await page.focus('a[href="/glossary/#sft"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(activeTip)).toEqual({
      term: 'RM',
      tip: 'RM（奖励模型）：通过收集人类反馈数据训练奖励模型，评估输出质量',
      visible: true,
    });
    expect(await page.locator('#glossary-tip-industry-value-sft').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(activeTip)).toMatchObject({ term: 'RM', visible: false });
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(activeTip)).toMatchObject({ term: 'SFT', visible: true });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(activeTip)).toMatchObject({ term: 'RM', visible: true });
    await close();
  });

  it('show on hover and stay while the pointer moves onto the tooltip', async () => {
    const { page, close } = await open('/industry-value/');
    const tip = page.locator('#glossary-tip-industry-value-rag');
    // Mid-screen, with room for the tooltip below it: moving onto a tooltip cut off at the bottom
    // edge would scroll the page out from under the pointer.
    const term = page.locator('a[href="/glossary/#rag"]');
    await term.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    // Figures coming into view lay out over the next frames (content-visibility: auto) and may move the
    // term; hover once it stays put, or the pointer would be left over other text.
    const top = async () => {
      await afterTwoFrames(page);
      return term.evaluate((a) => a.getBoundingClientRect().top);
    };
    for (let last = await top(), now = await top(); now !== last; last = now, now = await top());
    await page.hover('a[href="/glossary/#rag"]');
    expect(await tip.isVisible()).toBe(true);
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await tip.isVisible()).toBe(false);
    await close();
  });

  it('stay inside a 360 px screen wherever the term is', async () => {
    const { page, close } = await open('/industry-value/', { viewport: { width: 360, height: 800 } });
    const links = page.locator('.glossary-term > a');
    const outside: string[] = [];
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).focus();
      const box = await page.evaluate(`document.getElementById(document.activeElement.getAttribute('aria-describedby')).getBoundingClientRect().toJSON()`);
      const { left, right } = box as DOMRect;
      if (left < 0 || right > 360) outside.push(`${await links.nth(i).textContent()}: ${left}–${right}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    expect(outside).toEqual([]);
    expect(await links.count()).toBeGreaterThan(10);
    await close();
  });

  it('are plain links to the glossary entry without JavaScript', async () => {
    const { page, close } = await open('/industry-value/', { javaScriptEnabled: false });
    await page.click('a[href="/glossary/#rag"]');
    await page.waitForURL(`${site.origin}/glossary/#rag`);
    expect(await page.locator('#rag').textContent()).toContain('检索增强生成');
    expect(await page.locator('#rag').isVisible()).toBe(true);
    await close();
  });
});

describe('the CAGR formula', () => {
  it.each([320, 360, 1280])('fits a %i px wide screen without a scrollbar of its own', async (width) => {
    const { page, close } = await open('/industry-value/', { viewport: { width, height: 800 } });
    const formula = page.locator('.cagr-formula');
    await formula.scrollIntoViewIfNeeded();
    const { scrollWidth, clientWidth } = await formula.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await close();
  });
});

describe('the cover', () => {
  // Balanced, the title broke inside a word: 2025年中国人工 / 智能产业研究报告.
  it('never breaks a page title inside 人工智能, on a phone or a desktop', async () => {
    const broken: string[] = [];
    for (const width of [360, 390, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      const titled = ['index.html', ...CHAPTERS.map((c) => `${c}/index.html`)].filter((p) => readPage(p).querySelector('h1')!.textContent!.includes('人工智能'));
      expect(titled.length).toBeGreaterThanOrEqual(4);
      for (const path of titled.map((p) => `/${p.replace('index.html', '')}`)) {
        await page.goto(site.origin + path, { waitUntil: 'load' });
        const lines = await page.$eval('h1', (h1) => {
          const text = h1.textContent ?? '';
          const at = text.indexOf('人工智能');
          if (at < 0) return 1;
          // The range of the word's four characters, across whatever elements hold them.
          const range = document.createRange();
          const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (at >= offset && at < offset + length) range.setStart(node, at - offset);
            if (at + 4 > offset && at + 4 <= offset + length) range.setEnd(node, at + 4 - offset);
            offset += length;
          }
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        });
        if (lines > 1) broken.push(`${path} at ${width} px`);
      }
      await page.close();
    }
    expect(broken).toEqual([]);
  });

  it('shows the title, publisher, publication date, key figures from the data, chapter cards and how to cite', async () => {
    const { page, close } = await open('/');
    expect(await page.locator('h1').textContent()).toBe('2025年中国人工智能产业研究报告');
    const facts = await page.locator('.report-facts').innerText();
    expect(facts).toMatch(/发布机构\s+艾瑞咨询（iResearch）/);
    expect(facts).toMatch(/发布时间\s+2025年3月/);

    const market = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/datasets/market-size-2022-2029.json'), 'utf8'));
    const size2024 = market.rows.find((r: { year: string }) => r.year === '2024').size;
    const values = await page.locator('.key-figure-value').allInnerTexts();
    expect(values).toHaveLength(6);
    expect(values[0]).toBe(`${size2024}亿元`);

    const cards = page.locator('.chapter-cards li');
    expect(await cards.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(CHAPTERS.map((c) => `/${c}/`));
    for (const [i, chapter] of CHAPTERS.entries()) {
      const summary = readPage(`${chapter}/index.html`).querySelector('.chapter-summary')!.textContent;
      expect(await cards.nth(i).locator('p').textContent()).toBe(summary);
    }
    expect(await page.locator('.report-citation').textContent()).toContain('艾瑞咨询. 2025年中国人工智能产业研究报告[R/OL]. (2025-03)');
    await close();
  });

  it('sets how to cite flush left on a phone, not spread apart by the prose’s justification', async () => {
    const { page, close } = await open('/', { viewport: { width: 412, height: 823 }, isMobile: true });
    // On a justified line, 引用日期 would stand wider than its four 1em ideographs.
    const widthInEm = await page.$eval('.report-citation p', (p) => {
      const text = p.firstChild!;
      const start = text.textContent!.indexOf('引用日期');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 4);
      return range.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(p).fontSize);
    });
    expect(widthInEm).toBeCloseTo(4, 1);
    await close();
  });

  it('leads to the print edition and the glossary', async () => {
    const { page, close } = await open('/');
    await page.click('.report-facts a[href="/full/"]');
    await page.waitForURL(`${site.origin}/full/`);
    expect(await page.locator('h1').textContent()).toBe('全文（打印版）');
    await page.goBack();
    await page.click('.report-facts a[href="/glossary/"]');
    await page.waitForURL(`${site.origin}/glossary/`);
    expect(await page.locator('.glossary-entry').count()).toBeGreaterThan(15);
    await close();
  });

  it('fits its key figures and cards on a 360 px screen', async () => {
    const { page, close } = await open('/', { viewport: { width: 360, height: 800 } });
    const rights = await page.locator('.key-figure, .chapter-cards li, .report-facts').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(360);
    await close();
  });
});

describe('reading controls', () => {
  it('back to top is a keyboard-reachable link that returns to the page title', async () => {
    const { page, close } = await open('/macro/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.focus('.back-to-top');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/macro/#_top`);
    await expect.poll(() => page.evaluate(() => document.getElementById('_top')!.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
    await close();
  });

  it('each section heading has a permalink and a button copying the section’s full URL', async () => {
    const { page, close } = await open('/macro/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const wrapper = page.locator('.sl-heading-wrapper:has(#economy)');
    expect(await wrapper.locator('a.sl-anchor-link').getAttribute('href')).toBe('#economy');
    // Starlight's zh-CN strings name it in English (Section titled “…”); src/content/i18n words it in Chinese.
    expect(await page.getByRole('link', { name: '本节链接：中国人工智能产业经济环境' }).getAttribute('href')).toBe('#economy');
    const button = wrapper.locator('button.copy-link');
    expect(await button.textContent()).toBe('复制本节链接');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/macro/#economy`);
    expect(await button.textContent()).toBe('已复制');
    // Seen and clicked with a mouse too: it sits above the section, outside the box the section's layout
    // skipping clips its painting to.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click({ timeout: 3000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/macro/#economy`);
    await close();
  });

  it('without JavaScript, shows no copy button that cannot work', async () => {
    const { page, close } = await open('/macro/', { javaScriptEnabled: false });
    expect(await page.locator('.sl-heading-wrapper button.copy-link').count()).toBe(0);
    expect(await page.locator('.sl-heading-wrapper a.sl-anchor-link').count()).toBeGreaterThan(5);
    await close();
  });

  it('the table of contents marks the section being read, on a desktop and on a phone', async () => {
    const current = 'page-toc a[aria-current="true"]';
    const desktop = await open('/macro/');
    await desktop.page.evaluate(() => document.getElementById('capital')!.scrollIntoView());
    await expect.poll(() => desktop.page.getAttribute(current, 'href')).toBe('#capital');
    // Deep inside the section, above the next heading, it is still the current one.
    await desktop.page.evaluate(() => window.scrollBy(0, 400));
    await afterTwoFrames(desktop.page);
    expect(await desktop.page.getAttribute(current, 'href')).toBe('#capital');
    await desktop.page.evaluate(() => document.getElementById('society-awareness')!.scrollIntoView());
    await expect.poll(() => desktop.page.getAttribute(current, 'href')).toBe('#society-awareness');
    await desktop.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => desktop.page.getAttribute(current, 'href')).toBe('#_top');
    await desktop.close();

    const phone = await open('/macro/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.page.evaluate(() => document.getElementById('economy')!.scrollIntoView());
    await expect.poll(() => phone.page.textContent('mobile-page-toc .display-current')).toBe('中国人工智能产业经济环境');
    await phone.close();
  });

  // Its highlighter places each heading of a part skipped off screen by the part's box: asking for the
  // heading's own box would lay the part out, the work skipping saves. The print edition opened at its
  // last chapter has every other chapter's heading above the reader.
  it('follows the reader without laying out the chapters skipped off screen', async () => {
    const { page, close } = await open('/full/#chapter-trends', { viewport: { width: 412, height: 823 }, isMobile: true });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const layoutObjects = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'LayoutObjects')!.value;
    await expect.poll(() => page.getAttribute('page-toc a[aria-current="true"]', 'href')).toBe('#chapter-trends');
    await page.evaluate(() => window.scrollBy(0, 60));
    await afterTwoFrames(page);
    const whileSkipped = await layoutObjects();
    await layOutEverything(page);
    await afterTwoFrames(page);
    expect(whileSkipped).toBeLessThan((await layoutObjects()) / 3);
    await close();
  });

  it('switching the theme keeps the reading position', async () => {
    const { page, close } = await open('/macro/');
    await page.evaluate(() => document.getElementById('capital')!.scrollIntoView());
    await page.evaluate(() => window.scrollBy(0, 300));
    // Figures near the viewport lay out on the next frames (content-visibility: auto): measure once they have.
    await afterTwoFrames(page);
    const before = await page.evaluate(() => ({ y: window.scrollY, top: document.getElementById('capital')!.getBoundingClientRect().top }));
    expect(before.y).toBeGreaterThan(1000);
    for (const theme of ['dark', 'light'] as const) {
      await page.selectOption('starlight-theme-select select', theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await afterTwoFrames(page);
      const after = await page.evaluate(() => ({ y: window.scrollY, top: document.getElementById('capital')!.getBoundingClientRect().top }));
      expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
      expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
    }
    await close();
  });
});

describe('links to a section', () => {
  // Figures off screen stand in at a fixed height until laid out; one that took its real height only
  // after the browser had followed the link would move the target (up to 700 px on a desktop). A
  // link to a figure (复制图表链接) takes the same path.
  it('land with the section heading just below the header on a desktop, for every section of every chapter', async () => {
    const missed: string[] = [];
    const links = CHAPTERS.flatMap((chapter) =>
      [...readPage(`${chapter}/index.html`).querySelectorAll('.sl-markdown-content h2[id]')].map((el) => ({ chapter, id: el.id })),
    );
    // Three tabs at a time: each mostly waits (below), so the waits overlap.
    const land = async ({ chapter, id }: { chapter: string; id: string }) => {
      // A fresh page each time: a link within the open page would only scroll it.
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 823 } });
      await page.goto(`${site.origin}/${chapter}/#${id}`, { waitUntil: 'load' });
      // Long enough for the figures near the screen to be laid out and take their real heights.
      await page.waitForTimeout(500);
      const { top, header, atEnd } = await page.evaluate((id) => ({
        top: document.getElementById(id)!.getBoundingClientRect().top,
        header: document.querySelector('.page > header')!.getBoundingClientRect().height,
        // Near a page's end the target cannot rise to the top.
        atEnd: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
      }), id);
      if (top < header || (top > header + 100 && !atEnd)) missed.push(`${chapter}/#${id}: ${Math.round(top - header)} px below the header`);
      await page.close();
    };
    const queue = [...links];
    await Promise.all([1, 2, 3].map(async () => {
      for (let link = queue.shift(); link; link = queue.shift()) await land(link);
    }));
    expect(links.length).toBeGreaterThan(40);
    expect(missed.sort()).toEqual([]);
  }, 240_000);
});

describe('site header', () => {
  it('shows the whole site title from a 360 px phone up, and an ellipsis rather than a cut glyph below that', async () => {
    for (const width of [320, 360, 412, 800, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.origin}/macro/`, { waitUntil: 'load' });
      const title = await page.$eval('.site-title span', (span) => ({
        text: span.textContent,
        clipped: span.scrollWidth > span.clientWidth,
        overflow: getComputedStyle(span).textOverflow,
      }));
      expect(title.text).toBe('2025年中国人工智能产业研究报告');
      if (width >= 360) expect(title.clipped, `${width} px`).toBe(false);
      else expect(title.overflow, `${width} px`).toBe('ellipsis');
      await page.close();
    }
  });
});

// A 1280 px screen's column is what both sidebars leave (632 px); a wider screen gives figures its room,
// while prose keeps its 40-character measure.
describe('figures on a wide screen', () => {
  it.each([
    [1280, 632, 632],
    [1600, 896, 800],
  ])('at %i px, a figure takes the %i px column and its chart %i px, its text between 12 and 16 px; prose keeps its measure', async (width, column, chart) => {
    const { page, close } = await open('/macro/', { viewport: { width, height: 900 } });
    await layOutEverything(page);
    const measured = await page.evaluate(() => {
      const figure = document.querySelector('#fig-1-1')!;
      const texts = [...figure.querySelectorAll<SVGTextElement>('.chart svg text')].filter((t) => t.checkVisibility() && t.textContent!.trim());
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
      return {
        figure: Math.round(figure.getBoundingClientRect().width),
        chart: Math.round([...figure.querySelectorAll('.chart svg')].find((svg) => svg.checkVisibility())!.getBoundingClientRect().width),
        prose: Math.max(...[...document.querySelectorAll('.sl-markdown-content .chapter-section > p')].map((p) => p.getBoundingClientRect().width)),
        smallest: Math.min(...sizes),
        largest: Math.max(...sizes),
      };
    });
    expect(measured.figure).toBe(column);
    expect(measured.chart).toBe(chart);
    expect(measured.prose).toBeLessThanOrEqual(640);
    expect(measured.smallest).toBeGreaterThanOrEqual(11.95);
    expect(measured.largest).toBeLessThanOrEqual(16.05);
    await close();
  });

  it('at 1600 px, the industry map takes the whole column, past the prose measure', async () => {
    const { page, close } = await open('/industry-value/', { viewport: { width: 1600, height: 900 } });
    const widths = await page.$$eval('#diagram-industry-map-2024 .tree-layer', (layers) => layers.map((l) => Math.round(l.getBoundingClientRect().width)));
    expect(new Set(widths)).toEqual(new Set([896]));
    await close();
  });
});

// One pass over the pages at each width, everything laid out; each test below reads what it found.
describe('text and tables, as laid out on a phone and a desktop', () => {
  const WIDTHS = [360, 390, 1280];
  const TEXT_PAGES = ['/', ...CHAPTERS.map((c) => `/${c}/`)];
  const PAGES = [...TEXT_PAGES, '/data/', '/figures/', '/glossary/', '/timeline/'];
  const found = { strays: [] as string[], gaps: [] as string[], narrowCells: [] as string[], brokenNames: [] as string[], smallChartText: [] as string[] };

  beforeAll(async () => {
    await eachPageLaidOut(site.browser, site.origin, WIDTHS, PAGES, async (page, path, width) => {
      const at = (texts: string[]) => texts.map((text) => `${path} at ${width} px: ${text}`);
      if (TEXT_PAGES.includes(path)) {
        found.strays.push(...at(await page.$$eval('main :is(h1, h2, h3), .sl-markdown-content p:not(figure p)', strayLastCharacters)));
        found.gaps.push(...at(await page.evaluate(spreadIdeographs)));
      }
      if (width < 1000) found.narrowCells.push(...at(await page.$$eval('main :is(td, th)', narrowCells)));
      found.smallChartText.push(...at(await page.$$eval('main svg text', smallChartText)));
      const broken = await page.$$eval('main table :is(th, td):not(:has(li, br)), main table li', cellsOnLines);
      found.brokenNames.push(...at(broken.filter(({ text }) => isTableName(text)).map(({ text, lines }) => `“${text}” on ${lines} lines`)));
    });
  }, 300_000);

  // clreq: a line of one character is to be avoided; it reads as a stray. Closing punctuation does not
  // count: 胁。 alone on a line is still one character.
  it('headings and prose never leave one character alone on their last line', () => {
    expect(found.strays).toEqual([]);
  });

  // Justification spreads a line's spare room over its gaps; a line followed by a long unbreakable
  // Latin run or number gets so much that its characters stand apart (动 大 模 型). 0.2 em is the most
  // two ideographs may be set apart anywhere on the cover or a chapter.
  it('no two adjacent ideographs stand more than 0.2 em apart', () => {
    expect(found.gaps).toEqual([]);
  });

  // A table squeezed into a phone's column sets a narrow column one or two characters a line
  // (面/向/分/布/式…); four characters is the least a cell can be read at.
  it('on a phone, every table cell on every page is four characters wide at least', () => {
    expect(found.narrowCells).toEqual([]);
  });

  // Charts were drawn for 360 and 680 px columns and shrunk to fit: 10.9 px text on a 360 px phone, 9–11 px
  // in a 1280 px desktop's 632 px column.
  it('sets no chart text smaller than 12 px, on a phone or a desktop', () => {
    expect(found.smallChartText).toEqual([]);
  });

  // A name in a table (DeepSeek LLM, 模型类别, 数学推理模型) is read as one word; broken over two lines
  // (DeepSeek / LLM, 模型类 / 别) it reads as two. On a phone and a desktop alike, each stays on one line.
  it('no table breaks a name, a cell or list item of ten characters at most, over two lines', () => {
    expect(found.brokenNames).toEqual([]);
  });
});

/** Each shown chart text set smaller than 12 px on screen (its font size times its drawing's scale): in the page. */
function smallChartText(texts: Element[]): string[] {
  return texts.flatMap((text) => {
    if (!text.checkVisibility() || !(text as SVGTextElement).textContent!.trim()) return [];
    const size = parseFloat(getComputedStyle(text).fontSize) * ((text as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
    return size < 11.95 ? [`“${text.textContent!.trim().slice(0, 12)}” ${size.toFixed(1)} px`] : [];
  });
}

/** Each visible table cell or list item set on more than one line, with its text and line count: in the page. */
function cellsOnLines(cells: Element[]): { text: string; lines: number }[] {
  return cells.flatMap((cell) => {
    const text = (cell.textContent ?? '').trim();
    // A card table's header row is there for screen readers only, 1 px wide.
    if (!text || !cell.checkVisibility() || (cell.closest('thead')?.getBoundingClientRect().width ?? 2) <= 1) return [];
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    return lines > 1 ? [{ text, lines }] : [];
  });
}

/** Each block whose last line is one character (closing punctuation aside): in the page. */
function strayLastCharacters(blocks: Element[]): string[] {
  return blocks.flatMap((block) => {
    // Characters of one line overlap vertically, whatever their size; the next line starts below.
    const lines: string[] = [];
    let lineBottom = -Infinity;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.sr-only, [role="tooltip"]')) continue;
      const text = node.textContent!;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        const char = text[i]!;
        if (box.width === 0 || !char.trim()) continue;
        if (box.top >= lineBottom - 1) {
          lines.push(char);
          lineBottom = box.bottom;
        } else {
          lines.push(lines.pop()! + char);
          lineBottom = Math.max(lineBottom, box.bottom);
        }
      }
    }
    const lastLine = lines.at(-1) ?? '';
    return lines.length > 1 && lastLine.replace(/[。，、；：！？”’）》]/g, '').length === 1 ? [`${block.textContent!.slice(0, 16)}… ends “${lastLine}”`] : [];
  });
}

/** Each pair of adjacent ideographs on one line set more than 0.2 em apart in <main>: in the page. */
function spreadIdeographs(): string[] {
  const han = /\p{Script=Han}/u;
  const out: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const box = (node: Node, i: number) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect();
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('.sr-only, [role="tooltip"], svg') || !parent.checkVisibility()) continue;
    const text = node.textContent!;
    const em = parseFloat(getComputedStyle(parent).fontSize);
    for (let i = 0; i + 1 < text.length; i++) {
      if (!han.test(text[i]!) || !han.test(text[i + 1]!)) continue;
      const [a, b] = [box(node, i), box(node, i + 1)];
      if (a.width === 0 || Math.abs(a.top - b.top) > 1) continue;
      // Chromium adds a justified line's spare room to each character's advance: an ideograph
      // is 1 em wide, and what it has beyond that is its gap to the next.
      const gap = Math.max(b.left - a.right, 0) + a.width - em;
      if (gap > 0.2 * em) out.push(`“${text.slice(Math.max(0, i - 4), i + 6)}” ${(gap / em).toFixed(2)} em in ${parent.closest('[class]')?.className.split(' ')[0] ?? parent.tagName}`);
    }
  }
  return out;
}

/** Each visible table cell narrower than four characters of its font: in the page. */
function narrowCells(cells: Element[]): string[] {
  return (
    cells
      // A card table's header row is there for screen readers only, 1 px wide.
      .filter((cell) => cell.checkVisibility() && (cell.textContent ?? '').trim() !== '' && (cell.closest('thead')?.getBoundingClientRect().width ?? 2) > 1)
      .map((cell) => {
        const style = getComputedStyle(cell);
        const width = cell.getBoundingClientRect().width - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
        return { text: (cell.textContent ?? '').trim().slice(0, 12), width, em: parseFloat(style.fontSize) };
      })
      .filter(({ width, em }) => width < 4 * em - 0.5)
      .map(({ text, width }) => `“${text}” ${Math.round(width)} px`)
  );
}

describe('the data page', () => {
  it('fits a 360 px phone without sideways scrolling, each figure number and its download links on one line', async () => {
    const { page, close } = await open('/data/', { viewport: { width: 360, height: 800 }, isMobile: true });
    const broken = await page.$$eval('.data-downloads tbody tr', (rows) =>
      rows.flatMap((row) =>
        [row.querySelector('th')!, row.querySelector('td:last-child')!].flatMap((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 1 ? [cell.textContent] : [];
        }),
      ),
    );
    expect(await page.locator('.data-downloads tbody tr').count()).toBe(realDatasets().length);
    expect(broken).toEqual([]);
    expect(await page.$eval('.data-downloads', (table) => table.parentElement!.scrollWidth <= table.parentElement!.clientWidth)).toBe(true);
    await close();
  });
});

describe('chapter sections off screen', () => {
  it('are not laid out when a chapter opens at its top, until the reader scrolls to them', async () => {
    const { page, close } = await open('/commercialization/', { viewport: { width: 412, height: 823 }, isMobile: true });
    const laidOut = () =>
      page.$$eval('.chapter-section', (sections) => sections.map((s) => s.querySelector('p')!.checkVisibility({ contentVisibilityAuto: true })));
    const atTop = await laidOut();
    expect(atTop.length).toBeGreaterThan(5);
    expect(atTop.at(-1)).toBe(false);
    await page.evaluate(() => document.querySelector('.chapter-section:last-of-type')!.scrollIntoView());
    await expect.poll(async () => (await laidOut()).at(-1)).toBe(true);
    await close();
  });

  // Too low, and a skipped section's content would spill into the next for anything that measures
  // inside it (axe's target-size check); too high only lengthens the scroll bar until it is seen.
  it('stand in at no less than their laid-out height, and at most 2.5 times it, from a 320 px phone to a 1920 px desktop', async () => {
    const misses: string[] = [];
    for (const width of [320, 360, 412, 480, 600, 800, 1024, 1280, 1440, 1600, 1920]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      for (const chapter of CHAPTERS) {
        await page.goto(`${site.origin}/${chapter}/`, { waitUntil: 'load' });
        const sections = await estimatedAndLaidOutHeights(page, '.chapter-section');
        expect(sections.length, chapter).toBeGreaterThan(0);
        sections.forEach(({ estimate, height }, i) => {
          const ratio = estimate / height;
          if (!(ratio >= 1 && ratio <= 2.5)) misses.push(`${chapter} section ${i + 1} at ${width} px: estimate ${estimate} px, laid out ${Math.round(height)} px`);
        });
      }
      await page.close();
    }
    expect(misses).toEqual([]);
  }, 240_000);
});
