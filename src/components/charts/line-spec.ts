import * as Plot from '@observablehq/plot';
import { formatValue } from '../../lib/format/format-value.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { chartRows } from './chart-rows.ts';
import { isEstimate } from './is-estimate.ts';
import { seriesColor } from './series-color.ts';
import { yearAxis } from './year-axis.ts';

/** A labelled line over ordered categories such as years. */
export function lineSpec(dataset: Dataset, width: number): Plot.PlotOptions[] {
  const chart = dataset.chart;
  if (chart.type !== 'line') throw new Error(`lineSpec: chart type is ${chart.type}`);
  return [linePanel(dataset, chart.value, dataset.rows.map((r) => String(r[chart.x])), width, 200)];
}

/** One line panel; also the rate panel beneath a bar-rate chart. */
export function linePanel(
  dataset: Dataset,
  valueKey: string,
  categories: string[],
  width: number,
  height: number,
): Plot.PlotOptions {
  const rows = chartRows(dataset, valueKey);
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  const label = (r: { value: number }) => formatValue(r.value, column.unit!, column.precision);
  return {
    width,
    height,
    marginTop: 20,
    marginBottom: 26,
    ...yearAxis(categories, width, 'point'),
    y: { grid: true, nice: true, zero: true, label: null, ticks: 4, tickFormat: (v: number) => formatValue(v, column.unit!, 0) },
    marks: [
      Plot.lineY(rows, { x: 'category', y: 'value', stroke: seriesColor(1), strokeWidth: 2 }),
      Plot.dot(rows, {
        x: 'category',
        y: 'value',
        stroke: seriesColor(1),
        fill: (r) => (isEstimate(r.category) ? 'var(--sl-color-bg)' : seriesColor(1)),
        strokeWidth: 2,
        r: 4,
        title: 'tip',
      }),
      Plot.text(rows, { x: 'category', y: 'value', text: width >= 480 ? label : () => '', dy: -10 }),
    ],
  };
}
