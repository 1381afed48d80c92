import type * as Plot from '@observablehq/plot';
import type { Dataset } from '../../schemas/dataset.ts';
import { columnPanel, columnTickLabel } from './column-panel.ts';
import { valueAxisMargin } from './year-axis.ts';

/** Several values of the same periods read together: one column panel each, aligned on a shared x axis. */
export function columnsSpec(dataset: Dataset, width: number): Plot.PlotOptions[] {
  const chart = dataset.chart;
  if (chart.type !== 'columns') throw new Error(`columnsSpec: chart type is ${chart.type}`);
  const categories = dataset.rows.map((r) => String(r[chart.x]));
  const margin = valueAxisMargin(chart.values.map((key) => columnTickLabel(dataset, key)));
  return chart.values.map((key) => columnPanel(dataset, key, categories, width, 190, margin));
}
