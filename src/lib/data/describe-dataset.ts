import type { Dataset } from '../../schemas/dataset.ts';
import { formatValue } from '../format/format-value.ts';
import { textWidth } from '../text/text-width.ts';
import { cellValue } from './cell-value.ts';
import { categoryText, YEAR_KEY } from './year-column.ts';

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
      .map((row) => {
        const label = categoryText(labelKey, String(row[labelKey]));
        return { label: labelKey === YEAR_KEY ? label : quoted(label), value: cellValue(row[key]) };
      })
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

/**
 * A category as a sentence names it: a long label or one with its own punctuation (an answer such as
 * 我很了解AI是什么, an event, 正面（惊喜、期待）) in quotation marks, so 最高 and 次之 read as ours.
 */
function quoted(label: string): string {
  return /[，、（）：；]/.test(label) || textWidth(label, 1) > 8 ? `“${label}”` : label;
}

function trend(points: Point[], name: string, fmt: (v: number) => string): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const verb = last.value > first.value ? '增至' : last.value < first.value ? '降至' : '持平于';
  return `${first.label}至${last.label}，${name}从${fmt(first.value)}${verb}${fmt(last.value)}。`;
}

/** Points sharing one value, largest value first: a tie is one group, told as one. */
function byValue(points: Point[]): Point[][] {
  const values = [...new Set(points.map((p) => p.value))].sort((a, b) => b - a);
  return values.map((value) => points.filter((p) => p.value === value));
}

/** "2021年最高（8.4%）", or for a tie "文娱消费与医疗并列最高（均为65次）". */
function told(group: Point[], rank: string, fmt: (v: number) => string): string {
  const value = fmt(group[0]!.value);
  if (group.length === 1) return `${group[0]!.label}${rank}（${value}）`;
  const names = group.length === 2 ? `${group[0]!.label}与${group[1]!.label}` : group.map((p) => p.label).join('、');
  return `${names}并列${rank}（均为${value}）`;
}

function extremes(points: Point[], name: string, fmt: (v: number) => string): string {
  const groups = byValue(points);
  if (groups.length < 2) return '';
  return `${name}${told(groups[0]!, '最高', fmt)}，${told(groups.at(-1)!, '最低', fmt)}。`;
}

function ranking(points: Point[], fmt: (v: number) => string): string {
  const groups = byValue(points);
  if (points.length === 2) return `${groups.flat().map((p) => `${p.label}${fmt(p.value)}`).join('，')}。`;
  const parts = [told(groups[0]!, '最高', fmt)];
  if (groups.length > 2) parts.push(told(groups[1]!, '次之', fmt));
  if (groups.length > 1) parts.push(told(groups.at(-1)!, '最低', fmt));
  return `共${points.length}项，${parts.join('，')}。`;
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
