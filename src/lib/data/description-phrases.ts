import type { Dataset } from '../../schemas/dataset.ts';
import { formatValue } from '../format/format-value.ts';
import { textWidth } from '../text/text-width.ts';
import { cellValue } from './cell-value.ts';
import { categoryText, YEAR_KEY } from './year-column.ts';

/**
 * The phrases a figure's description is written in (range, peak, ranking), from its data so that it cannot
 * drift from the chart. Each chart type (components/charts/chart-types.ts) composes its description of them.
 */

/** One value column told along one category column: its points, its name and its number style. */
export interface Told {
  points: { label: string; value: number }[];
  name: string;
  format: (v: number) => string;
}

type Point = Told['points'][number];

/** The values of `valueKey` labelled by `labelKey`, in the report's order; rows without a value are left out. */
export function told(dataset: Dataset, valueKey: string, labelKey: string, rows = dataset.rows): Told {
  const column = dataset.columns.find((c) => c.key === valueKey)!;
  const points = rows
    .map((row) => {
      const label = categoryText(labelKey, String(row[labelKey]));
      return { label: labelKey === YEAR_KEY ? label : quoted(label), value: cellValue(row[valueKey]) };
    })
    .filter((p) => !Number.isNaN(p.value));
  return { points, name: column.label, format: (v) => formatValue(v, column.unit!, column.precision) };
}

/**
 * A category as a sentence names it: a long label or one with its own punctuation (an answer such as
 * 我很了解AI是什么, an event, 正面（惊喜、期待）) in quotation marks, so 最高 and 次之 read as ours.
 */
function quoted(label: string): string {
  return /[，、（）：；]/.test(label) || textWidth(label, 1) > 8 ? `“${label}”` : label;
}

/** "2014年至2024年，国内生产总值从643563亿元增至1349084亿元。" */
export function trend({ points, name, format }: Told): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const verb = last.value > first.value ? '增至' : last.value < first.value ? '降至' : '持平于';
  return `${first.label}至${last.label}，${name}从${format(first.value)}${verb}${format(last.value)}。`;
}

/** Points sharing one value, largest value first: a tie is one group, told as one. */
function byValue(points: Point[]): Point[][] {
  const values = [...new Set(points.map((p) => p.value))].sort((a, b) => b - a);
  return values.map((value) => points.filter((p) => p.value === value));
}

/** "2021年最高（8.4%）", or for a tie "文娱消费与医疗并列最高（均为65次）". */
function ranked(group: Point[], rank: string, format: (v: number) => string): string {
  const value = format(group[0]!.value);
  if (group.length === 1) return `${group[0]!.label}${rank}（${value}）`;
  const names = group.length === 2 ? `${group[0]!.label}与${group[1]!.label}` : group.map((p) => p.label).join('、');
  return `${names}并列${rank}（均为${value}）`;
}

/** "增速2021年最高（8.4%），2020年最低（2.2%）。"; nothing where every value is the same. */
export function extremes({ points, name, format }: Told): string {
  const groups = byValue(points);
  if (groups.length < 2) return '';
  return `${name}${ranked(groups[0]!, '最高', format)}，${ranked(groups.at(-1)!, '最低', format)}。`;
}

/** "共13项，文娱消费与医疗并列最高（均为65次），企业服务次之（31次），…并列最低（均为3次）。"; two items are told as they are. */
export function ranking({ points, format }: Told): string {
  const groups = byValue(points);
  if (points.length === 2) return `${groups.flat().map((p) => `${p.label}${format(p.value)}`).join('，')}。`;
  const parts = [ranked(groups[0]!, '最高', format)];
  if (groups.length > 2) parts.push(ranked(groups[1]!, '次之', format));
  if (groups.length > 1) parts.push(ranked(groups.at(-1)!, '最低', format));
  return `共${points.length}项，${parts.join('，')}。`;
}

/** Describes each group of rows (per value of `key`) in turn, named, or all rows at once where `key` is undefined. */
export function perGroup(dataset: Dataset, key: string | undefined, describe: (rows: Dataset['rows']) => string): string {
  if (key === undefined) return describe(dataset.rows);
  const names = [...new Set(dataset.rows.map((r) => String(r[key])))];
  return names.map((name) => `${categoryText(key, name)}：${describe(dataset.rows.filter((r) => String(r[key]) === name))}`).join('');
}
