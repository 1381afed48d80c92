import type { Cell } from '../../schemas/cell.ts';
import { chartRoles } from '../../components/charts/chart-types.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Column } from '../../schemas/column.ts';
import { shareProblems } from './share-problems.ts';
import { YEAR_KEY, YEAR_PATTERN } from './year-column.ts';

export interface DatasetShape {
  columns: Column[];
  rows: Record<string, Cell>[];
  shares?: { value: string; by?: string | undefined; reportedOff: { whole: string; note: string }[] } | undefined;
  chart: ChartSpec;
}

export interface Problem {
  /** Where in the data file, as a path of keys and indexes. */
  path: (string | number)[];
  /** What is wrong and what was expected, for the author of the file. */
  message: string;
}

/** Everything in a dataset that the schema's shapes alone cannot see, as messages for its author. */
export function datasetProblems(dataset: DatasetShape): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(dataset.columns.map((c) => [c.key, c]));
  const keys = [...byKey.keys()];

  dataset.columns.forEach((column, i) => {
    if (keys.indexOf(column.key) !== i) {
      problems.push({ path: ['columns', i, 'key'], message: `列 "${column.key}" 重复` });
    }
  });

  dataset.rows.forEach((row, r) => {
    for (const key of Object.keys(row)) {
      if (!byKey.has(key)) {
        problems.push({ path: ['rows', r, key], message: `未声明的列 "${key}"；已声明：${keys.join('、')}` });
      }
    }
    for (const column of dataset.columns) {
      const cell = row[column.key];
      if (cell === undefined) {
        problems.push({ path: ['rows', r, column.key], message: `缺少列 "${column.key}" 的值` });
      } else if (column.unit === undefined && typeof cell !== 'string') {
        // Categories name things; only value columns may lack a value.
        problems.push({ path: ['rows', r, column.key], message: `"${column.key}" 是类别列，应为文字` });
      } else if (column.key === YEAR_KEY && !(typeof cell === 'string' && YEAR_PATTERN.test(cell))) {
        problems.push({ path: ['rows', r, column.key], message: `"${YEAR_KEY}" 是年份列，应写作 "2024"（预测值 "2025e"），得到 ${JSON.stringify(cell)}` });
      } else if (column.unit !== undefined && typeof cell === 'string') {
        problems.push({
          path: ['rows', r, column.key],
          message: `"${column.key}" 是数值列（${column.unit}），应为数字或 {"value", "derived"}，得到 "${cell}"`,
        });
      }
    }
  });

  // Years are told as years (2023年, 2025年（预测）) only in a column keyed "year": one owner of what a year is.
  dataset.columns.forEach((column, i) => {
    const values = dataset.rows.map((row) => row[column.key]);
    if (column.unit === undefined && column.key !== YEAR_KEY && values.every((v) => typeof v === 'string' && YEAR_PATTERN.test(v))) {
      problems.push({ path: ['columns', i, 'key'], message: `"${column.key}" 的值都是年份，列的 key 应为 "${YEAR_KEY}"` });
    }
  });

  // Each column the chart's roles name, where the chart's file names it, and whether it must hold values.
  const roles = chartRoles(dataset.chart);
  const pathOf = (key: string): (string | number)[] => {
    for (const [field, value] of Object.entries(dataset.chart)) {
      if (value === key) return ['chart', field];
      if (Array.isArray(value) && value.includes(key)) return ['chart', field, value.indexOf(key)];
    }
    return ['chart'];
  };
  const chartKeys = [
    ...roles.values.map((key) => ({ key, wantsValue: true })),
    ...[roles.category, roles.series, roles.detail].flatMap((key) => (key === undefined ? [] : [{ key, wantsValue: false }])),
  ];
  for (const { key, wantsValue } of chartKeys) {
    const path = pathOf(key);
    const column = byKey.get(key);
    if (!column) {
      problems.push({ path, message: `列 "${key}" 不存在；已声明：${keys.join('、')}` });
    } else if (wantsValue !== (column.unit !== undefined)) {
      problems.push({ path, message: wantsValue ? `"${key}" 须为带单位的数值列` : `"${key}" 须为类别列（不带单位）` });
    }
  }

  if (dataset.shares) problems.push(...shareProblems(dataset.columns, dataset.rows, dataset.shares));
  return problems;
}
