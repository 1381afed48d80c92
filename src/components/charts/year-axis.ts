import type * as Plot from '@observablehq/plot';
import { yearTicks } from './year-ticks.ts';

const MARGIN_LEFT = 52;
const MARGIN_RIGHT = 16;
/** Space around each column, as a share of the step from one year to the next. */
const BAND_PADDING = 0.25;

/**
 * The margins and x scale over `categories` (years) of a column or line panel `width` px wide. A
 * column panel and a line panel stacked beneath it put each year at the same x: the points sit where
 * the columns' centres do, half a column plus its padding in from each end.
 */
export function yearAxis(categories: string[], width: number, type: 'band' | 'point'): Plot.PlotOptions {
  // A band scale's range is n steps, less one inner padding, plus the outer padding at each end.
  const step = (width - MARGIN_LEFT - MARGIN_RIGHT) / (categories.length + BAND_PADDING);
  return {
    marginLeft: MARGIN_LEFT,
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
