import type { Column } from '../../schemas/column.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { cellValue } from './cell-value.ts';

/**
 * The value of one cell, found by the label in the dataset's first column
 * (e.g. "2024") and a value column's key; throws a message for the author
 * naming what exists when either is wrong.
 */
export function lookupValue(id: string, dataset: Dataset, row: string, column: string): number {
  const first = dataset.columns[0]!.key;
  valueColumn(id, dataset, column);
  const found = dataset.rows.find((r) => String(r[first]) === row);
  if (!found) {
    throw new Error(`数据集 "${id}" 的 "${first}" 列没有 "${row}"；可用：${dataset.rows.map((r) => String(r[first])).join('、')}`);
  }
  const value = cellValue(found[column]);
  if (Number.isNaN(value)) throw new Error(`数据集 "${id}" 中 "${row}" 的 "${column}" 报告未给出数值`);
  return value;
}

/** A value column of the dataset by key; throws naming the value columns that exist. */
export function valueColumn(id: string, dataset: Dataset, column: string): Column {
  const found = dataset.columns.find((c) => c.key === column && c.unit !== undefined);
  if (found) return found;
  const values = dataset.columns.filter((c) => c.unit !== undefined).map((c) => c.key);
  throw new Error(`数据集 "${id}" 没有数值列 "${column}"；可用：${values.join('、')}`);
}
