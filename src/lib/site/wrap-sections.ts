import { parseHTML } from 'linkedom';
import { contentExtentStyle } from './content-extent.ts';

/** How Starlight opens a level-2 heading in rendered Markdown: the heading and its anchor link in a wrapper. */
const SECTION_START = '<div class="sl-heading-wrapper level-h2">';

/**
 * Wraps each level-2 heading of a page's rendered Markdown, and everything up to the next one, in a
 * `<section class="chapter-section">` that carries its content's counts (lib/site/content-extent.ts) as
 * custom properties, so the stylesheet can skip laying out sections off screen at an estimated height.
 * The HTML is cut at the headings' own markers and otherwise passed through byte for byte.
 * Content whose level-2 headings all sit inside other markup (the print edition's chapters, which skip
 * layout themselves) is passed through; throws when only some do, as a section cut at a nested heading
 * would not be well formed.
 */
export function wrapSections(html: string): string {
  const starts = [...html.matchAll(new RegExp(SECTION_START, 'g'))].map((match) => match.index);
  if (starts.length === 0) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const topLevel = document.querySelectorAll('body > .sl-heading-wrapper.level-h2').length;
  if (topLevel === 0) return html;
  if (topLevel !== starts.length) {
    throw new Error(`wrapSections: ${starts.length - topLevel} of ${starts.length} level-2 headings are nested in other markup; chapter sections can only start at the top level of a page's content.`);
  }
  const ends = [...starts.slice(1), html.length];
  const sections = starts.map((start, i) => {
    const body = html.slice(start, ends[i]);
    return `<section class="chapter-section" style="${contentExtentStyle(body)}">${body}</section>`;
  });
  return html.slice(0, starts[0]) + sections.join('');
}
