import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../lib/format/format-value.ts';
import { columnHeader } from '../../lib/data/column-header.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { AlignedPanel } from './chart-type.ts';
import { chartRows, largestValue } from './chart-rows.ts';
import { isEstimate } from './is-estimate.ts';
import { seriesColor } from './series-color.ts';
import { BAND_PADDING, yearAxis, yearStep } from './year-axis.ts';
import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { textWidth } from '../../lib/text/text-width.ts';

/**
 * One panel of columns over an ordered x domain shared with the panels around it.
 * Estimates ("2025e") are drawn lighter and derived values with a dashed outline.
 */
export function columnPanel({ dataset, roles, valueKey, categories, width, height, marginLeft }: AlignedPanel): Plot.PlotOptions {
  const rows = chartRows(dataset, roles, valueKey);
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  const label = (r: { value: number }) => formatNumber(r.value, column.precision);
  // Every column labelled where the labels fit above the columns; else the first and the last, the span the description tells.
  const band = yearStep(categories, width, marginLeft) * (1 - BAND_PADDING);
  const fits = Math.max(...rows.map((r) => textWidth(label(r), CHART_FONT_SIZE))) + 4 <= band;
  const labelled = fits ? rows : [rows[0]!, rows.at(-1)!];
  return {
    width,
    height,
    marginTop: 22,
    marginBottom: 26,
    ...yearAxis(categories, width, 'band', marginLeft),
    y: { grid: true, nice: true, ticks: 4, label: columnHeader(column), tickFormat: (v: number) => formatNumber(v) },
    marks: [
      Plot.barY(rows, {
        x: 'category',
        y: 'value',
        fill: seriesColor(0),
        fillOpacity: (r) => (isEstimate(r.category) ? 0.5 : 1),
        stroke: (r) => (r.derived ? 'currentColor' : 'none'),
        strokeDasharray: '3,2',
        title: 'tip',
      }),
      Plot.text(labelled, { x: 'category', y: 'value', text: width >= 480 ? label : () => '', dy: -8 }),
      Plot.ruleY([0]),
    ],
  };
}

/** The column panel's widest tick label, at most: its largest value. */
export function columnTickLabel(dataset: Dataset, valueKey: string): string {
  return formatNumber(largestValue(dataset, valueKey));
}
