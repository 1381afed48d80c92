import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lines, pageFill, pageTexts, squeeze } from '../../scripts/lib/pdf-pages.ts';
import { printReportPdf } from '../../scripts/lib/report-pdf.ts';
import { PRINT_EDITION } from '../../src/lib/site/print-edition.ts';
import { PAPER } from '../../src/lib/site/print-pages.ts';
import { estimatedAndLaidOutHeights } from '../helpers/browser.ts';
import { distInChromium } from '../helpers/dist-in-chromium.ts';
import { DIST, PRINT_PAGE, readPage } from '../helpers/dist.ts';

const site = distInChromium();

const CHAPTERS = ['preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends'];
const TITLES = CHAPTERS.map((c) => readPage(`${c}/index.html`).querySelector('h1')!.textContent!.trim());

/** Titles of a Chromium PDF's outline (bookmarks), written as UTF-16BE hex strings. */
function outlineTitles(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/Title\s*<FEFF([0-9A-Fa-f]*)>/g)].map(([, hex]) => {
    const bytes = Buffer.from(hex!, 'hex');
    return bytes.swap16().toString('utf16le');
  });
}

describe('the print edition /full/ printed by npm run pdf', () => {
  // One print for the whole file (two passes of Chromium, as `npm run pdf` makes it), read back with poppler-utils.
  let pdf: Buffer;
  let heads: string[];
  let feet: string[];
  let bodies: string[][];
  let fill: number[];
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'report-pdf-')), PRINT_EDITION.pdf);
    await printReportPdf({ dist: DIST, out: file });
    pdf = readFileSync(file);
    heads = pageTexts(file, 'head').map(squeeze);
    feet = pageTexts(file, 'foot').map(squeeze);
    bodies = pageTexts(file, 'body').map(lines);
    fill = pageFill(file);
  }, 400_000);

  /** The index of the first page of the chapters: the page opening with the first chapter's title. */
  const firstChapterPage = () => bodies.findIndex((body) => squeeze(body[0] ?? '') === squeeze(TITLES[0]!));

  it('has a sane number of A4 pages', () => {
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)!.length;
    console.log(`full/ as PDF: ${pages} A4 pages, ${(pdf.length / 1e6).toFixed(1)} MB`);
    expect(heads).toHaveLength(pages);
    // A4 is 595 × 842 points.
    const sizes = new Set([...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, w, h]) => `${Math.round(Number(w))}×${Math.round(Number(h))}`));
    expect([...sizes]).toEqual(['595×842']);
    // A cover, contents and one page per chapter at least; the original report has about 70 slides, so
    // far more than twice that means broken layout (a figure or a scrolled box per page, navigation printed).
    expect(pages).toBeGreaterThan(CHAPTERS.length + 2);
    expect(pages).toBeLessThan(150);
  });

  it('opens with a cover naming the report, its publisher, its date and the web edition’s address, with no page number', () => {
    const cover = squeeze(bodies[0]!.join(''));
    const canonical = readPage(PRINT_PAGE).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    // The web edition's address is the print edition's parent: the site's root, base included.
    for (const fact of ['2025年中国人工智能产业研究报告', '艾瑞咨询', '2025年3月', new URL('..', canonical).href]) expect(cover).toContain(fact);
    expect(feet[0]).toBe('');
  });

  it('numbers every page after the cover at its foot, 2, 3, … to the last', () => {
    expect(feet.slice(1)).toEqual(feet.slice(1).map((_, i) => String(i + 2)));
  });

  it('lists every chapter in its contents with the page the chapter opens on', () => {
    const contents = bodies[1]!.map(squeeze);
    expect(contents[0]).toBe('目录');
    TITLES.forEach((title) => {
      const opens = bodies.findIndex((body) => squeeze(body[0] ?? '') === squeeze(title)) + 1;
      expect(opens, `${title} opens no page`).toBeGreaterThan(2);
      // The title, then its page number (the dotted leader between them is a rule, not text).
      expect(contents, title).toContain(`${squeeze(title)}${opens}`);
    });
  });

  it('heads every page of the chapters with its chapter’s title, the chapters in reading order', () => {
    const chapterHeads = heads.slice(firstChapterPage());
    expect(chapterHeads.filter((head) => !TITLES.map(squeeze).includes(head))).toEqual([]);
    expect(chapterHeads.filter((head, i) => head !== chapterHeads[i - 1])).toEqual(TITLES.map(squeeze));
  });

  it('contains every chapter title, in order, in its outline', () => {
    const titles = outlineTitles(pdf);
    const positions = TITLES.map((t) => titles.indexOf(t));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps the charts as vector graphics, not images', () => {
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('prints no control: no layer or copy button, no 下载 · 引用 · 分享 row, no CSV or JSON link, no localhost', () => {
    const page = readPage(PRINT_PAGE);
    const buttons = [...page.querySelectorAll('main button')].map((b) => squeeze(b.textContent ?? ''));
    const actions = [...page.querySelectorAll('main summary')].map((s) => squeeze(s.textContent ?? '')).filter((label) => ['下载', '引用', '分享'].includes(label));
    expect(buttons).toEqual(expect.arrayContaining(['全部层', '复制链接']));
    expect(actions).toEqual(expect.arrayContaining(['下载', '引用', '分享']));
    const printed = bodies.flat().map(squeeze);
    expect(printed.filter((line) => buttons.includes(line) || actions.includes(line) || /^(表格)?(下载)?引用分享$|CSV|JSON/.test(line))).toEqual([]);
    expect(printed.filter((line) => /localhost|127\.0\.0\.1/.test(line))).toEqual([]);
  });

  it('links the site’s other pages at the site’s own address, not the loopback server it was printed from', () => {
    const links = [...pdf.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]!);
    const site = new URL(readPage('index.html').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    expect(links.length).toBeGreaterThan(30);
    expect(links.filter((url) => !url.startsWith(`${site}/`))).toEqual([]);
    expect(links).toContain(`${site}/figures/fig-1-1/`);
  });

  it('leaves no page before a chapter’s last less than half full, save where the next page opens with a figure whose caption and drawing are taller than the room left', async () => {
    const kept = await keptFigureHeights();
    const bodyHeight = ((PAPER.height - PAPER.top - PAPER.bottom) * 96) / 25.4;
    const underfull = fill
      .map((f, i) => ({ page: i + 1, fill: f, next: bodies[i + 1]?.[0] ?? '' }))
      .filter(({ page, fill: f }) => page > firstChapterPage() && f < 0.5 && heads[page] === heads[page - 1]);
    const unexplained = underfull.filter(({ fill: f, next }) => {
      const figure = kept.find(({ caption }) => squeeze(next).length >= 4 && caption.startsWith(squeeze(next)));
      return !figure || figure.height <= (1 - f) * bodyHeight;
    });
    console.log(`full/ as PDF: ${underfull.length} pages before a chapter's last under half full: ${underfull.map((u) => `p. ${u.page} (${Math.round(u.fill * 100)}%)`).join(', ')}`);
    expect(unexplained).toEqual([]);
  });
});

/**
 * Each figure of the print edition, laid out for paper (print media, the page area's 180 mm width): its
 * caption and how tall the part that cannot be split is, from the caption's top to the bottom of the
 * drawing it is kept with (break-after: avoid chains into an element with break-inside: avoid); a figure
 * whose caption is followed by a splittable block keeps only its caption.
 */
async function keptFigureHeights(): Promise<{ caption: string; height: number }[]> {
  const width = Math.round(((PAPER.width - PAPER.left - PAPER.right) * 96) / 25.4);
  const page = await site.browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(`${site.origin}/full/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const kept = await page.$$eval('figure.report-figure', (figures) =>
    figures.map((figure) => {
      const parts = [...figure.children]
        .filter((child) => child.getBoundingClientRect().height > 0)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const caption = figure.querySelector('figcaption')!;
      const top = caption.getBoundingClientRect().top;
      let bottom = caption.getBoundingClientRect().bottom;
      for (let i = parts.indexOf(caption); i + 1 < parts.length && getComputedStyle(parts[i]!).breakAfter === 'avoid'; i++) {
        const next = parts[i + 1]!;
        if (getComputedStyle(next).breakInside !== 'avoid' && !next.querySelector('.chart')) break;
        bottom = next.getBoundingClientRect().bottom;
      }
      return { caption: (caption.textContent ?? '').replace(/\s+/g, ''), height: bottom - top };
    }),
  );
  await page.close();
  return kept;
}

describe('print styles', () => {
  async function printPage(path: string, colorScheme: 'light' | 'dark') {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 800, height: 1100 } });
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    return { page, close: () => context.close() };
  }

  it('print no navigation, search, theme switch or screen-only controls', async () => {
    const { page, close } = await printPage('/macro/', 'light');
    const shown = await page.evaluate(() =>
      ['header.header', 'nav.sidebar', '.right-sidebar-container', 'mobile-page-toc', '.pagination-links', '.back-to-top', '.sl-anchor-link', 'button.copy-link']
        .flatMap((selector) => [...document.querySelectorAll(selector)].map((el) => [selector, el] as const))
        .filter(([, el]) => el.checkVisibility())
        .map(([selector]) => selector),
    );
    expect(shown).toEqual([]);
    expect(await page.locator('.sl-markdown-content p').first().isVisible()).toBe(true);
    await close();
  });

  it('print in the light palette when the screen is dark', async () => {
    const colours = async (scheme: 'light' | 'dark', media: 'screen' | 'print') => {
      const { page, close } = await printPage('/macro/', scheme);
      await page.emulateMedia({ media });
      const result = await page.evaluate(() => {
        const root = getComputedStyle(document.documentElement);
        return { text: getComputedStyle(document.querySelector('.sl-markdown-content p')!).color, chart: root.getPropertyValue('--chart-1'), bg: getComputedStyle(document.body).backgroundColor };
      });
      await close();
      return result;
    };
    const lightScreen = await colours('light', 'screen');
    expect(await colours('dark', 'screen')).not.toEqual(lightScreen);
    expect(await colours('dark', 'print')).toEqual(lightScreen);
  });

  it('start each chapter of the print edition on a new page, on its own named page, and keep a figure’s caption with its drawing but not the whole figure', async () => {
    const { page, close } = await printPage('/full/', 'light');
    const chapters = await page.locator('.print-chapter').evaluateAll((els) => els.map((e) => [getComputedStyle(e).breakBefore, getComputedStyle(e).page]));
    expect(chapters).toEqual(CHAPTERS.map((c) => ['page', `chapter-${c}`]));
    const figures = await page.locator('figure.report-figure').evaluateAll((els) =>
      els.map((e) => [getComputedStyle(e).breakInside, getComputedStyle(e.querySelector('figcaption')!).breakAfter, [...e.querySelectorAll('.chart')].every((c) => getComputedStyle(c).breakInside === 'avoid')]),
    );
    expect(new Set(figures.map((f) => JSON.stringify(f)))).toEqual(new Set([JSON.stringify(['auto', 'avoid', true])]));
    await close();
  });

  it('print a figure’s data table where it has at most 12 rows, and none of its other actions', async () => {
    const { page, close } = await printPage('/full/', 'light');
    const tables = await page.locator('figure.report-figure table').evaluateAll((els) => els.map((t) => ({ rows: t.querySelectorAll('tbody tr').length, shown: t.checkVisibility() })));
    expect(tables.filter((t) => t.rows <= 12).length).toBeGreaterThan(5);
    expect(tables.filter((t) => t.shown !== t.rows <= 12)).toEqual([]);
    const actions = await page.locator('.figure-action').evaluateAll((els) => els.filter((e) => !e.querySelector('table') && e.checkVisibility()).length);
    expect(actions).toBe(0);
    await close();
  });

  it('print the industry map whole: every segment open, no layer buttons', async () => {
    const { page, close } = await printPage('/full/', 'light');
    const map = page.locator('#diagram-industry-map-2024');
    await map.locator('details').first().evaluate((d) => d.removeAttribute('open'));
    expect(await map.locator('button').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length)).toBe(0);
    expect(await map.locator('details .tree-items').evaluateAll((els) => els.filter((e) => !e.checkVisibility()).length)).toBe(0);
    await close();
  });

  it('print where an external link goes', async () => {
    const { page, close } = await printPage('/preface/', 'light');
    const after = await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), { href: 'https://www.iresearch.com.cn/', textContent: '艾瑞咨询' });
      document.querySelector('.sl-markdown-content p')!.append(a);
      return getComputedStyle(a, '::after').content;
    });
    expect(after).toBe('"（https://www.iresearch.com.cn/）"');
    await close();
  });
});

describe('the print edition on screen', () => {
  // A chapter stands in at an estimated height until the reader nears it. Too low, and its content
  // would spill into the next chapter for anything that measures inside it (axe's target-size check).
  it('stands each chapter in at no less than its laid-out height, and at most 1.5 times it, from a 320 px phone to a 1920 px desktop', async () => {
    for (const width of [320, 360, 412, 480, 600, 800, 1024, 1280, 1440, 1600, 1920]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.origin}/full/`, { waitUntil: 'load' });
      const parts = await estimatedAndLaidOutHeights(page, '.print-chapter');
      expect(parts).toHaveLength(CHAPTERS.length);
      parts.forEach(({ estimate, height }, i) => {
        const ratio = estimate / height;
        expect(ratio, `${CHAPTERS[i]} at ${width} px: estimate ${estimate} px, laid out ${height} px`).toBeGreaterThanOrEqual(1);
        expect(ratio, `${CHAPTERS[i]} at ${width} px: estimate ${estimate} px, laid out ${height} px`).toBeLessThanOrEqual(1.5);
      });
      await page.close();
    }
  }, 180_000);

  it('opened at a chapter’s link, keeps that chapter’s heading at the top of the screen, on a phone and a desktop', async () => {
    for (const width of [360, 1280]) {
      for (const chapter of ['commercialization', 'cases']) {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${site.origin}/full/#chapter-${chapter}`, { waitUntil: 'load' });
        // Until the chapters near the screen are laid out and take their real heights: the heading stops moving.
        await page.waitForFunction(
          (id) => {
            const top = document.getElementById(id)!.getBoundingClientRect().top;
            const settled = top === (window as unknown as { lastTop?: number }).lastTop;
            (window as unknown as { lastTop?: number }).lastTop = top;
            return settled;
          },
          `chapter-${chapter}`,
          { polling: 250, timeout: 15_000 },
        );
        const top = await page.locator(`#chapter-${chapter}`).evaluate((h) => h.getBoundingClientRect().top);
        const header = await page.locator('.page > header').evaluate((h) => h.getBoundingClientRect().height);
        expect(top, `${chapter} at ${width} px`).toBeGreaterThanOrEqual(header);
        expect(top, `${chapter} at ${width} px`).toBeLessThan(header + 100);
        await page.close();
      }
    }
  }, 60_000);
});
