import type * as Plot from '@observablehq/plot';
import type { Dataset } from '../../schemas/dataset.ts';
import { columnPanel, columnTickLabel } from './column-panel.ts';
import { linePanel, lineTickLabel } from './line-spec.ts';
import { valueAxisMargin } from './year-axis.ts';

/**
 * A value as columns with its growth rate in an aligned panel beneath: two
 * plots with the same width, margins and x domain, so the years line up
 * without a misleading second y axis.
 */
export function barRateSpec(dataset: Dataset, width: number): Plot.PlotOptions[] {
  const chart = dataset.chart;
  if (chart.type !== 'bar-rate') throw new Error(`barRateSpec: chart type is ${chart.type}`);
  const categories = dataset.rows.map((r) => String(r[chart.x]));
  const margin = valueAxisMargin([columnTickLabel(dataset, chart.value), lineTickLabel(dataset, chart.rate)]);
  return [columnPanel(dataset, chart.value, categories, width, 220, margin), linePanel(dataset, chart.rate, categories, width, 150, margin)];
}
