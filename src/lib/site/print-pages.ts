/**
 * The print edition's paper: A4, its margins, and one named page (CSS `page`) per chapter, whose top
 * margin box carries the chapter's title as its running head. Chromium has no `string-set`, so the
 * running head is a page rule per chapter, written here from the chapters' titles.
 */

/** A4 and the margins the print edition's pages have, in millimetres; scripts/lib/pdf-pages.ts reads a PDF's margin boxes by them. */
export const PAPER = { width: 210, height: 297, top: 16, right: 15, bottom: 18, left: 15 } as const;

/** The named page of a chapter of the print edition, from its docs entry id ("macro" → "chapter-macro"). */
export function chapterPage(entryId: string): string {
  return `chapter-${entryId}`;
}

/** A CSS string literal of `text` (quotes and backslashes escaped, line breaks as `\a`). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/**
 * The print edition's page rules: A4 with PAPER's margins and the page number at the foot of every
 * page but the cover, and each chapter's named page with its title at the head.
 */
export function printPageRules(chapters: readonly { page: string; title: string }[]): string {
  const { top, right, bottom, left } = PAPER;
  return [
    `@page { size: A4; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; @bottom-center { content: counter(page); font: 9pt sans-serif; color: #555; } }`,
    // The cover is the first page; as a named page of its own it would be preceded by a blank one.
    `@page :first { @bottom-center { content: none; } }`,
    ...chapters.map(
      ({ page, title }) => `@page ${page} { @top-center { content: ${cssString(title)}; font: 9pt sans-serif; color: #555; } }`,
    ),
  ].join('\n');
}
