import type { Column } from '../../schemas/column.ts';

/** A column's heading in the data table, the CSV and the Data Package: its label, then its unit, e.g. "国内生产总值（亿元）". */
export function columnHeader(column: Pick<Column, 'label' | 'unit'>): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}
