import { parseHTML } from 'linkedom';

/** Elements that start a line of their own: each may end in a part-filled line and adds its margins. */
const BLOCKS = 'p, li, dt, dd, tr, h2, h3, h4, blockquote, figcaption, summary';

/**
 * Markup that takes no room in the running text: drawn charts (measured apart), a closed `<details>`'s
 * body, hidden text, and tooltips (a glossary term's definition shows only on hover or focus).
 */
const NOT_RUNNING_TEXT = '.chart, details > :not(summary), script, style, [hidden], .sr-only, .sl-anchor-link, [role="tooltip"]';

/** What sets the height of a run of report content (a chapter, a section), counted in its rendered HTML. */
export interface ContentExtent {
  /** Characters of running text, whitespace excluded: figures' captions, notes and diagrams included, charts and closed tables not. */
  chars: number;
  /** Block elements of that text. */
  blocks: number;
  /** Height of the charts in CSS px at their drawn size, each the taller of its variants (they only ever shrink to fit). */
  graphics: number;
}

/**
 * Counts what a print-edition chapter or a chapter section holds, so the stylesheet can estimate its
 * height before laying it out (content-visibility).
 */
export function contentExtent(html: string): ContentExtent {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  let graphics = 0;
  for (const chart of document.querySelectorAll('.chart')) {
    const drawn = [...chart.children].map((variant) =>
      [...variant.querySelectorAll('svg')].reduce((sum, svg) => sum + Number(svg.getAttribute('height') ?? 0), 0),
    );
    graphics += Math.max(0, ...drawn);
  }
  for (const element of document.querySelectorAll(NOT_RUNNING_TEXT)) element.remove();
  return {
    chars: (document.body.textContent ?? '').replace(/\s+/g, '').length,
    blocks: document.querySelectorAll(BLOCKS).length,
    graphics,
  };
}

/** The counts as the custom properties the stylesheet's estimate reads, for an element's `style`. */
export function contentExtentStyle(html: string): string {
  const { chars, blocks, graphics } = contentExtent(html);
  return `--extent-chars:${chars};--extent-blocks:${blocks};--extent-graphics:${graphics}`;
}
