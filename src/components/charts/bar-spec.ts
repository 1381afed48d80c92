import * as Plot from '@observablehq/plot';
import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { formatValue } from '../../lib/format/format-value.ts';
import { textWidth } from '../../lib/text/text-width.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { categoryLabels } from './category-labels.ts';
import { chartRows, uniqueInOrder } from './chart-rows.ts';
import { seriesColor } from './series-color.ts';

const BAR = 22;

/** Horizontal bars in the report's category order; with series, grouped bars per category. */
export function barSpec(dataset: Dataset, width: number): Plot.PlotOptions[] {
  const chart = dataset.chart;
  if (chart.type !== 'bar') throw new Error(`barSpec: chart type is ${chart.type}`);
  const rows = chartRows(dataset);
  const column = dataset.columns.find((c) => c.key === chart.value)!;
  const label = (v: number) => formatValue(v, column.unit!, column.precision);
  const categories = uniqueInOrder(rows.map((r) => r.category));
  const series = uniqueInOrder(rows.map((r) => r.series));
  const labels = categoryLabels(categories, width * 0.36);
  const valueRoom = Math.max(...rows.map((r) => textWidth(label(r.value), CHART_FONT_SIZE))) + 8;
  const perCategory = Math.max(series.length * BAR, labels.lines * (CHART_FONT_SIZE + 2)) + 10;
  const fill = series.length > 1 ? (r: { series: string }) => seriesColor(series.indexOf(r.series)) : seriesColor(0);
  return [
    {
      width,
      height: categories.length * perCategory + 30,
      marginLeft: labels.margin,
      marginRight: valueRoom,
      marginTop: 4,
      marginBottom: 26,
      x: { grid: true, nice: true, label: null, tickFormat: (v: number) => (column.unit === '%' ? `${v}%` : String(v)), ticks: width < 400 ? 3 : 5 },
      y: { domain: series, axis: null, padding: 0.12 },
      fy: { domain: categories, label: null, tickFormat: labels.tickFormat, padding: 0.12 },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'series', fy: 'category', fill, title: 'tip' }),
        Plot.text(rows, { x: 'value', y: 'series', fy: 'category', text: (r) => label(r.value), dx: 4, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    },
  ];
}
