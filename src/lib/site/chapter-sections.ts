import { parseHTML } from 'linkedom';
import { contentExtentStyle } from './content-extent.ts';
import { CHAPTER_SECTION_CLASS } from './skipped-parts.ts';

/** How a chapter section opens in the rendered HTML: the rehype plugin writes exactly this, with no other attribute. */
const SECTION_OPEN = `<section class="${CHAPTER_SECTION_CLASS}">`;

/**
 * Gives each chapter section of a page's rendered content the counts of what it holds
 * (lib/site/content-extent.ts) as custom properties, from which the stylesheet estimates its height
 * while it is skipped off screen. Only the sections' opening tags change; the rest passes through byte
 * for byte. Throws when the sections found by parsing and the opening tags found in the text disagree,
 * as the counts would then land on the wrong sections.
 */
export function withSectionExtents(html: string): string {
  const pieces = html.split(SECTION_OPEN);
  if (pieces.length === 1) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const sections = [...document.querySelectorAll(`section.${CHAPTER_SECTION_CLASS}`)];
  if (sections.length !== pieces.length - 1) {
    throw new Error(`withSectionExtents: ${sections.length} chapter sections parsed but ${pieces.length - 1} opening tags ${JSON.stringify(SECTION_OPEN)} found; the sections must be written by plugins/rehype-chapter-sections.ts alone.`);
  }
  return pieces.reduce((out, piece, i) => `${out}<section class="${CHAPTER_SECTION_CLASS}" style="${contentExtentStyle(sections[i - 1]!.innerHTML)}">${piece}`);
}
