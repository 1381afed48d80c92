import type * as Plot from '@observablehq/plot';
import type { ChartSpec, ChartType } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { barRateChart } from './bar-rate-chart.ts';
import { barChart } from './bar-chart.ts';
import type { ChartRoles, ChartTypeDefinition } from './chart-type.ts';
import { columnsChart } from './columns-chart.ts';
import { lineChart } from './line-chart.ts';
import { stackChart } from './stack-chart.ts';

/**
 * Every chart type, by the `chart.type` a dataset names (schemas/chart.ts). A type added to the schema
 * and not here fails type checking; its module is the one place that knows how it is drawn and told.
 */
const CHART_TYPES: { [T in ChartType]: ChartTypeDefinition<Extract<ChartSpec, { type: T }>> } = {
  bar: barChart,
  stack: stackChart,
  line: lineChart,
  'bar-rate': barRateChart,
  columns: columnsChart,
};

// The one place a chart spec meets its type's definition: TypeScript cannot relate CHART_TYPES[chart.type] to chart's own variant.
const definitionOf = (chart: ChartSpec) => CHART_TYPES[chart.type] as ChartTypeDefinition<ChartSpec>;

/** Which column of a dataset plays which part in its chart. */
export function chartRoles(chart: ChartSpec): ChartRoles {
  return definitionOf(chart).roles(chart);
}

/** The Plot options of a dataset's chart at a given width: one panel, or aligned panels. */
export function chartPanels(dataset: Dataset, width: number): Plot.PlotOptions[] {
  return definitionOf(dataset.chart).panels(dataset, dataset.chart, width);
}

/** A short description of what a figure shows, from its data: the figure's text alternative. */
export function describeDataset(dataset: Dataset): string {
  return definitionOf(dataset.chart).describe(dataset, dataset.chart);
}
