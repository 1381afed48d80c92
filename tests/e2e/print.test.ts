import { beforeAll, describe, expect, it } from 'vitest';
import { estimatedAndLaidOutHeights } from '../helpers/browser.ts';
import { distInChromium } from '../helpers/dist-in-chromium.ts';
import { readPage } from '../helpers/dist.ts';

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

describe('the print edition /full/ saved as PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    // The reader's screen is in dark mode: the paper must still come out light.
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.origin}/full/`, { waitUntil: 'networkidle' });
    // A tagged PDF, which Chromium needs to write the outline from the headings.
    pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
    await context.close();
  }, 120_000);

  it('has a sane number of A4 pages', () => {
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)!.length;
    console.log(`full/ as PDF: ${pages} A4 pages, ${(pdf.length / 1e6).toFixed(1)} MB`);
    // At least a title page plus one page per chapter, each chapter starting a new page; the original
    // report has about 70 slides, so far more than twice that means broken layout (a figure or a
    // scrolled box per page, navigation printed).
    expect(pages).toBeGreaterThan(CHAPTERS.length + 1);
    expect(pages).toBeLessThan(150);
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
});

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

  it('start each chapter of the print edition on a new page and keep figures whole', async () => {
    const { page, close } = await printPage('/full/', 'light');
    const breaks = await page.locator('.print-chapter').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(CHAPTERS.map(() => 'page'));
    const splittable = await page.locator('figure.report-figure').evaluateAll((els) => els.filter((e) => getComputedStyle(e).breakInside !== 'avoid').length);
    expect(splittable).toBe(0);
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
        // Long enough for the chapters near the screen to be laid out and take their real heights.
        await page.waitForTimeout(1000);
        const top = await page.locator(`#chapter-${chapter}`).evaluate((h) => h.getBoundingClientRect().top);
        const header = await page.locator('.page > header').evaluate((h) => h.getBoundingClientRect().height);
        expect(top, `${chapter} at ${width} px`).toBeGreaterThanOrEqual(header);
        expect(top, `${chapter} at ${width} px`).toBeLessThan(header + 100);
        await page.close();
      }
    }
  }, 60_000);
});
