import * as Plot from '@observablehq/plot';
import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { formatValue } from '../../lib/format/format-value.ts';
import { textWidth } from '../../lib/text/text-width.ts';
import { perGroup, ranking, told } from '../../lib/data/description-phrases.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { ChartRoles, ChartTypeDefinition } from './chart-type.ts';
import { categoryLabels } from './category-labels.ts';
import { chartRows, uniqueInOrder } from './chart-rows.ts';
import { seriesColor } from './series-color.ts';

const BAR = 22;

type BarChart = Extract<ChartSpec, { type: 'bar' }>;

const roles = (chart: BarChart): ChartRoles => ({ category: chart.category, series: chart.series, values: [chart.value], detail: chart.detail });

/** Horizontal bars in the report's category order; with series, grouped bars per category. */
function panels(dataset: Dataset, chart: BarChart, width: number): Plot.PlotOptions[] {
  const rows = chartRows(dataset, roles(chart));
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

/** Bars: each series' items ranked, highest, next and lowest, ties told as one. */
export const barChart: ChartTypeDefinition<BarChart> = {
  roles,
  panels,
  describe: (dataset, chart) => perGroup(dataset, chart.series, (rows) => ranking(told(dataset, chart.value, chart.category, rows))),
};
