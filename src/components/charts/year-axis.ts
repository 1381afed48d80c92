import type * as Plot from '@observablehq/plot';
import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { textWidth } from '../../lib/text/text-width.ts';
import { yearTicks } from './year-ticks.ts';

const MARGIN_LEFT = 52;
const MARGIN_RIGHT = 16;
/** Space around each column, as a share of the step from one year to the next. */
export const BAND_PADDING = 0.25;

/**
 * The left margin that holds the value axis's tick labels, the widest of which is no wider than the
 * widest of `labels` (the panels' largest values, as printed): panels stacked on one x axis share it.
 */
export function valueAxisMargin(labels: string[]): number {
  return Math.max(MARGIN_LEFT, ...labels.map((label) => Math.ceil(textWidth(label, CHART_FONT_SIZE)) + 18));
}

/** The distance from one year to the next on a panel `width` px wide. */
export function yearStep(categories: string[], width: number, marginLeft = MARGIN_LEFT): number {
  // A band scale's range is n steps, less one inner padding, plus the outer padding at each end.
  return (width - marginLeft - MARGIN_RIGHT) / (categories.length + BAND_PADDING);
}

/**
 * The margins and x scale over `categories` (years) of a column or line panel `width` px wide. A
 * column panel and a line panel stacked beneath it put each year at the same x: the points sit where
 * the columns' centres do, half a column plus its padding in from each end.
 */
export function yearAxis(categories: string[], width: number, type: 'band' | 'point', marginLeft = MARGIN_LEFT): Plot.PlotOptions {
  const step = yearStep(categories, width, marginLeft);
  return {
    marginLeft,
    marginRight: MARGIN_RIGHT,
    x: {
      type,
      domain: categories,
      label: null,
      tickFormat: yearTicks(categories, step),
      padding: type === 'band' ? BAND_PADDING : BAND_PADDING + (1 - BAND_PADDING) / 2,
    },
  };
}
