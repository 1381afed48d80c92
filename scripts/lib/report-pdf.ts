import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PRINT_EDITION } from '../../src/lib/site/print-edition.ts';
import { baseRoot } from '../../src/lib/site/with-base.ts';
import { launchChromium } from './chromium.ts';
import { pageTexts, squeeze } from './pdf-pages.ts';
import { serveStatic } from './static-server.ts';

/** What Chromium is asked for: A4 as the page's own @page rules set it, bookmarks from the headings (a tagged PDF), no header or footer of its own. */
const PDF_OPTIONS = { format: 'A4', outline: true, tagged: true, displayHeaderFooter: false, preferCSSPageSize: true, printBackground: true } as const;

/** A chapter in the contents: its heading and the page it starts on (1 is the cover). */
interface ContentsEntry {
  heading: string;
  page: number;
}

/**
 * The page each chapter starts on in a printed PDF: the first page whose running head (the chapter's
 * named page, lib/site/print-pages.ts) is that chapter's title.
 */
function chapterStarts(pdf: string, headings: string[]): ContentsEntry[] {
  const heads = pageTexts(pdf, 'head').map(squeeze);
  return headings.map((heading) => {
    const index = heads.indexOf(squeeze(heading));
    if (index < 0) throw new Error(`${pdf}: no page is headed “${heading}”; the chapter's running head is missing`);
    return { heading, page: index + 1 };
  });
}

/** The print edition's chapter headings as the page has them, each with its contents entry's page-number slot. */
async function contentsHeadings(page: Page): Promise<string[]> {
  return page.$$eval('[data-contents-page]', (slots) =>
    slots.map((slot) => document.getElementById(slot.getAttribute('data-contents-page') ?? '')?.textContent?.trim() ?? ''),
  );
}

/**
 * Links to the site's other pages, which Chromium prints as absolute URLs of the loopback server the
 * edition is printed from, made to point at the site itself (the page's canonical origin); links within
 * the edition stay the PDF's own.
 */
async function linkToSite(page: Page): Promise<void> {
  await page.$$eval('a[href]', (links) => {
    const site = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href).origin;
    for (const link of links as HTMLAnchorElement[]) {
      const url = new URL(link.href);
      if (url.origin === location.origin && url.pathname !== location.pathname) link.href = `${site}${url.pathname}${url.search}${url.hash}`;
    }
  });
}

/**
 * Prints the built site's print edition (/full/ of `dist`, served under `base` on a loopback port) with
 * Chromium to `out`, in two passes: the first finds the page each chapter starts on, which is written
 * into the contents (Chromium has no target-counter()); the second prints with those numbers. The numbers
 * take room reserved for them, so they move nothing; if they did, it fails rather than print a wrong one:
 * `out` is written only once both passes agree.
 */
export async function printReportPdf({ dist, base = '/', out }: { dist: string; base?: string; out: string }): Promise<{
  pages: number;
  bytes: number;
  contents: ContentsEntry[];
}> {
  const { origin, server } = await serveStatic(dist, baseRoot(base));
  const draft = `${out}.draft`;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${origin}${baseRoot(base)}${PRINT_EDITION.id}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await linkToSite(page);
    const headings = await contentsHeadings(page);

    writeFileSync(draft, await page.pdf(PDF_OPTIONS));
    const contents = chapterStarts(draft, headings);
    await page.$$eval(
      '[data-contents-page]',
      (slots, numbers) => slots.forEach((slot, i) => (slot.textContent = String(numbers[i]))),
      contents.map((c) => c.page),
    );

    const pdf = await page.pdf(PDF_OPTIONS);
    writeFileSync(draft, pdf);
    const moved = chapterStarts(draft, headings).filter((c, i) => c.page !== contents[i]!.page);
    if (moved.length > 0) throw new Error(`${out}: writing the contents' page numbers moved ${moved.map((c) => c.heading).join('、')}`);
    const pages = pageTexts(draft, 'foot').length;
    renameSync(draft, out);
    return { pages, bytes: pdf.length, contents };
  } finally {
    rmSync(draft, { force: true });
    await browser?.close();
    server.close();
  }
}
