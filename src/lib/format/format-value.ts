import { scaleUnit } from './scale-unit.ts';

/**
 * A value as a reader of the report expects it: percentages with the report's
 * precision, money in 万/亿 where that is shorter, counts with their unit.
 * `precision` is the number of decimals the report prints for this column.
 */
export function formatValue(value: number, unit: string, precision = 0): string {
  if (unit === '%') return `${value.toFixed(precision)}%`;
  const scaled = scaleUnit(unit, value);
  if (scaled.divisor === 1) return `${formatNumber(value, precision)}${unit}`;
  return `${formatNumber(value / scaled.divisor, 2, true)}${scaled.unit}`;
}

/** The exact value as the report prints it, with digit grouping: "1,349,084亿元". */
export function formatExact(value: number, unit: string, precision = 0): string {
  if (unit === '%') return `${value.toFixed(precision)}%`;
  return `${formatNumber(value, precision)}${unit}`;
}

function formatNumber(value: number, decimals: number, trim = false): string {
  return value.toLocaleString('zh-CN', {
    minimumFractionDigits: trim ? 0 : decimals,
    maximumFractionDigits: decimals,
  });
}
