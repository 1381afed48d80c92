import * as Plot from '@observablehq/plot';
import { formatValue } from '../../lib/format/format-value.ts';
import { columnHeader } from '../../lib/data/column-header.ts';
import { told, trend } from '../../lib/data/description-phrases.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { AlignedPanel, ChartRoles, ChartTypeDefinition } from './chart-type.ts';
import { chartRows, largestValue } from './chart-rows.ts';
import { isEstimate } from './is-estimate.ts';
import { seriesColor } from './series-color.ts';
import { valueAxisMargin, yearAxis } from './year-axis.ts';

type LineChart = Extract<ChartSpec, { type: 'line' }>;

const roles = (chart: LineChart): ChartRoles => ({ category: chart.x, series: undefined, values: [chart.value], detail: undefined });

/** A labelled line over ordered categories such as years; told as its range. */
export const lineChart: ChartTypeDefinition<LineChart> = {
  roles,
  panels: (dataset, chart, width) => {
    const margin = valueAxisMargin([lineTickLabel(dataset, chart.value)]);
    return [linePanel({ dataset, roles: roles(chart), valueKey: chart.value, categories: dataset.rows.map((r) => String(r[chart.x])), width, height: 200, marginLeft: margin })];
  },
  describe: (dataset, chart) => trend(told(dataset, chart.value, chart.x)),
};

/** The line panel's widest tick label, at most: its largest value with its unit. */
export function lineTickLabel(dataset: Dataset, valueKey: string): string {
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  return formatValue(largestValue(dataset, valueKey), column.unit!, 0);
}

/** One line panel; also the rate panel beneath a bar-rate chart. */
export function linePanel({ dataset, roles, valueKey, categories, width, height, marginLeft }: AlignedPanel): Plot.PlotOptions {
  const rows = chartRows(dataset, roles, valueKey);
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  const label = (r: { value: number }) => formatValue(r.value, column.unit!, column.precision);
  // A point no higher than its neighbours has the line above it on both sides: its label goes beneath,
  // unless the point is so low that the label would fall on the x axis.
  const largest = Math.max(...rows.map((r) => r.value));
  const below = new Set(
    rows.filter((r, i) => r.value >= 0.15 * largest && [rows[i - 1], rows[i + 1]].every((n) => n === undefined || n.value >= r.value)),
  );
  const text = (placeBelow: boolean) =>
    Plot.text(
      rows.filter((r) => below.has(r) === placeBelow),
      { x: 'category', y: 'value', text: width >= 480 ? label : () => '', dy: placeBelow ? 14 : -10 },
    );
  return {
    width,
    height,
    marginTop: 20,
    marginBottom: 26,
    ...yearAxis(categories, width, 'point', marginLeft),
    y: { grid: true, nice: true, zero: true, label: columnHeader(column), ticks: 4, tickFormat: (v: number) => formatValue(v, column.unit!, 0) },
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
      text(false),
      text(true),
    ],
  };
}
