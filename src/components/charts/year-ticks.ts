import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { textWidth } from '../../lib/text/text-width.ts';

/** Room kept between neighbouring labels, in px: also covers system fonts wider than textWidth's estimate. */
const LABEL_GAP = 6;

/**
 * Tick labels for a year axis whose ticks stand `spacing` px apart: "2014年" prints as "2014"; where the
 * widest label would not fit between its neighbours, only every second (or third…) year is labelled.
 */
export function yearTicks(categories: string[], spacing: number): (label: string) => string {
  const labels = categories.map((c) => c.replace(/年$/, ''));
  const widest = Math.max(...labels.map((l) => textWidth(l, CHART_FONT_SIZE)));
  const every = Math.max(1, Math.ceil((widest + LABEL_GAP) / spacing));
  return (label) => {
    const i = categories.indexOf(label);
    return i % every === 0 ? labels[i]! : '';
  };
}
