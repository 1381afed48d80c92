import * as Plot from '@observablehq/plot';
import { scaleUnit } from '../../lib/format/scale-unit.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { chartRows } from './chart-rows.ts';
import { isEstimate } from './is-estimate.ts';
import { seriesColor } from './series-color.ts';
import { yearAxis } from './year-axis.ts';

/**
 * One panel of columns over an ordered x domain shared with the panels around it.
 * Estimates ("2025e") are drawn lighter and derived values with a dashed outline.
 */
export function columnPanel(
  dataset: Dataset,
  valueKey: string,
  categories: string[],
  width: number,
  height: number,
): Plot.PlotOptions {
  const rows = chartRows(dataset, valueKey);
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  // A larger unit only when the axis reaches ten of it: GDP in 万亿元, but 1707–10863亿元 stays in 亿元.
  const axis = scaleUnit(column.unit!, Math.max(...rows.map((r) => r.value)) / 10);
  // Labels in the axis unit stay short enough to sit above each column.
  const label = (r: { value: number }) => {
    const v = r.value / axis.divisor;
    return axis.divisor === 1 ? v.toFixed(column.precision) : v.toFixed(v < 1 ? 2 : 1);
  };
  return {
    width,
    height,
    marginTop: 22,
    marginBottom: 26,
    ...yearAxis(categories, width, 'band'),
    y: { grid: true, nice: true, ticks: 4, label: `${column.label}（${axis.unit}）`, tickFormat: (v: number) => String(v / axis.divisor) },
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
      Plot.text(rows, { x: 'category', y: 'value', text: width >= 480 ? label : () => '', dy: -8, fontSize: 10 }),
      Plot.ruleY([0]),
    ],
  };
}
