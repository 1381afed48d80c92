import type { Dataset } from '../../schemas/dataset.ts';
import { hasDerived } from '../../lib/data/has-derived.ts';
import { categoryText } from '../../lib/data/year-column.ts';
import { isEstimate } from './is-estimate.ts';
import { chartRoles } from './chart-types.ts';
import { seriesColor } from './series-color.ts';

/** A chart's series in drawing order, each with its colour: its legend, where it has more than one. */
export function chartLegend(dataset: Dataset): { name: string; colour: string }[] {
  const { series } = chartRoles(dataset.chart);
  const names = series ? [...new Set(dataset.rows.map((r) => categoryText(series, String(r[series]))))] : [];
  return names.length > 1 ? names.map((name, i) => ({ name, colour: seriesColor(i) })) : [];
}

/** What the chart's styles mean, said only where the chart uses them (shown under the chart). */
export function chartKey(dataset: Dataset): string {
  const { category: categoryKey } = chartRoles(dataset.chart);
  const key = [
    categoryKey && dataset.rows.some((r) => isEstimate(String(r[categoryKey]))) ? '浅色为预测值（年份后标 e）' : '',
    hasDerived(dataset) ? '虚线框为推算值，推算方法见数据表' : '',
  ].filter(Boolean);
  return key.length > 0 ? `${key.join('；')}。` : '';
}
