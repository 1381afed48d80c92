/**
 * A value as the report prints it, in the unit the report states for its column: the column's
 * decimals, no digit grouping, the unit after ("1349084亿元", "26.2%", "250994万元"). Charts, axes,
 * tables, tooltips and descriptions all write values this way, so a figure shows one unit and one
 * number style, the report's; a value quoted from the site matches the report's page.
 */
export function formatValue(value: number, unit: string, precision = 0): string {
  return `${formatNumber(value, precision)}${unit}`;
}

/** A number as the report prints it: `precision` decimals, no digit grouping. */
export function formatNumber(value: number, precision = 0): string {
  return value.toFixed(precision);
}
