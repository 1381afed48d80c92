import * as Plot from '@observablehq/plot';
import { formatValue } from '../../lib/format/format-value.ts';
import { textWidth } from '../../lib/text/text-width.ts';
import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { perGroup, ranking, told } from '../../lib/data/description-phrases.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { ChartRoles, ChartTypeDefinition } from './chart-type.ts';
import { categoryLabels } from './category-labels.ts';
import { chartRows, uniqueInOrder } from './chart-rows.ts';
import { seriesColor } from './series-color.ts';

const BAR = 34;

type StackChart = Extract<ChartSpec, { type: 'stack' }>;

const roles = (chart: StackChart): ChartRoles => ({ category: chart.category, series: chart.series, values: [chart.value], detail: undefined });

/** Bars stacked to 100%, one per category, each part labelled where it is wide enough. */
function panels(dataset: Dataset, chart: StackChart, width: number): Plot.PlotOptions[] {
  const rows = chartRows(dataset, roles(chart));
  const column = dataset.columns.find((c) => c.key === chart.value)!;
  const categories = uniqueInOrder(rows.map((r) => r.category));
  const series = uniqueInOrder(rows.map((r) => r.series));
  const labels = categoryLabels(categories, width * 0.3);
  const marginLeft = categories.length > 1 ? labels.margin : 10;
  const plotWidth = width - marginLeft - 20;
  const text = (r: { value: number }) => {
    const t = formatValue(r.value, '%', column.precision);
    return textWidth(t, CHART_FONT_SIZE) + 6 < (r.value / 100) * plotWidth ? t : '';
  };
  const stack = { x: 'value', y: 'category', z: 'series', order: series, offset: 'normalize' } as const;
  return [
    {
      width,
      height: categories.length * Math.max(BAR, labels.lines * (CHART_FONT_SIZE + 2)) + 40,
      marginLeft,
      marginRight: 20,
      marginTop: 4,
      marginBottom: 26,
      x: { percent: true, label: null, tickFormat: (v: number) => `${v}%`, ticks: 5 },
      y: { domain: categories, label: null, tickFormat: labels.tickFormat, axis: categories.length > 1 ? 'left' : null, padding: 0.2 },
      color: { domain: series, range: series.map((_, i) => seriesColor(i)) },
      marks: [
        Plot.barX(rows, Plot.stackX({ ...stack, fill: 'series', title: 'tip' })),
        Plot.text(rows, Plot.stackX({ ...stack, text, fill: 'var(--chart-on-fill)' })),
      ],
    },
  ];
}

/** Stacked shares: each whole's parts ranked, highest, next and lowest. */
export const stackChart: ChartTypeDefinition<StackChart> = {
  roles,
  panels,
  describe: (dataset, chart) => perGroup(dataset, chart.category, (rows) => ranking(told(dataset, chart.value, chart.series, rows))),
};
