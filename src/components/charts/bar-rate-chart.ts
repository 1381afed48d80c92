import { extremes, told, trend } from '../../lib/data/description-phrases.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { ChartRoles, ChartTypeDefinition } from './chart-type.ts';
import { columnPanel, columnTickLabel } from './column-panel.ts';
import { linePanel, lineTickLabel } from './line-chart.ts';
import { valueAxisMargin } from './year-axis.ts';

type BarRateChart = Extract<ChartSpec, { type: 'bar-rate' }>;

const roles = (chart: BarRateChart): ChartRoles => ({ category: chart.x, series: undefined, values: [chart.value, chart.rate], detail: undefined });

/**
 * A value as columns with its growth rate in an aligned panel beneath: two plots with the same width,
 * margins and x domain, so the years line up without a misleading second y axis. Told as the value's
 * range and the rate's extremes.
 */
export const barRateChart: ChartTypeDefinition<BarRateChart> = {
  roles,
  panels: (dataset, chart, width) => {
    const categories = dataset.rows.map((r) => String(r[chart.x]));
    const margin = valueAxisMargin([columnTickLabel(dataset, chart.value), lineTickLabel(dataset, chart.rate)]);
    const frame = { dataset, roles: roles(chart), categories, width, marginLeft: margin };
    return [columnPanel({ ...frame, valueKey: chart.value, height: 220 }), linePanel({ ...frame, valueKey: chart.rate, height: 150 })];
  },
  describe: (dataset, chart) => trend(told(dataset, chart.value, chart.x)) + extremes(told(dataset, chart.rate, chart.x)),
};
