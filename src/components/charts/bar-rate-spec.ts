import * as Plot from '@observablehq/plot';
import { scaleUnit } from '../../lib/format/scale-unit.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { chartRows } from './chart-rows.ts';
import { linePanel } from './line-spec.ts';
import { seriesColor } from './series-color.ts';
import { yearTicks } from './year-ticks.ts';

/**
 * A value as columns with its growth rate in an aligned panel beneath: two
 * plots with the same width and margins, so the years line up without a
 * misleading second y axis.
 */
export function barRateSpec(dataset: Dataset, width: number): Plot.PlotOptions[] {
  const chart = dataset.chart;
  if (chart.type !== 'bar-rate') throw new Error(`barRateSpec: chart type is ${chart.type}`);
  const rows = chartRows(dataset);
  const column = dataset.columns.find((c) => c.key === chart.value)!;
  const categories = rows.map((r) => r.category);
  const axis = scaleUnit(column.unit!, Math.max(...rows.map((r) => r.value)));
  // Bar labels in the axis unit (万亿元 for GDP) stay short enough to sit above each column.
  const label = (r: { value: number }) => (r.value / axis.divisor).toFixed(axis.divisor > 1 ? 1 : column.precision);
  const bars: Plot.PlotOptions = {
    width,
    height: 220,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 22,
    marginBottom: 26,
    x: { domain: categories, label: null, tickFormat: yearTicks(categories, width), padding: 0.25 },
    y: { grid: true, nice: true, ticks: 4, label: axis.unit, tickFormat: (v: number) => String(v / axis.divisor) },
    marks: [
      Plot.barY(rows, { x: 'category', y: 'value', fill: seriesColor(0), fillOpacity: (r) => (r.derived ? 0.55 : 1), title: 'tip' }),
      Plot.text(rows, { x: 'category', y: 'value', text: width >= 480 ? label : () => '', dy: -8, fontSize: 10 }),
      Plot.ruleY([0]),
    ],
  };
  return [bars, linePanel(dataset, chart.rate, width, 150)];
}
