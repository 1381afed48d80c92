import { extremes, told, trend } from '../../lib/data/description-phrases.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { ChartRoles, ChartTypeDefinition } from './chart-type.ts';
import { columnPanel, columnTickLabel } from './column-panel.ts';
import { valueAxisMargin } from './year-axis.ts';

type ColumnsChart = Extract<ChartSpec, { type: 'columns' }>;

const roles = (chart: ColumnsChart): ChartRoles => ({ category: chart.x, series: undefined, values: chart.values, detail: undefined });

/** Several values of the same periods read together: one column panel each, aligned on a shared x axis; each told as its range and extremes. */
export const columnsChart: ChartTypeDefinition<ColumnsChart> = {
  roles,
  panels: (dataset, chart, width) => {
    const categories = dataset.rows.map((r) => String(r[chart.x]));
    const margin = valueAxisMargin(chart.values.map((key) => columnTickLabel(dataset, key)));
    return chart.values.map((valueKey) => columnPanel({ dataset, roles: roles(chart), valueKey, categories, width, height: 190, marginLeft: margin }));
  },
  describe: (dataset, chart) => chart.values.map((key) => trend(told(dataset, key, chart.x)) + extremes(told(dataset, key, chart.x))).join(''),
};
