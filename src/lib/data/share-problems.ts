import type { Cell } from '../../schemas/cell.ts';
import type { Column } from '../../schemas/column.ts';
import type { Problem } from './dataset-problems.ts';
import { cellValue } from './cell-value.ts';

/**
 * Shares of one whole must add up to 100 within the report's own rounding:
 * n values each rounded to `precision` decimals can be off by n × half a unit.
 * A whole the report itself prints off must be declared in `reportedOff`, and
 * a declaration that no longer holds is a problem too.
 */
export function shareProblems(
  columns: Column[],
  rows: Record<string, Cell>[],
  shares: { value: string; by?: string | undefined; reportedOff: { whole: string; note: string }[] },
): Problem[] {
  const column = columns.find((c) => c.key === shares.value);
  if (!column || column.unit !== '%') {
    return [{ path: ['shares', 'value'], message: `"${shares.value}" 须为单位 "%" 的数值列` }];
  }
  if (shares.by !== undefined && !columns.some((c) => c.key === shares.by && c.unit === undefined)) {
    return [{ path: ['shares', 'by'], message: `"${shares.by}" 须为类别列` }];
  }
  const wholes = new Map<string, number[]>();
  for (const row of rows) {
    const whole = shares.by === undefined ? '全部' : String(row[shares.by]);
    wholes.set(whole, [...(wholes.get(whole) ?? []), cellValue(row[shares.value])]);
  }
  const problems: Problem[] = [];
  for (const [whole, values] of wholes) {
    const sum = values.reduce((a, b) => a + b, 0);
    const tolerance = values.length * 0.5 * 10 ** -column.precision;
    const adds = Math.abs(sum - 100) <= tolerance + 1e-9;
    const declared = shares.reportedOff.some((o) => o.whole === whole);
    if (declared && adds) {
      problems.push({ path: ['shares', 'reportedOff'], message: `"${whole}" 的各项占比合计 ${+sum.toFixed(4)}%，已符合 100%，不应列入 reportedOff` });
    } else if (!declared && !adds) {
      problems.push({
        path: ['shares'],
        message: `"${whole}" 的各项占比合计 ${+sum.toFixed(4)}%，应为 100%（按 ${column.precision} 位小数四舍五入，允许误差 ±${+tolerance.toFixed(4)}）；若报告原图如此，请在 shares.reportedOff 中说明`,
      });
    }
  }
  return problems;
}
