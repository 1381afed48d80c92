import { cellValue, derivedNote } from '../../lib/data/cell-value.ts';
import { categoryText } from '../../lib/data/year-column.ts';
import { formatValue } from '../../lib/format/format-value.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { ChartRoles } from './chart-type.ts';

/** A dataset row as the chart specs draw it: resolved numbers and a tooltip text. */
export interface ChartRow {
  category: string;
  series: string;
  value: number;
  derived: boolean;
  tip: string;
}

/**
 * Flattens a dataset into ChartRows for the columns its chart's roles name. `valueKey` picks one of its
 * value columns (the rate of a bar-rate chart) in its own unit; default the first.
 */
export function chartRows(dataset: Dataset, roles: ChartRoles, valueKey = roles.values[0]!): ChartRow[] {
  const { category: categoryKey, series: seriesKey, detail: detailKey } = roles;
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  // Rows where the report gives no value for this column are not drawn.
  const rows = dataset.rows.filter((row) => !Number.isNaN(cellValue(row[column.key])));
  return rows.map((row) => {
    const cell = row[column.key];
    const value = cellValue(cell);
    const derived = derivedNote(cell) !== undefined;
    const category = categoryKey ? String(row[categoryKey]) : '';
    const series = seriesKey ? String(row[seriesKey]) : '';
    const detail = detailKey && row[detailKey] ? `（${row[detailKey]}）` : '';
    const name = [categoryKey && categoryText(categoryKey, category), seriesKey && categoryText(seriesKey, series)].filter(Boolean).join(' · ');
    const exact = formatValue(value, column.unit!, column.precision);
    const tip = `${name}${detail}：${exact}${derived ? '（推算值）' : ''}`;
    return { category, series, value, derived, tip };
  });
}

/** The largest value a column draws: what its axis must reach. */
export function largestValue(dataset: Dataset, valueKey: string): number {
  return Math.max(...dataset.rows.map((row) => cellValue(row[valueKey])).filter((v) => !Number.isNaN(v)));
}

/** Distinct values in first-seen order: the report's order, kept on the axis. */
export function uniqueInOrder(values: string[]): string[] {
  return [...new Set(values)];
}
