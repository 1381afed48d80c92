import type { Dataset } from '../../schemas/dataset.ts';
import { formatValue } from '../format/format-value.ts';
import { cellValue } from './cell-value.ts';
import { categoryText } from './year-column.ts';

interface Point {
  label: string;
  value: number;
}

/**
 * A short text description of what a figure shows (range, peak, trend), written
 * from its data so that it cannot drift from the chart: the figure's text
 * alternative for readers who do not see the chart.
 */
export function describeDataset(dataset: Dataset): string {
  const chart = dataset.chart;
  const column = (key: string) => dataset.columns.find((c) => c.key === key)!;
  const fmt = (key: string) => (v: number) => formatValue(v, column(key).unit!, column(key).precision);
  const points = (key: string, labelKey: string, rows = dataset.rows): Point[] =>
    rows
      .map((row) => ({ label: categoryText(labelKey, String(row[labelKey])), value: cellValue(row[key]) }))
      .filter((p) => !Number.isNaN(p.value));

  switch (chart.type) {
    case 'line':
      return trend(points(chart.value, chart.x), column(chart.value).label, fmt(chart.value));
    case 'bar-rate':
      return [
        trend(points(chart.value, chart.x), column(chart.value).label, fmt(chart.value)),
        extremes(points(chart.rate, chart.x), column(chart.rate).label, fmt(chart.rate)),
      ].join('');
    case 'columns':
      return chart.values
        .map((key) => [trend(points(key, chart.x), column(key).label, fmt(key)), extremes(points(key, chart.x), column(key).label, fmt(key))].join(''))
        .join('');
    case 'bar':
      return groups(dataset.rows, chart.series, (rows) => ranking(points(chart.value, chart.category, rows), fmt(chart.value)));
    case 'stack':
      return groups(dataset.rows, chart.category, (rows) => ranking(points(chart.value, chart.series, rows), fmt(chart.value)));
  }
}

function trend(points: Point[], name: string, fmt: (v: number) => string): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const verb = last.value >= first.value ? '增至' : '降至';
  return `${first.label}至${last.label}，${name}从${fmt(first.value)}${verb}${fmt(last.value)}。`;
}

function extremes(points: Point[], name: string, fmt: (v: number) => string): string {
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  return `${name}最高为${top.label}的${fmt(top.value)}，最低为${bottom.label}的${fmt(bottom.value)}。`;
}

function ranking(points: Point[], fmt: (v: number) => string): string {
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  if (sorted.length === 2) return `${top.label}${fmt(top.value)}，${bottom.label}${fmt(bottom.value)}。`;
  const second = sorted[1]!;
  return `共${points.length}项，最高为${top.label}（${fmt(top.value)}），其次为${second.label}（${fmt(second.value)}），最低为${bottom.label}（${fmt(bottom.value)}）。`;
}

/** Describes each group of rows (per series or per category) in turn, or all rows at once. */
function groups(
  rows: Dataset['rows'],
  key: string | undefined,
  describe: (rows: Dataset['rows']) => string,
): string {
  if (key === undefined) return describe(rows);
  const names = [...new Set(rows.map((r) => String(r[key])))];
  return names.map((name) => `${categoryText(key, name)}：${describe(rows.filter((r) => String(r[key]) === name))}`).join('');
}
