import { parseHTML } from 'linkedom';

/** Elements that skip layout while off screen and stand in at a fixed height (styles/report.css). */
export const SKIPPED_WHILE_OFF_SCREEN = ".report-figure, .report-diagram:not([data-kind='tree']), .cagr-formula";

/** Elements that start a line of their own: each may end in a part-filled line and adds its margins. */
const BLOCKS = 'p, li, dt, dd, tr, h2, h3, h4, blockquote, figcaption, summary';

/** What sets a chapter's height, counted in its rendered HTML. */
export interface ChapterExtent {
  /** Characters of text outside the figures, whitespace excluded. */
  chars: number;
  /** Block elements outside the figures. */
  blocks: number;
  /** Figures, diagrams and formulas that stand in at a fixed height while off screen. */
  figures: number;
}

/**
 * Counts what a print-edition chapter holds, so its stylesheet can estimate the chapter's height
 * before laying it out (content-visibility); a tree diagram is laid out with the text, so it counts as text.
 */
export function chapterExtent(html: string): ChapterExtent {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const figures = [...document.querySelectorAll(SKIPPED_WHILE_OFF_SCREEN)].filter((el) => !el.parentElement?.closest(SKIPPED_WHILE_OFF_SCREEN));
  for (const figure of figures) figure.remove();
  return {
    chars: (document.body.textContent ?? '').replace(/\s+/g, '').length,
    blocks: document.querySelectorAll(BLOCKS).length,
    figures: figures.length,
  };
}
